"use server";
// Server actions for API keys: thin wrappers over lib/api-keys/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { apiKeyIdSchema, generateApiKeySchema } from "@/lib/api-keys/schemas";
import { deactivateApiKey, generateApiKey } from "@/lib/api-keys/service";
import { AppError } from "@/lib/errors";
import type { UserPrincipal } from "@/lib/auth/principal";

function ownPartnerId(principal: UserPrincipal): string {
  if (!principal.partner) throw new AppError("forbidden", "KER-ATH-403", "Your account has no partner, so it has no API keys.");
  return principal.partner.id;
}

/** The secret travels back once, in this answer; it is never readable again. */
export const generateApiKeyAction = action({ schema: generateApiKeySchema, permission: "api-keys.own" }, async (input, ctx) => {
  const result = await generateApiKey(ownPartnerId(ctx.principal), input, ctx);
  revalidatePath("/api-keys");
  return { secret: result.secret, label: result.key.label, policyName: result.key.policyName, masked: result.key.masked, expiresAt: result.key.expiresAt.toISOString() };
});

export const deactivateOwnApiKeyAction = action({ schema: apiKeyIdSchema, permission: "api-keys.own" }, async ({ keyId }, ctx) => {
  const result = await deactivateApiKey(keyId, { partnerId: ownPartnerId(ctx.principal) }, ctx);
  revalidatePath("/api-keys");
  return result;
});

export const deactivateApiKeyAsAdminAction = action({ schema: apiKeyIdSchema, permission: "api-keys.manage-all" }, async ({ keyId }, ctx) => {
  const result = await deactivateApiKey(keyId, {}, ctx);
  revalidatePath("/admin/api-keys");
  return result;
});
