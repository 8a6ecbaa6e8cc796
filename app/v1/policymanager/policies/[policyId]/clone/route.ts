import { AppError } from "@/lib/errors";
import { mosipClonePolicySchema, mosipPolicySavedView } from "@/lib/policies/mosip";
import { getPolicyWithGroup } from "@/lib/policies/queries";
import { clonePolicy } from "@/lib/policies/service";
import { findPolicyGroupByName } from "@/lib/policy-groups/queries";
import { restRoute } from "@/lib/rest";

// Not in MOSIP (its UI clones by reading and re-posting); ours records where the clone came from, so the difference can be shown.
export const POST = restRoute({ auth: "user", permission: "policies.manage", body: mosipClonePolicySchema }, async ({ principal, params, body, request }) => {
  const group = await findPolicyGroupByName(body.policyGroupName);
  if (!group) throw new AppError("not_found", "PMS_POL_019", `Policy group ${body.policyGroupName} does not exist.`, { field: "policyGroupName" });
  const clone = await clonePolicy(params.policyId, { groupId: group.id, name: body.name ?? undefined }, { principal, request });
  return mosipPolicySavedView((await getPolicyWithGroup(clone.id))!);
});
