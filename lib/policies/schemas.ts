// Policy input schemas, shared by the policy editor (browser) and the server; messages are catalogue keys.
// The policy JSON itself is checked by validatePolicy against the type's JSON Schema, not here.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { POLICY_TYPES } from "@/lib/policies/policy-types";

export const policyNameSchema = z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 }));
export const policyDescriptionSchema = z.string().trim().min(1, "validation.required").max(256, m("validation.tooLong", { max: 256 }));
export const policyVersionSchema = z.string().trim().min(1, "validation.required").max(8, m("validation.tooLong", { max: 8 }));
export const policyTypeSchema = z.enum(POLICY_TYPES, "validation.choose");

/** The editor sends the JSON as text, so that syntax errors come back with line and column; validatePolicy enforces 64 KiB. */
export const policyJsonTextSchema = z.string().max(256 * 1024, "validation.policyTooLarge");

export const createPolicySchema = z.object({
  policyGroupId: z.uuid("validation.choose"),
  type: policyTypeSchema,
  name: policyNameSchema,
  description: policyDescriptionSchema,
  version: policyVersionSchema.optional(),
  policyJson: policyJsonTextSchema,
});
export type CreatePolicyInput = z.infer<typeof createPolicySchema>;

export const updatePolicySchema = z.object({
  policyId: z.uuid("validation.invalid"),
  name: policyNameSchema,
  description: policyDescriptionSchema,
  version: policyVersionSchema.optional(),
  policyJson: policyJsonTextSchema,
});

export const policyIdSchema = z.object({ policyId: z.uuid("validation.invalid") });

export const clonePolicySchema = z.object({
  policyId: z.uuid("validation.invalid"),
  targetGroupId: z.uuid("validation.choose"),
  name: policyNameSchema,
});

export const POLICY_STATUSES = ["DRAFT", "PUBLISHED", "DEACTIVATED"] as const;

export const POLICY_SORTS = ["name", "description", "type", "status", "policyGroup", "createdAt", "publishedAt", "updatedAt", "id"] as const;
export type PolicySort = (typeof POLICY_SORTS)[number];

export const policyFiltersSchema = z.object({
  name: z.string().trim().max(128).optional().catch(undefined),
  description: z.string().trim().max(256).optional().catch(undefined),
  type: z.enum(POLICY_TYPES).optional().catch(undefined),
  status: z.enum(POLICY_STATUSES).optional().catch(undefined),
  group: z.string().trim().max(128).optional().catch(undefined),
  groupId: z.uuid().optional().catch(undefined),
  policyId: z.string().trim().max(36).optional().catch(undefined),
});
export type PolicyFilters = z.infer<typeof policyFiltersSchema>;
