import { AppError } from "@/lib/errors";
import { assertPolicyReadable } from "@/lib/policies/access";
import { assertDeactivateStatus, mosipPolicyRequiresJson, mosipPolicySavedView, mosipPolicyStatusSchema, mosipPolicyView, mosipUpdatePolicySchema } from "@/lib/policies/mosip";
import { getPolicyWithGroup } from "@/lib/policies/queries";
import { deactivatePolicy, updatePolicy } from "@/lib/policies/service";
import { findPolicyGroupByName } from "@/lib/policy-groups/queries";
import { restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user", permission: "policies.read" }, async ({ principal, params }) => {
  const policy = await assertPolicyReadable(principal, await getPolicyWithGroup(params.policyId));
  return mosipPolicyView(policy);
});

export const PUT = restRoute({ auth: "user", permission: "policies.manage", body: mosipUpdatePolicySchema }, async ({ principal, params, body, request }) => {
  mosipPolicyRequiresJson(body.policies);
  const current = await assertPolicyReadable(principal, await getPolicyWithGroup(params.policyId));
  const group = await findPolicyGroupByName(body.policyGroupName);
  if (!group) throw new AppError("not_found", "PMS_POL_019", `Policy group ${body.policyGroupName} does not exist.`, { field: "policyGroupName" });
  if (group.id !== current.policyGroupId) {
    throw new AppError("conflict", "PMS_POL_015", `The policy ${current.name} is not in the policy group ${group.name}; a policy cannot move between groups (clone it instead).`);
  }
  await updatePolicy(current.id, { name: body.name, description: body.desc, version: body.version ?? undefined, policies: body.policies }, { principal, request });
  return mosipPolicySavedView((await getPolicyWithGroup(current.id))!);
});

export const PATCH = restRoute({ auth: "user", permission: "policies.manage", body: mosipPolicyStatusSchema }, async ({ principal, params, body, request }) => {
  assertDeactivateStatus(body.status);
  const result = await deactivatePolicy(params.policyId, { principal, request });
  return { policyId: result.policyId, isActive: false, rejectedRequests: result.rejectedRequests };
});
