// Policy request inputs and list filters, shared by the forms (browser) and the server; messages are catalogue keys.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { PARTNER_TYPE_CODES } from "@/lib/partners/partner-types";
import { POLICY_TYPES } from "@/lib/policies/policy-types";

export const useCaseDescriptionSchema = z.string().trim().min(1, "validation.required").max(4000, m("validation.tooLong", { max: 4000 }));
export const decisionCommentSchema = z.string().trim().max(4000, m("validation.tooLong", { max: 4000 }));

export const createPolicyRequestSchema = z.object({ policyId: z.uuid("validation.choose"), useCaseDescription: useCaseDescriptionSchema });

export const DECISIONS = ["APPROVED", "REJECTED"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The portal asks for a reason when rejecting (the partner reads it); MOSIP's REST call has none, so the service does not insist. */
export const decidePolicyRequestSchema = z
  .object({ requestId: z.uuid("validation.invalid"), decision: z.enum(DECISIONS, "validation.choose"), comment: decisionCommentSchema.optional() })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECTED" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "validation.rejectionReason" });
  });

export const REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
/** "Older than" filters of the admin queue, in days. */
export const REQUEST_AGES = ["1", "7", "30"] as const;

export const POLICY_REQUEST_SORTS = ["status", "createdAt", "updatedAt", "decidedAt", "partnerId", "organizationName", "partnerType", "policyName", "policyType", "policyGroup"] as const;
export type PolicyRequestSort = (typeof POLICY_REQUEST_SORTS)[number];

export const policyRequestFiltersSchema = z.object({
  partnerId: z.string().trim().max(36).optional().catch(undefined),
  partnerType: z.enum(PARTNER_TYPE_CODES).optional().catch(undefined),
  organizationName: z.string().trim().max(128).optional().catch(undefined),
  policyName: z.string().trim().max(128).optional().catch(undefined),
  policyId: z.string().trim().max(36).optional().catch(undefined),
  policyType: z.enum(POLICY_TYPES).optional().catch(undefined),
  policyGroup: z.string().trim().max(128).optional().catch(undefined),
  status: z.enum(REQUEST_STATUSES).optional().catch(undefined),
  olderThanDays: z.enum(REQUEST_AGES).optional().catch(undefined),
  useCase: z.string().trim().max(200).optional().catch(undefined),
});
export type PolicyRequestFilters = z.infer<typeof policyRequestFiltersSchema>;
