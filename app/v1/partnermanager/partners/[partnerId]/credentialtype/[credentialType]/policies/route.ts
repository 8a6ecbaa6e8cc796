import { notFound } from "@/lib/errors";
import { mosipCredentialTypeView } from "@/lib/extractors/mosip";
import { getCredentialTypeMapping } from "@/lib/extractors/queries";
import { assertActsForPartner } from "@/lib/policy-requests/access";
import { restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  assertActsForPartner(principal, params.partnerId, "policy-requests.create", "policy-requests.read-all");
  const mapping = await getCredentialTypeMapping(params.partnerId, params.credentialType);
  if (!mapping || !mapping.isActive) throw notFound(`Credential type ${params.credentialType} of ${params.partnerId}`, "PMS_PRT_064");
  return mosipCredentialTypeView(mapping);
});
