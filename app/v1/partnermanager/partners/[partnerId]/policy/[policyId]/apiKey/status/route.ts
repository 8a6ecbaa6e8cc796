import { z } from "zod";
import { apiKeyIdByLabel, mosipApiKeyStatusSchema } from "@/lib/api-keys/mosip";
import { deactivateApiKey } from "@/lib/api-keys/service";
import { hasPermission } from "@/lib/auth/principal";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { restRoute } from "@/lib/rest";

// The partner deactivates its own keys, an admin anyone's; a key outside the caller's reach is "not found".
export const PATCH = restRoute({ auth: "user", body: mosipApiKeyStatusSchema }, async ({ principal, params, body, request }) => {
  const isAdmin = hasPermission(principal, "api-keys.manage-all");
  if (!isAdmin && !hasPermission(principal, "api-keys.own")) throw forbidden();
  const keyNotFound = () => notFound(`API key “${body.label}”`, "PMS_PRT_111");
  if (!isAdmin && principal.partner?.id !== params.partnerId) throw keyNotFound();
  if (!z.uuid().safeParse(params.policyId).success) throw keyNotFound();
  const keyId = await apiKeyIdByLabel(params.partnerId, params.policyId, body.label);
  if (!keyId) throw keyNotFound();
  if (body.status === "active") {
    // ACTIVE → DEACTIVATED is final (SPEC 2): a compromised key must not come back; generate a new one.
    throw new AppError("conflict", "PMS_APIKEY_REACTIVATION", "A deactivated API key cannot be reactivated, and an active one needs no activation; generate a new key instead.");
  }
  const result = await deactivateApiKey(keyId, isAdmin ? {} : { partnerId: params.partnerId }, { principal, request });
  return { message: `API key “${result.label}” is now De-Active.`, partnerId: result.partnerId, policyId: result.policyId, label: result.label, status: "De-Active" };
});
