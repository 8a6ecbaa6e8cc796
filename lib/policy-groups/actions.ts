"use server";
// Server actions for policy groups: thin wrappers over lib/policy-groups/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { policyGroupIdSchema, policyGroupInputSchema, updatePolicyGroupSchema } from "@/lib/policy-groups/schemas";
import { activatePolicyGroup, createPolicyGroup, deactivatePolicyGroup, updatePolicyGroup } from "@/lib/policy-groups/service";

export const createPolicyGroupAction = action({ schema: policyGroupInputSchema, permission: "policy-groups.manage" }, async (input, ctx) => {
  const group = await createPolicyGroup(input, ctx);
  revalidatePath("/policy-manager");
  return { id: group.id, name: group.name };
});

export const updatePolicyGroupAction = action({ schema: updatePolicyGroupSchema, permission: "policy-groups.manage" }, async ({ groupId, ...input }, ctx) => {
  const group = await updatePolicyGroup(groupId, input, ctx);
  revalidatePath(`/policy-manager/groups/${groupId}`);
  return { id: group.id, name: group.name };
});

export const activatePolicyGroupAction = action({ schema: policyGroupIdSchema, permission: "policy-groups.manage" }, async ({ groupId }, ctx) => {
  const result = await activatePolicyGroup(groupId, ctx);
  revalidatePath(`/policy-manager/groups/${groupId}`);
  return result;
});

export const deactivatePolicyGroupAction = action({ schema: policyGroupIdSchema, permission: "policy-groups.manage" }, async ({ groupId }, ctx) => {
  const result = await deactivatePolicyGroup(groupId, ctx);
  revalidatePath(`/policy-manager/groups/${groupId}`);
  return result;
});
