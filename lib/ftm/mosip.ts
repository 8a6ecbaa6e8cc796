// MOSIP's field names, spellings and status words for FTM chips on the REST API, mapped to and from ours.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ChipStatus } from "@/lib/generated/prisma/enums";
import { mosipPagingSchema } from "@/lib/paging";
import { makeSchema, modelSchema } from "@/lib/devices/schemas";
import type { ChipRow } from "@/lib/ftm/queries";
import type { ChipFilters, ChipSort } from "@/lib/ftm/schemas";

const STATUS_WORDS: Record<ChipStatus, string> = {
  PENDING_CERTIFICATE: "pending_cert_upload",
  PENDING_APPROVAL: "pending_approval",
  APPROVED: "approved",
  REJECTED: "rejected",
  DEACTIVATED: "deactivated",
};

export function mosipChipStatus(status: ChipStatus): string {
  return STATUS_WORDS[status];
}

function chipStatusFromMosip(value: string | undefined): ChipStatus | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase().replace(/[\s-]/g, "_");
  const found = (Object.entries(STATUS_WORDS) as [ChipStatus, string][]).find(([ours, theirs]) => theirs === v || ours.toLowerCase() === v);
  if (!found) throw new AppError("invalid", "PMS_REQUEST_ERROR_001", `Unknown status ${value}; use pending_cert_upload, pending_approval, approved, rejected or deactivated.`);
  return found[0];
}

export const mosipCreateChipSchema = z.object({
  ftpProviderId: z.string().trim().min(1, "validation.required").max(36),
  make: makeSchema,
  model: modelSchema,
});

export const mosipChipApprovalSchema = z.object({
  ftpChipDetailId: z.string().trim().min(1, "validation.required").max(36),
  approvalStatus: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
  /** Not in MOSIP: the admin's reason, kept with the decision. */
  comment: z.string().trim().max(1024).optional(),
});

// MOSIP spells the chip id `ftpChipDeatilId`; the correct spelling is accepted too.
export const mosipChipCertificateUploadSchema = z
  .object({
    ftpProviderId: z.string().trim().min(1, "validation.required").max(36),
    ftpChipDeatilId: z.string().trim().max(36).optional(),
    ftpChipDetailId: z.string().trim().max(36).optional(),
    isItForRegistrationDevice: z.boolean().optional(),
    certificateData: z.string().min(1, "validation.required").max(200_000),
    organizationName: z.string().trim().max(128).optional(),
    partnerDomain: z.string().trim().max(16).optional(),
  })
  .refine((v) => Boolean(v.ftpChipDeatilId || v.ftpChipDetailId), { message: "ftpChipDeatilId is required", path: ["ftpChipDeatilId"] });

export const mosipChipDeactivateSchema = z.object({ status: z.string().trim() });

const MOSIP_CHIP_SORTS = {
  partnerId: "providerId",
  orgName: "organizationName",
  make: "make",
  model: "model",
  status: "status",
  certificateExpiryDateTime: "certNotAfter",
  certificateUploadDateTime: "certificateUploadedAt",
  createdDateTime: "createdAt",
} as const satisfies Record<string, ChipSort>;

export const mosipChipListQuerySchema = mosipPagingSchema(Object.keys(MOSIP_CHIP_SORTS) as [keyof typeof MOSIP_CHIP_SORTS, ...(keyof typeof MOSIP_CHIP_SORTS)[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    orgName: z.string().max(128).optional(),
    ftmId: z.string().max(36).optional(),
    make: z.string().max(36).optional(),
    model: z.string().max(36).optional(),
    status: z.string().max(32).optional(),
    expiryPeriod: z.coerce.number().int().min(0).max(3650).optional(),
  }),
);
export type MosipChipListQuery = z.infer<typeof mosipChipListQuerySchema>;

export function chipFiltersFromMosip(q: MosipChipListQuery): ChipFilters {
  return {
    partnerId: q.partnerId,
    organizationName: q.orgName,
    chipId: q.ftmId,
    make: q.make,
    model: q.model,
    status: chipStatusFromMosip(q.status),
    expiringWithinDays: q.expiryPeriod,
  };
}

export function chipSortFromMosip(field: string | undefined): ChipSort {
  return field ? MOSIP_CHIP_SORTS[field as keyof typeof MOSIP_CHIP_SORTS] : "createdAt";
}

export function mosipChipRow(row: ChipRow) {
  return {
    ftmId: row.id,
    partnerId: row.providerId,
    orgName: row.organizationName,
    partnerStatus: row.providerStatus === "ACTIVE" ? "approved" : row.providerStatus === "DEACTIVATED" ? "deactivated" : "InProgress",
    make: row.make,
    model: row.model,
    status: mosipChipStatus(row.status),
    isActive: row.status === "APPROVED",
    isCertificateAvailable: row.hasCertificate,
    certificateUploadDateTime: row.certificateUploadedAt?.toISOString() ?? null,
    certificateExpiryDateTime: row.certNotAfter?.toISOString() ?? null,
    isCertificateExpired: row.isCertificateExpired,
    createdDateTime: row.createdAt.toISOString(),
    adminComment: row.adminComment,
  };
}
