// MOSIP's field names and spellings for policies on the REST API (policy manager service), mapped to and from ours.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PolicyStatus, PolicyType as DbPolicyType } from "@/lib/generated/prisma/enums";
import { mosipPagingSchema } from "@/lib/paging";
import { policyTypeFromDb, policyTypeFromMosip, type PolicyType } from "@/lib/policies/policy-types";
import type { PolicyRow } from "@/lib/policies/queries";
import { policyDescriptionSchema, policyNameSchema, policyVersionSchema, type PolicyFilters, type PolicySort } from "@/lib/policies/schemas";
import { POLICY_SCHEMAS } from "@/lib/policies/validate-policy";

export const mosipCreatePolicySchema = z.object({
  policyId: z.string().max(36).optional().nullable(),
  policyGroupName: z.string().trim().min(1, "validation.required").max(128),
  policyType: z.string(),
  name: policyNameSchema,
  desc: policyDescriptionSchema,
  version: policyVersionSchema.optional().nullable(),
  policies: z.unknown(),
});

export const mosipUpdatePolicySchema = z.object({
  policyGroupName: z.string().trim().min(1, "validation.required").max(128),
  name: policyNameSchema,
  desc: policyDescriptionSchema,
  version: policyVersionSchema.optional().nullable(),
  policies: z.unknown(),
});

/** MOSIP's V2 PATCH: only "De-Activate" (PMS_POL_073 otherwise). */
export const mosipPolicyStatusSchema = z.object({ status: z.string() });

export function assertDeactivateStatus(status: string) {
  if (status.trim().toLowerCase() !== "de-activate") {
    throw new AppError("invalid", "PMS_POL_073", "The request status must be De-Activate.", { field: "status" });
  }
}

export function policyTypeOrError(value: string): PolicyType {
  const type = policyTypeFromMosip(value);
  if (!type) throw new AppError("invalid", "PMS_POL_023", `Policy type ${value} is not allowed; use Auth, DataShare, CredentialIssuance or MISP.`, { field: "policyType" });
  return type;
}

export function mosipPolicyRequiresJson(policies: unknown) {
  if (policies === undefined || policies === null) {
    throw new AppError("invalid", "PMS_PV_006", "The request is missing `policies`, the policy JSON.", { field: "policies" });
  }
}

/** MOSIP's list spelling of policy status. */
export function mosipPolicyStatus(status: PolicyStatus): "draft" | "activated" | "deactivated" {
  return status === "DRAFT" ? "draft" : status === "PUBLISHED" ? "activated" : "deactivated";
}

const MOSIP_STATUS_FILTER: Record<string, PolicyStatus> = { draft: "DRAFT", activated: "PUBLISHED", deactivated: "DEACTIVATED" };

interface PolicyRecord {
  id: string;
  name: string;
  description: string;
  type: DbPolicyType;
  status: PolicyStatus;
  version: string;
  policyJson: unknown;
  publishedAt: Date | null;
  validTo: Date | null;
  createdAt: Date;
  updatedAt: Date;
  policyGroup: { id: string; name: string; description: string; isActive: boolean };
}

/** MOSIP's PolicyResponseDto. `schema` names the JSON Schema a published policy was checked against. */
export function mosipPolicyView(policy: PolicyRecord) {
  const type = policyTypeFromDb(policy.type);
  return {
    policyGroupId: policy.policyGroup.id,
    policyGroupName: policy.policyGroup.name,
    policyGroupDesc: policy.policyGroup.description,
    policyGroupStatus: policy.policyGroup.isActive,
    policyId: policy.id,
    policyName: policy.name,
    policyDesc: policy.description,
    policyType: type,
    publishDate: policy.publishedAt?.toISOString() ?? null,
    validTill: policy.validTo?.toISOString() ?? null,
    status: policy.status,
    version: policy.version,
    schema: policy.status === "DRAFT" ? null : (POLICY_SCHEMAS[type].$id as string),
    is_Active: policy.status === "PUBLISHED",
    cr_by: null,
    cr_dtimes: policy.createdAt.toISOString(),
    up_by: null,
    upd_dtimes: policy.updatedAt.toISOString(),
    policies: policy.policyJson,
  };
}

const MOSIP_POLICY_SORTS = {
  policyId: "id",
  policyType: "type",
  policyName: "name",
  policyDescription: "description",
  policyGroupName: "policyGroup",
  status: "status",
  createdDateTime: "createdAt",
} as const satisfies Record<string, PolicySort>;

export const mosipPolicyListQuerySchema = mosipPagingSchema(Object.keys(MOSIP_POLICY_SORTS) as [keyof typeof MOSIP_POLICY_SORTS, ...(keyof typeof MOSIP_POLICY_SORTS)[]]).and(
  z.object({
    policyType: z.string().max(32).optional(),
    policyId: z.string().max(36).optional(),
    policyName: z.string().max(128).optional(),
    policyDescription: z.string().max(256).optional(),
    policyGroupName: z.string().max(128).optional(),
    status: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["draft", "activated", "deactivated"], "status must be draft, activated or deactivated"))
      .optional(),
  }),
);
export type MosipPolicyListQuery = z.infer<typeof mosipPolicyListQuerySchema>;

export function policyFiltersFromMosip(q: MosipPolicyListQuery): PolicyFilters {
  return {
    policyId: q.policyId,
    name: q.policyName,
    description: q.policyDescription,
    group: q.policyGroupName,
    type: q.policyType ? policyTypeOrError(q.policyType) : undefined,
    status: q.status ? MOSIP_STATUS_FILTER[q.status] : undefined,
  };
}

export function policySortFromMosip(field: string | undefined): PolicySort {
  return field ? MOSIP_POLICY_SORTS[field as keyof typeof MOSIP_POLICY_SORTS] : "createdAt";
}

export function mosipPolicyRow(row: PolicyRow) {
  return {
    policyId: row.id,
    policyType: row.type,
    policyName: row.name,
    policyDescription: row.description,
    policyGroupId: row.policyGroupId,
    policyGroupName: row.policyGroupName,
    status: mosipPolicyStatus(row.status),
    version: row.version,
    createdDateTime: row.createdAt.toISOString(),
  };
}

/** MOSIP's create/update response (PolicyCreateResponseDto) carries id/name/desc; we add the full view so one GET is not needed after. */
export function mosipPolicySavedView(policy: PolicyRecord) {
  return { id: policy.id, name: policy.name, desc: policy.description, ...mosipPolicyView(policy) };
}

export const mosipClonePolicySchema = z.object({
  policyGroupName: z.string().trim().min(1, "validation.required").max(128),
  name: policyNameSchema.optional().nullable(),
});
