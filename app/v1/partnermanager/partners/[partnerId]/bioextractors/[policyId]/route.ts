import { notFound } from "@/lib/errors";
import { mosipExtractorsSchema, mosipExtractorsView } from "@/lib/extractors/mosip";
import { listExtractors } from "@/lib/extractors/queries";
import { declareBiometricExtractors } from "@/lib/extractors/service";
import { assertActsForPartner } from "@/lib/policy-requests/access";
import { restRoute } from "@/lib/rest";

// The partner itself, or an admin acting for it (MOSIP allows PARTNER_ADMIN here too).
export const POST = restRoute({ auth: "user", body: mosipExtractorsSchema }, async ({ principal, params, body, request }) => {
  assertActsForPartner(principal, params.partnerId, "policy-requests.create", "policy-requests.decide");
  const result = await declareBiometricExtractors(params.partnerId, params.policyId, body, { principal, request });
  return `${result.count} biometric ${result.count === 1 ? "extractor" : "extractors"} declared.`;
});

export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  assertActsForPartner(principal, params.partnerId, "policy-requests.create", "policy-requests.read-all");
  const rows = await listExtractors(params.partnerId, params.policyId);
  if (!rows.length) throw notFound(`Extractors of ${params.partnerId} for policy ${params.policyId}`, "PMS_PRT_064");
  return mosipExtractorsView(rows);
});
