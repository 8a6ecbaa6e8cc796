// MOSIP's field names and spellings for MISP license keys on the REST API.
import "server-only";
import { z } from "zod";
import type { MispLicenseRow } from "@/lib/misp/queries";
import { mosipPagingSchema } from "@/lib/paging";
import { partnerIdSchema } from "@/lib/partners/schemas";

export const mosipIssueMispLicenseSchema = z.object({
  providerId: partnerIdSchema,
  /** Ours, optional: replace the active key (it is deactivated in the same transaction). */
  reissue: z.boolean().optional(),
});

export const mosipUpdateMispLicenseSchema = z.object({
  providerId: partnerIdSchema,
  licenseKey: z.string().min(1).max(128),
  licenseKeyStatus: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(["active", "de-active"], "licenseKeyStatus must be Active or De-Active")),
});

const MOSIP_MISP_SORTS = { providerId: "partnerId", orgName: "organizationName", licenseKeyStatus: "status", createdDateTime: "createdAt", licenseKeyExpiry: "expiresAt" } as const;
type MosipMispSort = keyof typeof MOSIP_MISP_SORTS;

export const mispListQuerySchema = mosipPagingSchema(Object.keys(MOSIP_MISP_SORTS) as [MosipMispSort, ...MosipMispSort[]]).and(
  z.object({
    providerId: z.string().max(36).optional(),
    orgName: z.string().max(128).optional(),
    licenseKeyStatus: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["active", "de-active", "expired"]))
      .optional(),
  }),
);

export function mispSortFromMosip(field: MosipMispSort | undefined) {
  return field ? MOSIP_MISP_SORTS[field] : ("createdAt" as const);
}

export function mosipStatusFilter(status: "active" | "de-active" | "expired" | undefined) {
  return status === "active" ? ("ACTIVE" as const) : status === "de-active" ? ("DEACTIVATED" as const) : status === "expired" ? ("EXPIRED" as const) : undefined;
}

export function mosipLicenseStatus(status: "ACTIVE" | "DEACTIVATED") {
  return status === "ACTIVE" ? "Active" : "De-Active";
}

export function mosipMispLicenseRow(row: MispLicenseRow) {
  return {
    providerId: row.partnerId,
    orgName: row.organizationName,
    licenseKeyDisplay: `${row.prefix}…${row.lastFour}`,
    licenseKeyStatus: mosipLicenseStatus(row.status),
    isLicenseKeyExpired: row.displayStatus === "EXPIRED",
    licenseKeyExpiry: row.expiresAt.toISOString(),
    createdDateTime: row.createdAt.toISOString(),
  };
}
