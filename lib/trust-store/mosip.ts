// MOSIP's spellings for the trust-chain list and files (V2 "trust-chain-certificates"), mapped to ours.
import "server-only";
import { z } from "zod";
import { mosipPagingSchema } from "@/lib/paging";
import type { CaCertificateRow } from "@/lib/trust-store/queries";
import type { TrustStoreFilters, TrustStoreSort } from "@/lib/trust-store/schemas";
import { parseDomain } from "@/lib/certificates/schemas";

const MOSIP_SORTS = {
  caCertificateType: "kind",
  partnerDomain: "domain",
  issuedTo: "issuedTo",
  issuedBy: "issuedBy",
  validFromDate: "notBefore",
  validTillDate: "notAfter",
  uploadTime: "uploadedAt",
} as const satisfies Record<string, TrustStoreSort>;

type MosipSort = keyof typeof MOSIP_SORTS;

export const trustChainQuerySchema = mosipPagingSchema(Object.keys(MOSIP_SORTS) as [MosipSort, ...MosipSort[]]).and(
  z.object({
    caCertificateType: z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(["ROOT", "INTERMEDIATE"], "caCertificateType must be ROOT or INTERMEDIATE"))
      .optional(),
    certificateId: z.string().max(64).optional(),
    partnerDomain: z.string().max(16).optional(),
    issuedTo: z.string().max(256).optional(),
    issuedBy: z.string().max(256).optional(),
    expiryPeriod: z.coerce.number().int().min(0).max(36_500).optional(),
  }),
);
export type TrustChainQuery = z.infer<typeof trustChainQuerySchema>;

export function trustStoreFiltersFromMosip(q: TrustChainQuery): TrustStoreFilters {
  return {
    domain: q.partnerDomain ? parseDomain(q.partnerDomain) : undefined,
    kind: q.caCertificateType,
    issuedTo: q.issuedTo,
    issuedBy: q.issuedBy,
    expiringWithinDays: q.expiryPeriod,
    certificateId: q.certificateId,
  };
}

export function trustStoreSortFromMosip(field: MosipSort | undefined): TrustStoreSort {
  return field ? MOSIP_SORTS[field] : "uploadedAt";
}

export function mosipTrustChainRow(row: CaCertificateRow, now = new Date()) {
  return {
    caCertificateType: row.kind,
    certId: row.id,
    partnerDomain: row.domain,
    issuedTo: row.issuedTo,
    issuedBy: row.issuedBy,
    certThumbprint: row.thumbprint,
    validFromDate: row.notBefore.toISOString(),
    validTillDate: row.notAfter.toISOString(),
    uploadTime: row.uploadedAt.toISOString(),
    status: row.notAfter > now ? "VALID" : "EXPIRED",
  };
}
