import { notFound } from "@/lib/errors";
import { mosipPolicyView } from "@/lib/policies/mosip";
import { listPoliciesOfGroupWithJson } from "@/lib/policies/queries";
import { mosipPolicyGroupStatusSchema, mosipPolicyGroupView, mosipUpdatePolicyGroupSchema } from "@/lib/policy-groups/mosip";
import { findPolicyGroupById } from "@/lib/policy-groups/queries";
import { activatePolicyGroup, deactivatePolicyGroup, updatePolicyGroup } from "@/lib/policy-groups/service";
import { restRoute } from "@/lib/rest";

// MOSIP's {policyGroup, authPolicies[]}, drafts included: staff only (partners see published policies through /policies/active/group).
export const GET = restRoute({ auth: "user", permission: "policies.read" }, async ({ principal, params }) => {
  const group = principal.partner ? null : await findPolicyGroupById(params.policyGroupId);
  if (!group) throw notFound(`Policy group ${params.policyGroupId}`, "PMS_POL_016");
  const policies = await listPoliciesOfGroupWithJson(group.id);
  return { policyGroup: mosipPolicyGroupView(group), authPolicies: policies.map(mosipPolicyView) };
});

export const PUT = restRoute({ auth: "user", permission: "policy-groups.manage", body: mosipUpdatePolicyGroupSchema }, async ({ principal, params, body, request }) => {
  const group = await updatePolicyGroup(params.policyGroupId, { name: body.name, description: body.desc, isActive: body.isActive }, { principal, request });
  return mosipPolicyGroupView(group);
});

export const PATCH = restRoute({ auth: "user", permission: "policy-groups.manage", body: mosipPolicyGroupStatusSchema }, async ({ principal, params, body, request }) => {
  const actor = { principal, request };
  return body.status === "de-activate" ? deactivatePolicyGroup(params.policyGroupId, actor) : activatePolicyGroup(params.policyGroupId, actor);
});
