import { AppError } from "@/lib/errors";
import { mosipCreatePolicySchema, mosipPolicyRequiresJson, mosipPolicySavedView, policyTypeOrError } from "@/lib/policies/mosip";
import { getPolicyWithGroup } from "@/lib/policies/queries";
import { createPolicy } from "@/lib/policies/service";
import { findPolicyGroupByName } from "@/lib/policy-groups/queries";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "policies.manage", body: mosipCreatePolicySchema }, async ({ principal, body, request }) => {
  const type = policyTypeOrError(body.policyType);
  mosipPolicyRequiresJson(body.policies);
  const group = await findPolicyGroupByName(body.policyGroupName);
  if (!group) throw new AppError("not_found", "PMS_POL_019", `Policy group ${body.policyGroupName} does not exist.`, { field: "policyGroupName" });
  const created = await createPolicy(
    { policyGroupId: group.id, type, name: body.name, description: body.desc, version: body.version ?? undefined, policies: body.policies, id: body.policyId ?? undefined },
    { principal, request },
  );
  return mosipPolicySavedView((await getPolicyWithGroup(created.id))!);
});
