import { mosipPolicyMapSchema } from "@/lib/policy-requests/mosip";
import { assertActsForPartner } from "@/lib/policy-requests/access";
import { createPolicyRequest } from "@/lib/policy-requests/service";
import { restRoute } from "@/lib/rest";

// A partner requests a policy of its group by name (MOSIP's path); only for its own partner id.
export const POST = restRoute({ auth: "user", permission: "policy-requests.create", body: mosipPolicyMapSchema }, async ({ principal, params, body, request }) => {
  assertActsForPartner(principal, params.partnerId, "policy-requests.create", null);
  const created = await createPolicyRequest(params.partnerId, { policyName: body.policyName }, body.useCaseDescription, { principal, request });
  return { mappingkey: created.id, message: `Policy ${body.policyName} requested; the request is pending approval.` };
});
