import { decisionFromMosip, mosipPolicyDecisionSchema } from "@/lib/policy-requests/mosip";
import { decidePolicyRequest } from "@/lib/policy-requests/service";
import { restRoute } from "@/lib/rest";

// Admin only: approve or reject a request (a partner deciding its own request gets KER-ATH-403).
export const PUT = restRoute({ auth: "user", permission: "policy-requests.decide", body: mosipPolicyDecisionSchema }, async ({ principal, params, body, request }) => {
  const decision = decisionFromMosip(body.status);
  const result = await decidePolicyRequest(params.mappingkey, decision, body.comment ?? undefined, { principal, request });
  return `Policy mapping ${result.status === "APPROVED" ? "approved" : "rejected"} successfully.`;
});
