// MOSIP's field names and spellings for partners on the REST API, mapped to and from ours.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mosipPagingSchema } from "@/lib/paging";
import { partnerType, partnerTypeFromMosip } from "@/lib/partners/partner-types";
import type { PartnerRow } from "@/lib/partners/queries";
import { zodMessage } from "@/lib/validation";
import { emailSchema, partnerDetailsSchema, passwordSchema, type PartnerDetails, type PartnerFilters, type PartnerSort } from "@/lib/partners/schemas";

// MOSIP sends ISO 639-2 codes ("eng"); we accept those and our own.
const LANGUAGE_ALIASES: Record<string, "en" | "fr" | "ar"> = { en: "en", eng: "en", fr: "fr", fra: "fr", fre: "fr", ar: "ar", ara: "ar" };

export const mosipRegisterPartnerSchema = z.object({
  partnerId: z.string(),
  organizationName: z.string(),
  address: z.string(),
  contactNumber: z.string(),
  emailId: emailSchema,
  partnerType: z.string(),
  policyGroup: z.string().optional().nullable(),
  langCode: z.string().optional().nullable(),
  password: passwordSchema.optional(),
});
export type MosipRegisterPartner = z.infer<typeof mosipRegisterPartnerSchema>;

/** Turns MOSIP's registration body into our partner details (the policy group is given by name). */
export async function partnerDetailsFromMosip(body: MosipRegisterPartner): Promise<PartnerDetails> {
  const type = partnerTypeFromMosip(body.partnerType);
  if (!type) throw new AppError("invalid", "PMS_PRT_008", `Unknown partner type ${body.partnerType}.`, { field: "partnerType" });
  let policyGroupId: string | undefined;
  if (body.policyGroup) {
    const group = await db.policyGroup.findFirst({ where: { OR: [{ name: body.policyGroup }, ...(z.uuid().safeParse(body.policyGroup).success ? [{ id: body.policyGroup }] : [])] } });
    if (!group) throw new AppError("not_found", "PMS_PRT_002", `Policy group ${body.policyGroup} does not exist.`, { field: "policyGroup" });
    policyGroupId = group.id;
  }
  const langCode = LANGUAGE_ALIASES[(body.langCode ?? "en").toLowerCase()];
  if (!langCode) throw new AppError("invalid", "PMS_PRT_056", `Language ${body.langCode} is not supported; use eng, fra or ara.`, { field: "langCode" });
  const parsed = partnerDetailsSchema.safeParse({
    partnerId: body.partnerId,
    organizationName: body.organizationName,
    address: body.address,
    contactNumber: body.contactNumber,
    email: body.emailId,
    partnerType: type.code,
    policyGroupId,
    langCode,
  });
  if (!parsed.success) {
    throw new AppError("invalid", "PMS_REQUEST_ERROR_400", zodMessage(parsed.error));
  }
  return parsed.data;
}

export function mosipPartnerView(partner: {
  id: string;
  organizationName: string;
  contactNumber: string;
  email: string;
  address: string;
  typeCode: Parameters<typeof partnerType>[0];
  status: string;
  policyGroup: { name: string } | null;
  langCode: string;
}) {
  return {
    partnerID: partner.id,
    organizationName: partner.organizationName,
    contactNumber: partner.contactNumber,
    emailId: partner.email,
    address: partner.address,
    partnerType: partnerType(partner.typeCode).mosipCode,
    policyGroup: partner.policyGroup?.name ?? null,
    status: partner.status === "ACTIVE" ? "active" : partner.status === "DEACTIVATED" ? "De-active" : "InProgress",
    isActive: partner.status === "ACTIVE",
    langCode: partner.langCode,
  };
}

const MOSIP_PARTNER_SORTS = {
  partnerId: "id",
  partnerType: "typeCode",
  orgName: "organizationName",
  emailAddress: "email",
  status: "status",
  isActive: "status",
  policyGroupName: "policyGroup",
  certificateUploadStatus: "hasCertificate",
  createdDateTime: "createdAt",
} as const satisfies Record<string, PartnerSort>;

export const adminPartnersQuerySchema = mosipPagingSchema(Object.keys(MOSIP_PARTNER_SORTS) as [keyof typeof MOSIP_PARTNER_SORTS, ...(keyof typeof MOSIP_PARTNER_SORTS)[]]).and(
  z.object({
    partnerId: z.string().max(36).optional(),
    partnerType: z.string().optional(),
    isActive: z.enum(["true", "false"]).optional(),
    status: z.enum(["PENDING_CERTIFICATE", "ACTIVE", "DEACTIVATED"]).optional(),
    orgName: z.string().max(128).optional(),
    emailAddress: z.string().max(254).optional(),
    certificateUploadStatus: z.enum(["uploaded", "not_uploaded"]).optional(),
    policyGroupName: z.string().max(128).optional(),
  }),
);
export type AdminPartnersQuery = z.infer<typeof adminPartnersQuerySchema>;

export function partnerFiltersFromMosip(q: AdminPartnersQuery): PartnerFilters {
  const type = q.partnerType ? partnerTypeFromMosip(q.partnerType) : undefined;
  if (q.partnerType && !type) throw new AppError("invalid", "PMS_PRT_008", `Unknown partner type ${q.partnerType}.`);
  return {
    id: q.partnerId,
    type: type?.code,
    organizationName: q.orgName,
    email: q.emailAddress,
    status: q.status ?? (q.isActive === "true" ? "ACTIVE" : undefined),
    policyGroup: q.policyGroupName,
    certificate: q.certificateUploadStatus,
  };
}

export function partnerSortFromMosip(field: string | undefined): PartnerSort {
  return field ? MOSIP_PARTNER_SORTS[field as keyof typeof MOSIP_PARTNER_SORTS] : "createdAt";
}

export function mosipAdminPartnerRow(row: PartnerRow) {
  return {
    partnerId: row.id,
    partnerType: row.mosipType,
    orgName: row.organizationName,
    policyGroupId: row.policyGroupId,
    policyGroupName: row.policyGroupName,
    emailAddress: row.email,
    certificateUploadStatus: row.hasCertificate ? "uploaded" : "not_uploaded",
    status: row.status === "ACTIVE" ? "approved" : row.status === "DEACTIVATED" ? "deactivated" : "InProgress",
    isActive: row.status === "ACTIVE",
    createdDateTime: row.createdAt.toISOString(),
  };
}

export const partnerStatusPatchSchema = z.object({
  status: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(["active", "de-active"], "status must be Active or De-Active")),
});
