// Input schemas for SBIs and devices, shared by the browser forms and the server.
// Messages are catalogue keys (validation.*): forms translate them, the REST API renders them in English.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { parseDay, sbiDateViolations } from "@/lib/devices/sbi-dates";

export const APPROVAL_STATUSES = ["PENDING_APPROVAL", "APPROVED", "REJECTED", "DEACTIVATED"] as const;
export type ApprovalStatusValue = (typeof APPROVAL_STATUSES)[number];

export const sbiVersionSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(64, m("validation.tooLong", { max: 64 }))
  .regex(/^[\p{L}\p{N}._+\- ]+$/u, "validation.sbiVersionFormat");

export const binaryHashSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(128, m("validation.tooLong", { max: 128 }))
  .regex(/^[\x21-\x7E]+$/, "validation.binaryHashFormat");

// Letters, digits, spaces and the punctuation MOSIP allows in free text (PMS_REQUEST_ERROR_007).
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(max, m("validation.tooLong", { max }))
    .regex(/^[\p{L}\p{N}\p{M}\s.,@#&()'?!":;=/+_-]+$/u, "validation.freeText");

export const makeSchema = freeText(36);
export const modelSchema = freeText(36);

const daySchema = z.string().refine((v) => parseDay(v) !== null, "validation.date");

/** The browser form: dates as YYYY-MM-DD; the date rules give field messages before the server checks again. */
export const addSbiSchema = z
  .object({ version: sbiVersionSchema, binaryHash: binaryHashSchema, swCreatedAt: daySchema, swExpiresAt: daySchema })
  .superRefine((v, ctx) => {
    const created = parseDay(v.swCreatedAt);
    const expires = parseDay(v.swExpiresAt);
    if (!created || !expires) return;
    for (const violation of sbiDateViolations(created, expires)) {
      ctx.addIssue({ code: "custom", path: [violation.field], message: m(violation.key, violation.params) });
    }
  });
export type AddSbiInput = z.infer<typeof addSbiSchema>;

/** What the service takes, from the form or from MOSIP's REST body. */
export interface SbiDetails {
  version: string;
  binaryHash: string;
  swCreatedAt: Date;
  swExpiresAt: Date;
}

export const deviceModelSchema = z.object({
  typeCode: z.string().trim().min(1, "validation.choose").max(36, "validation.choose"),
  subTypeCode: z.string().trim().min(1, "validation.choose").max(36, "validation.choose"),
  make: makeSchema,
  model: modelSchema,
});
export type DeviceModel = z.infer<typeof deviceModelSchema>;

export const MAX_DEVICES_PER_REQUEST = 20;

function deviceKey(d: DeviceModel) {
  return [d.typeCode, d.subTypeCode, d.make.trim().toLowerCase(), d.model.trim().toLowerCase()].join("\u0000");
}

export const addDevicesSchema = z
  .object({
    sbiId: z.uuid("validation.invalid"),
    devices: z
      .array(deviceModelSchema)
      .min(1, "validation.atLeastOneDevice")
      .max(MAX_DEVICES_PER_REQUEST, m("validation.tooManyDevices", { max: MAX_DEVICES_PER_REQUEST })),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.devices.forEach((device, index) => {
      const key = deviceKey(device);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["devices", index, "model"], message: "validation.duplicateDeviceInForm" });
      seen.add(key);
    });
  });
export type AddDevicesInput = z.infer<typeof addDevicesSchema>;

export const idSchema = z.object({ id: z.uuid("validation.invalid") });

export const commentSchema = z.string().trim().max(1024, m("validation.tooLong", { max: 1024 }));

/** Admin decision from the UI: a rejection says why. */
export const decisionSchema = z
  .object({ id: z.uuid("validation.invalid"), decision: z.enum(["APPROVE", "REJECT"]), comment: commentSchema.optional() })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && (v.comment ?? "").length < 3) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "validation.rejectionComment" });
    }
  });
export type DecisionInput = z.infer<typeof decisionSchema>;

// Admin lists: filters and sortable columns (MOSIP's filters, our names).
const filterText = (max: number) => z.string().trim().max(max).optional().catch(undefined);

export const SBI_SORTS = ["providerId", "organizationName", "version", "status", "swCreatedAt", "swExpiresAt", "devices", "createdAt"] as const;
export type SbiSort = (typeof SBI_SORTS)[number];

export const sbiFiltersSchema = z.object({
  partnerId: filterText(36),
  organizationName: filterText(128),
  sbiId: filterText(36),
  version: filterText(64),
  status: z.enum(APPROVAL_STATUSES).optional().catch(undefined),
  expiry: z.enum(["expired", "valid"]).optional().catch(undefined),
  /** SBIs expiring within this many days (MOSIP's expiryPeriod) */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
});
export type SbiFilters = z.infer<typeof sbiFiltersSchema>;

export const DEVICE_SORTS = ["providerId", "organizationName", "typeCode", "subTypeCode", "make", "model", "sbiVersion", "status", "createdAt"] as const;
export type DeviceSort = (typeof DEVICE_SORTS)[number];

export const deviceFiltersSchema = z.object({
  partnerId: filterText(36),
  organizationName: filterText(128),
  deviceId: filterText(36),
  typeCode: filterText(36),
  subTypeCode: filterText(36),
  make: filterText(36),
  model: filterText(36),
  sbiId: filterText(36),
  sbiVersion: filterText(64),
  status: z.enum(APPROVAL_STATUSES).optional().catch(undefined),
});
export type DeviceFilters = z.infer<typeof deviceFiltersSchema>;
