// Policy group input schemas, shared by the forms (browser) and the server; messages are catalogue keys.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";

export const policyGroupNameSchema = z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 }));
export const policyGroupDescriptionSchema = z.string().trim().min(1, "validation.required").max(256, m("validation.tooLong", { max: 256 }));

export const policyGroupInputSchema = z.object({ name: policyGroupNameSchema, description: policyGroupDescriptionSchema });
export type PolicyGroupInput = z.infer<typeof policyGroupInputSchema>;

export const policyGroupIdSchema = z.object({ groupId: z.uuid("validation.invalid") });

export const updatePolicyGroupSchema = policyGroupInputSchema.extend({ groupId: z.uuid("validation.invalid") });

export const POLICY_GROUP_SORTS = ["name", "description", "isActive", "createdAt", "updatedAt"] as const;
export type PolicyGroupSort = (typeof POLICY_GROUP_SORTS)[number];

export const policyGroupFiltersSchema = z.object({
  name: z.string().trim().max(128).optional().catch(undefined),
  description: z.string().trim().max(256).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
});
export type PolicyGroupFilters = z.infer<typeof policyGroupFiltersSchema>;
