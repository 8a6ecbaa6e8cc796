// MOSIP's field names and spellings for API keys on the REST API, mapped to and from ours.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { apiKeyLabelSchema, type ApiKeyFilters, type ApiKeySort } from "@/lib/api-keys/schemas";
import type { ApiKeyRow } from "@/lib/api-keys/queries";
import { noApprovedRequest } from "@/lib/api-keys/service";
import { mosipPagingSchema } from "@/lib/paging";

export const mosipGenerateApiKeySchema = z.object({
  policyName: z.string().trim().min(1).max(128),
  label: apiKeyLabelSchema,
  /** Ours, optional: days of validity (default API_KEY_DEFAULT_DAYS, at most API_KEY_MAX_DAYS). */
  validForDays: z.number().int().min(1).max(36_500).optional(),
});

export const mosipApiKeyStatusSchema = z.object({
  label: apiKeyLabelSchema,
  status: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(["active", "de-active"], "status must be Active or De-Active")),
});

const MOSIP_API_KEY_SORTS = {
  partnerId: "partnerId",
  apiKeyLabel: "label",
  orgName: "organizationName",
  status: "status",
  createdDateTime: "createdAt",
  apiKeyExpiryDateTime: "expiresAt",
} as const satisfies Record<string, ApiKeySort>;
type MosipSort = keyof typeof MOSIP_API_KEY_SORTS;

export const partnerApiKeysQuerySchema = mosipPagingSchema(Object.keys(MOSIP_API_KEY_SORTS) as [MosipSort, ...MosipSort[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    apiKeyLabel: z.string().max(64).optional(),
    orgName: z.string().max(128).optional(),
    policyName: z.string().max(128).optional(),
    policyGroupName: z.string().max(128).optional(),
    status: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["activated", "deactivated", "expired"]))
      .optional(),
    /** Keys that expire within this many days (MOSIP v2's expiryPeriod). */
    expiryPeriod: z.coerce.number().int().min(0).max(3650).optional(),
  }),
);
export type PartnerApiKeysQuery = z.infer<typeof partnerApiKeysQuerySchema>;

export function apiKeyFiltersFromMosip(q: PartnerApiKeysQuery): ApiKeyFilters {
  return {
    partnerId: q.partnerId || undefined,
    label: q.apiKeyLabel || undefined,
    organizationName: q.orgName || undefined,
    policyName: q.policyName || undefined,
    policyGroupName: q.policyGroupName || undefined,
    status: q.status === "activated" ? "ACTIVE" : q.status === "deactivated" ? "DEACTIVATED" : q.status === "expired" ? "EXPIRED" : undefined,
    expiresWithinDays: q.expiryPeriod,
  };
}

export function apiKeySortFromMosip(field: MosipSort | undefined): ApiKeySort {
  return field ? MOSIP_API_KEY_SORTS[field] : "createdAt";
}

export function mosipApiKeyRow(row: ApiKeyRow) {
  return {
    partnerId: row.partnerId,
    apiKeyLabel: row.label,
    apiKeyDisplay: `${row.prefix}…${row.lastFour}`,
    orgName: row.organizationName,
    policyId: row.policyId,
    policyName: row.policyName,
    policyGroupId: row.policyGroupId,
    policyGroupName: row.policyGroupName,
    status: row.status === "ACTIVE" ? "activated" : "deactivated",
    isApiKeyExpiredStatus: row.displayStatus === "EXPIRED",
    createdDateTime: row.createdAt.toISOString(),
    apiKeyExpiryDateTime: row.expiresAt.toISOString(),
    lastUsedDateTime: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** MOSIP names the policy; the partner holds at most one approved request per policy, so the name picks it. */
export async function keyablePolicyIdByName(partnerId: string, policyName: string): Promise<string> {
  const requests = await db.policyRequest.findMany({
    where: { partnerId, status: "APPROVED", policy: { name: policyName } },
    select: { policyId: true, policy: { select: { policyGroupId: true } }, partner: { select: { policyGroupId: true } } },
  });
  // Should the partner hold approvals in two groups (its group was changed), the one of its current group wins.
  const chosen = requests.find((r) => r.policy.policyGroupId === r.partner.policyGroupId) ?? requests[0];
  if (!chosen) throw noApprovedRequest(policyName);
  return chosen.policyId;
}

/** The key a MOSIP client names by (partner, policy, label). */
export async function apiKeyIdByLabel(partnerId: string, policyId: string, label: string): Promise<string | null> {
  const key = await db.apiKey.findFirst({ where: { partnerId, policyId, label }, select: { id: true } });
  return key?.id ?? null;
}
