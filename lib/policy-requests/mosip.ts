// MOSIP's field names and spellings for partner-policy requests on the REST API, mapped to and from ours.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PolicyRequestStatus } from "@/lib/generated/prisma/enums";
import { mosipPagingSchema } from "@/lib/paging";
import { partnerTypeFromMosip } from "@/lib/partners/partner-types";
import type { PolicyRequestRow } from "@/lib/policy-requests/queries";
import { decisionCommentSchema, useCaseDescriptionSchema, type Decision, type PolicyRequestFilters, type PolicyRequestSort } from "@/lib/policy-requests/schemas";

export const mosipPolicyMapSchema = z.object({
  policyName: z.string().trim().min(1, "validation.required").max(128),
  useCaseDescription: useCaseDescriptionSchema,
});

/** MOSIP: {status: "Approved" | "Rejected"}, case-insensitive (PMS_PM_045 otherwise). `comment` is ours: the reason the partner reads. */
export const mosipPolicyDecisionSchema = z.object({ status: z.string(), comment: decisionCommentSchema.optional().nullable() });

export function decisionFromMosip(status: string): Decision {
  const v = status.trim().toLowerCase();
  if (v === "approved") return "APPROVED";
  if (v === "rejected") return "REJECTED";
  throw new AppError("invalid", "PMS_PM_045", "The status must be Approved or Rejected.", { field: "status" });
}

/** MOSIP's spelling of request status (pms.partner_policy_request.status_code). */
export function mosipRequestStatus(status: PolicyRequestStatus): "InProgress" | "approved" | "rejected" {
  return status === "PENDING" ? "InProgress" : status === "APPROVED" ? "approved" : "rejected";
}

const STATUS_FILTERS: Record<string, PolicyRequestStatus> = { inprogress: "PENDING", pending: "PENDING", approved: "APPROVED", rejected: "REJECTED" };

const MOSIP_REQUEST_SORTS = {
  partnerId: "partnerId",
  orgName: "organizationName",
  partnerType: "partnerType",
  policyId: "policyName",
  policyName: "policyName",
  policyGroupName: "policyGroup",
  partnerComment: "createdAt",
  status: "status",
  createdDateTime: "createdAt",
  updatedDateTime: "updatedAt",
} as const satisfies Record<string, PolicyRequestSort>;

export const mosipPolicyRequestsQuerySchema = mosipPagingSchema(Object.keys(MOSIP_REQUEST_SORTS) as [keyof typeof MOSIP_REQUEST_SORTS, ...(keyof typeof MOSIP_REQUEST_SORTS)[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    partnerComment: z.string().max(200).optional(),
    orgName: z.string().max(128).optional(),
    status: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["inprogress", "pending", "approved", "rejected"], "status must be InProgress, approved or rejected"))
      .optional(),
    policyId: z.string().max(36).optional(),
    policyName: z.string().max(128).optional(),
    policyGroupName: z.string().max(128).optional(),
    partnerType: z.string().max(64).optional(),
  }),
);
export type MosipPolicyRequestsQuery = z.infer<typeof mosipPolicyRequestsQuerySchema>;

export function requestFiltersFromMosip(q: MosipPolicyRequestsQuery): PolicyRequestFilters {
  const type = q.partnerType ? partnerTypeFromMosip(q.partnerType) : undefined;
  if (q.partnerType && !type) throw new AppError("invalid", "PMS_PRT_008", `Unknown partner type ${q.partnerType}.`);
  return {
    partnerId: q.partnerId,
    organizationName: q.orgName,
    status: q.status ? STATUS_FILTERS[q.status] : undefined,
    policyId: q.policyId,
    policyName: q.policyName,
    policyGroup: q.policyGroupName,
    partnerType: type?.code,
    useCase: q.partnerComment,
  };
}

export function requestSortFromMosip(field: string | undefined): PolicyRequestSort {
  return field ? MOSIP_REQUEST_SORTS[field as keyof typeof MOSIP_REQUEST_SORTS] : "status";
}

export function mosipPolicyRequestRow(row: PolicyRequestRow) {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerStatus: row.partnerStatus === "ACTIVE" ? "approved" : row.partnerStatus === "DEACTIVATED" ? "deactivated" : "InProgress",
    orgName: row.organizationName,
    policyId: row.policyId,
    policyName: row.policyName,
    policyDescription: row.policyDescription,
    policyGroupId: row.policyGroupId,
    policyGroupName: row.policyGroupName,
    policyGroupDescription: row.policyGroupDescription,
    partnerComment: row.useCaseDescription,
    adminComment: row.adminComment,
    status: mosipRequestStatus(row.status),
    createdDateTime: row.createdAt.toISOString(),
    updatedDateTime: row.updatedAt.toISOString(),
    partnerType: row.mosipPartnerType,
  };
}
