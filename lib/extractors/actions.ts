"use server";
// Server actions for a partner's extractor declarations and credential-type mappings (its own partner only).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import type { UserPrincipal } from "@/lib/auth/principal";
import { declareExtractorsSchema, mapCredentialTypeSchema } from "@/lib/extractors/schemas";
import { declareBiometricExtractors, mapCredentialType } from "@/lib/extractors/service";

function ownPartnerId(principal: UserPrincipal): string {
  if (!principal.partner) throw new AppError("forbidden", "PMS_PRT_055", "Your account has no partner.");
  return principal.partner.id;
}

export const declareExtractorsAction = action({ schema: declareExtractorsSchema, permission: "policy-requests.create" }, async (input, ctx) => {
  const result = await declareBiometricExtractors(ownPartnerId(ctx.principal), input.policyId, input.extractors, ctx);
  revalidatePath(`/policies/${input.policyId}`);
  return result;
});

export const mapCredentialTypeAction = action({ schema: mapCredentialTypeSchema, permission: "policy-requests.create" }, async (input, ctx) => {
  const result = await mapCredentialType(ownPartnerId(ctx.principal), input.credentialType, { id: input.policyId }, ctx);
  revalidatePath(`/policies/${input.policyId}`);
  return result;
});
