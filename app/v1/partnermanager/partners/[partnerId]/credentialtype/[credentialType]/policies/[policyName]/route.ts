import { mapCredentialType } from "@/lib/extractors/service";
import { assertActsForPartner } from "@/lib/policy-requests/access";
import { restRoute } from "@/lib/rest";

// Maps an approved policy (by name, in the partner's group) to a credential type; the partner itself or an admin.
export const POST = restRoute({ auth: "user" }, async ({ principal, params, request }) => {
  assertActsForPartner(principal, params.partnerId, "policy-requests.create", "policy-requests.decide");
  const result = await mapCredentialType(params.partnerId, params.credentialType, { name: params.policyName }, { principal, request });
  return `Partner ${result.partnerId} now uses ${result.policyName} for ${result.credentialType} credentials.`;
});
