import { keyablePolicyIdByName, mosipGenerateApiKeySchema } from "@/lib/api-keys/mosip";
import { generateApiKey } from "@/lib/api-keys/service";
import { notFound } from "@/lib/errors";
import { restRoute } from "@/lib/rest";

// Only the partner itself generates its keys; any other partner id is "not found", so ids cannot be probed.
export const PATCH = restRoute({ auth: "user", permission: "api-keys.own", body: mosipGenerateApiKeySchema }, async ({ principal, params, body, request }) => {
  if (principal.partner?.id !== params.partnerId) throw notFound(`Partner ${params.partnerId}`, "PMS_PRT_005");
  const policyId = await keyablePolicyIdByName(params.partnerId, body.policyName);
  const { secret, key } = await generateApiKey(params.partnerId, { policyId, label: body.label, validForDays: body.validForDays }, { principal, request });
  return { apiKey: secret, label: key.label, policyId: key.policyId, partnerId: key.partnerId, apiKeyExpiryDateTime: key.expiresAt.toISOString() };
});
