import { mosipPolicyView } from "@/lib/policies/mosip";
import { getPolicyWithGroup } from "@/lib/policies/queries";
import { publishPolicy } from "@/lib/policies/service";
import { isUuid } from "@/lib/policies/db-helpers";
import { notFound } from "@/lib/errors";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "policies.manage" }, async ({ principal, params, request }) => {
  if (!isUuid(params.policyGroupId)) throw notFound(`Policy group ${params.policyGroupId}`, "PMS_POL_016");
  const policy = await publishPolicy(params.policyId, params.policyGroupId, { principal, request });
  return mosipPolicyView((await getPolicyWithGroup(policy.id))!);
});
