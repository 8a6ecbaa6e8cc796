// MOSIP's field names, spellings and status words for SBIs and devices on the REST API, mapped to and from ours.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";
import { mosipPagingSchema, type PageRequest } from "@/lib/paging";
import type { DeviceRow, SbiRow } from "@/lib/devices/queries";
import { parseDay } from "@/lib/devices/sbi-dates";
import { binaryHashSchema, makeSchema, modelSchema, sbiVersionSchema, type DeviceFilters, type DeviceSort, type SbiFilters, type SbiSort } from "@/lib/devices/schemas";

/** MOSIP writes dates as `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` (sometimes without the Z); a bare day is accepted too. */
const mosipDateTimeSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const day = parseDay(value);
    if (day) return day;
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
    const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? new Date(withZone) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return date;
  });

const STATUS_WORDS: Record<ApprovalStatus, string> = {
  PENDING_APPROVAL: "pending_approval",
  APPROVED: "approved",
  REJECTED: "rejected",
  DEACTIVATED: "deactivated",
};

export function mosipStatus(status: ApprovalStatus): string {
  return STATUS_WORDS[status];
}

/** MOSIP's status words (any case) or ours. */
function statusFromMosip(value: string | undefined): ApprovalStatus | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase().replace(/[\s-]/g, "_");
  const found = (Object.entries(STATUS_WORDS) as [ApprovalStatus, string][]).find(([ours, theirs]) => theirs === v || ours.toLowerCase() === v);
  if (!found) throw new AppError("invalid", "PMS_REQUEST_ERROR_001", `Unknown status ${value}; use approved, rejected, pending_approval or deactivated.`);
  return found[0];
}

// --- SBIs ---

export const mosipCreateSbiSchema = z.object({
  swBinaryHash: binaryHashSchema,
  swVersion: sbiVersionSchema,
  swCreateDateTime: mosipDateTimeSchema,
  swExpiryDateTime: mosipDateTimeSchema,
  providerId: z.string().trim().min(1, "validation.required").max(36, "validation.tooLong"),
});

export const mosipSbiApprovalSchema = z.object({
  id: z.string().trim().min(1, "validation.required").max(36),
  approvalStatus: z.string().trim(),
  /** Not in MOSIP: the admin's reason, kept with the decision. */
  comment: z.string().trim().max(1024).optional(),
});

export function sbiDecisionFromMosip(approvalStatus: string): "APPROVE" | "REJECT" {
  const v = approvalStatus.toLowerCase();
  if (v === "activate" || v === "approved") return "APPROVE";
  if (v === "de-activate" || v === "deactivate" || v === "rejected") return "REJECT";
  throw new AppError("invalid", "PMS_AUT_026", "approvalStatus should be Activate or De-activate.", { field: "approvalStatus" });
}

export const mosipDeactivateSchema = z.object({ status: z.string().trim() });

export function assertDeactivateStatus(status: string) {
  if (status.toLowerCase() !== "de-activate") throw new AppError("invalid", "PMS_DEVICE_ERROR_026", "Request status should be De-Activate.", { field: "status" });
}

const MOSIP_SBI_SORTS = {
  partnerId: "providerId",
  orgName: "organizationName",
  sbiVersion: "version",
  status: "status",
  sbiCreatedDateTime: "swCreatedAt",
  sbiExpiryDateTime: "swExpiresAt",
  sbiExpiryStatus: "swExpiresAt",
  countOfAssociatedDevices: "devices",
  createdDateTime: "createdAt",
} as const satisfies Record<string, SbiSort>;

export const mosipSbiListQuerySchema = mosipPagingSchema(Object.keys(MOSIP_SBI_SORTS) as [keyof typeof MOSIP_SBI_SORTS, ...(keyof typeof MOSIP_SBI_SORTS)[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    orgName: z.string().max(128).optional(),
    sbiId: z.string().max(36).optional(),
    sbiVersion: z.string().max(64).optional(),
    status: z.string().max(32).optional(),
    sbiExpiryStatus: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["expired", "valid"]))
      .optional(),
    expiryPeriod: z.coerce.number().int().min(0).max(3650).optional(),
  }),
);
export type MosipSbiListQuery = z.infer<typeof mosipSbiListQuerySchema>;

export function sbiFiltersFromMosip(q: MosipSbiListQuery): SbiFilters {
  return {
    partnerId: q.partnerId,
    organizationName: q.orgName,
    sbiId: q.sbiId,
    version: q.sbiVersion,
    status: statusFromMosip(q.status),
    expiry: q.sbiExpiryStatus,
    expiringWithinDays: q.expiryPeriod,
  };
}

// Unpaged when pageNo/pageSize are left out, as MOSIP answers; bounded so that no request reads a whole table.
export const UNPAGED_LIMIT = 1000;

export function mosipPageRequest<S extends string>(
  q: { pageNo?: number; pageSize?: number; sortType?: "asc" | "desc" },
  sort: S,
): PageRequest<S> {
  return { page: q.pageNo ?? 0, size: q.pageSize ?? UNPAGED_LIMIT, sort, dir: q.sortType ?? "desc" };
}

export function sbiSortFromMosip(field: string | undefined): SbiSort {
  return field ? MOSIP_SBI_SORTS[field as keyof typeof MOSIP_SBI_SORTS] : "createdAt";
}

export function mosipSbiRow(row: SbiRow) {
  return {
    partnerId: row.providerId,
    orgName: row.organizationName,
    sbiId: row.id,
    sbiVersion: row.version,
    swBinaryHash: row.binaryHash,
    status: mosipStatus(row.status),
    isActive: row.status === "APPROVED",
    sbiCreatedDateTime: row.swCreatedAt.toISOString(),
    sbiExpiryDateTime: row.swExpiresAt.toISOString(),
    sbiExpiryStatus: row.isExpired ? "expired" : "valid",
    countOfAssociatedDevices: row.devices.total,
    countOfApprovedDevices: row.devices.approved,
    countOfPendingDevices: row.devices.pending,
    createdDateTime: row.createdAt.toISOString(),
    adminComment: row.adminComment,
  };
}

// --- Devices ---

export const mosipAddDeviceSchema = z.object({
  deviceProviderId: z.string().trim().min(1, "validation.required").max(36),
  deviceTypeCode: z.string().trim().min(1, "validation.required").max(36),
  deviceSubTypeCode: z.string().trim().min(1, "validation.required").max(36),
  make: makeSchema,
  model: modelSchema,
});

export const mosipDeviceApprovalSchema = z.object({
  partnerId: z.string().trim().max(36).optional(),
  sbiId: z.string().trim().max(36).optional(),
  status: z.string().trim(),
  /** Not in MOSIP: the admin's reason, kept with the decision. */
  comment: z.string().trim().max(1024).optional(),
});

export function deviceDecisionFromMosip(status: string): "APPROVE" | "REJECT" {
  const v = status.toLowerCase();
  if (v === "approved") return "APPROVE";
  if (v === "rejected") return "REJECT";
  throw new AppError("invalid", "PMS_DEVICE_ERROR_027", "Request status should be either approved or rejected.", { field: "status" });
}

export function mosipSbiDeviceRow(row: DeviceRow) {
  return {
    deviceId: row.id,
    deviceTypeCode: row.typeCode,
    deviceSubTypeCode: row.subTypeCode,
    deviceProviderId: row.providerId,
    make: row.make,
    model: row.model,
    status: mosipStatus(row.status),
    isActive: row.status === "APPROVED",
    createdDateTime: row.createdAt.toISOString(),
  };
}

const MOSIP_DEVICE_SORTS = {
  partnerId: "providerId",
  orgName: "organizationName",
  deviceType: "typeCode",
  deviceSubType: "subTypeCode",
  make: "make",
  model: "model",
  sbiVersion: "sbiVersion",
  status: "status",
  createdDateTime: "createdAt",
} as const satisfies Record<string, DeviceSort>;

export const mosipDeviceListQuerySchema = mosipPagingSchema(Object.keys(MOSIP_DEVICE_SORTS) as [keyof typeof MOSIP_DEVICE_SORTS, ...(keyof typeof MOSIP_DEVICE_SORTS)[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    orgName: z.string().max(128).optional(),
    deviceType: z.string().max(36).optional(),
    deviceSubType: z.string().max(36).optional(),
    status: z.string().max(32).optional(),
    make: z.string().max(36).optional(),
    model: z.string().max(36).optional(),
    sbiId: z.string().max(36).optional(),
    sbiVersion: z.string().max(64).optional(),
    deviceId: z.string().max(36).optional(),
  }),
);
export type MosipDeviceListQuery = z.infer<typeof mosipDeviceListQuerySchema>;

export function deviceFiltersFromMosip(q: MosipDeviceListQuery): DeviceFilters {
  return {
    partnerId: q.partnerId,
    organizationName: q.orgName,
    typeCode: q.deviceType,
    subTypeCode: q.deviceSubType,
    status: statusFromMosip(q.status),
    make: q.make,
    model: q.model,
    sbiId: q.sbiId,
    sbiVersion: q.sbiVersion,
    deviceId: q.deviceId,
  };
}

export function deviceSortFromMosip(field: string | undefined): DeviceSort {
  return field ? MOSIP_DEVICE_SORTS[field as keyof typeof MOSIP_DEVICE_SORTS] : "createdAt";
}

export function mosipDeviceRow(row: DeviceRow) {
  return {
    deviceId: row.id,
    partnerId: row.providerId,
    orgName: row.organizationName,
    deviceType: row.typeCode,
    deviceSubType: row.subTypeCode,
    status: mosipStatus(row.status),
    isActive: row.status === "APPROVED",
    make: row.make,
    model: row.model,
    createdDateTime: row.createdAt.toISOString(),
    sbiId: row.sbiId,
    sbiVersion: row.sbiVersion,
    adminComment: row.adminComment,
  };
}
