// Input schemas for FTM chips, shared by the browser forms and the server.
import { z } from "zod";
import { commentSchema, makeSchema, modelSchema } from "@/lib/devices/schemas";

export const CHIP_STATUSES = ["PENDING_CERTIFICATE", "PENDING_APPROVAL", "APPROVED", "REJECTED", "DEACTIVATED"] as const;
export type ChipStatusValue = (typeof CHIP_STATUSES)[number];

export const addChipSchema = z.object({ make: makeSchema, model: modelSchema });
export type AddChipInput = z.infer<typeof addChipSchema>;

export const chipIdSchema = z.object({ id: z.uuid("validation.invalid") });

export const chipCertificateSchema = z.object({
  id: z.uuid("validation.invalid"),
  certificateData: z.string().trim().min(1, "validation.certificateRequired").max(200_000, "validation.certificateTooLarge"),
});
export type ChipCertificateInput = z.infer<typeof chipCertificateSchema>;

/** Admin decision; the thumbprint the admin looked at, so that a certificate replaced meanwhile is not approved unseen. */
export const chipDecisionSchema = z
  .object({
    id: z.uuid("validation.invalid"),
    decision: z.enum(["APPROVE", "REJECT"]),
    comment: commentSchema.optional(),
    thumbprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && (v.comment ?? "").length < 3) ctx.addIssue({ code: "custom", path: ["comment"], message: "validation.rejectionComment" });
  });
export type ChipDecisionInput = z.infer<typeof chipDecisionSchema>;

const filterText = (max: number) => z.string().trim().max(max).optional().catch(undefined);

export const CHIP_SORTS = ["providerId", "organizationName", "make", "model", "status", "certNotAfter", "certificateUploadedAt", "createdAt"] as const;
export type ChipSort = (typeof CHIP_SORTS)[number];

export const chipFiltersSchema = z.object({
  partnerId: filterText(36),
  organizationName: filterText(128),
  chipId: filterText(36),
  make: filterText(36),
  model: filterText(36),
  status: z.enum(CHIP_STATUSES).optional().catch(undefined),
  certificate: z.enum(["uploaded", "missing", "expired"]).optional().catch(undefined),
  /** chips whose certificate expires within this many days (MOSIP's expiryPeriod) */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
});
export type ChipFilters = z.infer<typeof chipFiltersSchema>;
