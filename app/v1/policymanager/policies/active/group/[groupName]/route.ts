import { notFound } from "@/lib/errors";
import { canReadAllPolicies, partnerPolicyGroupId } from "@/lib/policies/access";
import { listPublishedPoliciesOfGroup } from "@/lib/policies/queries";
import { findPolicyGroupByName } from "@/lib/policy-groups/queries";
import { restRoute } from "@/lib/rest";

// The published policies of a group (the partner's "request a policy" list); a partner may only ask about its own group.
export const GET = restRoute({ auth: "user", permission: "policies.read" }, async ({ principal, params }) => {
  const group = await findPolicyGroupByName(params.groupName);
  if (!group || (!canReadAllPolicies(principal) && group.id !== (await partnerPolicyGroupId(principal)))) {
    throw notFound(`Policy group ${params.groupName}`, "PMS_POL_019");
  }
  const policies = await listPublishedPoliciesOfGroup(group.id);
  return policies.map((p) => ({
    policyId: p.id,
    policyName: p.name,
    policyDescription: p.description,
    policyType: p.type,
    version: p.version,
    policyGroupId: group.id,
    policyGroupName: group.name,
    publishDate: p.publishedAt?.toISOString() ?? null,
  }));
});
