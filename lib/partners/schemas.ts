// Partner input schemas, shared by the registration form (browser) and the server.
// Messages are catalogue keys (validation.*): the form translates them, the REST API renders them in English.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { LOCALES } from "@/lib/i18n/locales";
import { PARTNER_TYPE_CODES, PARTNER_TYPES } from "@/lib/partners/partner-types";

export const partnerIdSchema = z
  .string()
  .trim()
  .min(3, m("validation.tooShort", { min: 3 }))
  .max(36, m("validation.tooLong", { max: 36 }))
  .regex(/^[A-Za-z0-9._-]+$/, "validation.partnerIdFormat");

export const organizationNameSchema = z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 }));
export const emailSchema = z.string().trim().toLowerCase().max(254, m("validation.tooLong", { max: 254 })).pipe(z.email("validation.email"));
export const contactNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,18}[0-9]$/, "validation.phone")
  .refine((v) => v.replace(/\D/g, "").length >= 6 && v.replace(/\D/g, "").length <= 16, "validation.phone")
  .refine((v) => v.length <= 16, "validation.phone");
export const passwordSchema = z.string().min(12, "validation.passwordLength").max(128, "validation.passwordLength");

const partnerDetails = {
  partnerId: partnerIdSchema,
  organizationName: organizationNameSchema,
  address: z.string().trim().min(1, "validation.required").max(2000, m("validation.tooLong", { max: 2000 })),
  contactNumber: contactNumberSchema,
  email: emailSchema,
  partnerType: z.enum(PARTNER_TYPE_CODES, "validation.choose"),
  policyGroupId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.uuid("validation.choose").optional()),
  langCode: z.enum(LOCALES, "validation.choose"),
};

function needsGroup(type: string) {
  return PARTNER_TYPES.find((t) => t.code === type)?.needsPolicyGroup ?? false;
}

/** The registration of a partner by a user who already has an account (MOSIP's flow). */
export const partnerDetailsSchema = z.object(partnerDetails).superRefine((v, ctx) => {
  if (needsGroup(v.partnerType) && !v.policyGroupId) ctx.addIssue({ code: "custom", path: ["policyGroupId"], message: "validation.policyGroupRequired" });
});
export type PartnerDetails = z.infer<typeof partnerDetailsSchema>;

// Cross-field rules also run when other fields are still invalid, so every problem shows at once.
const whenPresent = (...fields: string[]) => ({
  when: (payload: { value: unknown }) => fields.every((f) => typeof (payload.value as Record<string, unknown>)?.[f] === "string"),
});

/** Self-registration in the browser: the partner and its sign-in account together. */
export const registerPartnerSchema = z
  .object({
    ...partnerDetails,
    password: passwordSchema,
    confirmPassword: z.string(),
    acceptTerms: z.literal(true, "validation.acceptTerms"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordsMatch", ...whenPresent("password", "confirmPassword") })
  .refine((v) => !needsGroup(v.partnerType) || Boolean(v.policyGroupId), { path: ["policyGroupId"], message: "validation.policyGroupRequired", ...whenPresent("partnerType") });
export type RegisterPartnerInput = z.input<typeof registerPartnerSchema>;

export const partnerIdParamSchema = z.object({ partnerId: partnerIdSchema });

export const renameOrganizationSchema = z.object({
  partnerId: partnerIdSchema,
  organizationName: organizationNameSchema,
  reason: z.string().trim().min(3, m("validation.tooShort", { min: 3 })).max(500, m("validation.tooLong", { max: 500 })),
});

export const partnerStatusChangeSchema = z.object({ partnerId: partnerIdSchema });

export const PARTNER_SORTS = ["id", "typeCode", "organizationName", "email", "status", "policyGroup", "hasCertificate", "createdAt"] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export const partnerFiltersSchema = z.object({
  id: z.string().trim().max(36).optional(),
  type: z.enum(PARTNER_TYPE_CODES).optional().catch(undefined),
  organizationName: z.string().trim().max(128).optional(),
  email: z.string().trim().max(254).optional(),
  status: z.enum(["PENDING_CERTIFICATE", "ACTIVE", "DEACTIVATED"]).optional().catch(undefined),
  policyGroup: z.string().trim().max(128).optional(),
  certificate: z.enum(["uploaded", "not_uploaded"]).optional().catch(undefined),
});
export type PartnerFilters = z.infer<typeof partnerFiltersSchema>;
