"use server";
// Server actions for partners: thin wrappers over lib/partners/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { partnerDetailsSchema, partnerStatusChangeSchema, registerPartnerSchema, renameOrganizationSchema } from "@/lib/partners/schemas";
import { deactivatePartner, reactivatePartner, registerPartnerForUser, registerPartnerWithAccount, renameOrganization } from "@/lib/partners/service";
import { AppError } from "@/lib/errors";

export const registerPartnerAction = action({ schema: registerPartnerSchema, permission: null }, async (input, ctx) => {
  if (ctx.principal) throw new AppError("conflict", "PMS_PRT_055", "You are signed in: sign out to register another organisation.");
  const { confirmPassword: _confirm, acceptTerms: _terms, ...details } = input;
  const result = await registerPartnerWithAccount(details, ctx);
  return { partnerId: result.partner.id, email: result.partner.email };
});

export const registerMyPartnerAction = action({ schema: partnerDetailsSchema, permission: "partner.register" }, async (input, ctx) => {
  const result = await registerPartnerForUser(ctx.principal, input, ctx);
  return { partnerId: result.partner.id };
});

export const deactivatePartnerAction = action({ schema: partnerStatusChangeSchema, permission: "partners.manage" }, async ({ partnerId }, ctx) => {
  const result = await deactivatePartner(partnerId, ctx);
  revalidatePath(`/admin/partners/${partnerId}`);
  return result;
});

export const reactivatePartnerAction = action({ schema: partnerStatusChangeSchema, permission: "partners.manage" }, async ({ partnerId }, ctx) => {
  const result = await reactivatePartner(partnerId, ctx);
  revalidatePath(`/admin/partners/${partnerId}`);
  return result;
});

export const renameOrganizationAction = action({ schema: renameOrganizationSchema, permission: "partners.manage" }, async (input, ctx) => {
  const result = await renameOrganization(input.partnerId, input.organizationName, input.reason, ctx);
  revalidatePath(`/admin/partners/${input.partnerId}`);
  return result;
});
