import { mosipCreatePolicyGroupSchema, mosipPolicyGroupView } from "@/lib/policy-groups/mosip";
import { createPolicyGroup } from "@/lib/policy-groups/service";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "policy-groups.manage", body: mosipCreatePolicyGroupSchema }, async ({ principal, body, request }) => {
  const group = await createPolicyGroup({ name: body.name, description: body.desc }, { principal, request });
  return mosipPolicyGroupView(group);
});
