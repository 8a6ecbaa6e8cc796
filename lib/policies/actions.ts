"use server";
// Server actions for policies: thin wrappers over lib/policies/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { clonePolicySchema, createPolicySchema, policyIdSchema, updatePolicySchema } from "@/lib/policies/schemas";
import { clonePolicy, createPolicy, deactivatePolicy, publishPolicy, updatePolicy } from "@/lib/policies/service";

export const createPolicyAction = action({ schema: createPolicySchema, permission: "policies.manage" }, async (input, ctx) => {
  const policy = await createPolicy(
    { policyGroupId: input.policyGroupId, type: input.type, name: input.name, description: input.description, version: input.version, policies: input.policyJson },
    ctx,
  );
  revalidatePath("/policy-manager", "layout");
  return { id: policy.id };
});

export const updatePolicyAction = action({ schema: updatePolicySchema, permission: "policies.manage" }, async (input, ctx) => {
  const policy = await updatePolicy(input.policyId, { name: input.name, description: input.description, version: input.version, policies: input.policyJson }, ctx);
  revalidatePath("/policy-manager", "layout");
  return { id: policy.id };
});

export const publishPolicyAction = action({ schema: policyIdSchema, permission: "policies.manage" }, async ({ policyId }, ctx) => {
  const policy = await publishPolicy(policyId, null, ctx);
  revalidatePath("/policy-manager", "layout");
  return { id: policy.id, status: policy.status };
});

export const clonePolicyAction = action({ schema: clonePolicySchema, permission: "policies.manage" }, async (input, ctx) => {
  const clone = await clonePolicy(input.policyId, { groupId: input.targetGroupId, name: input.name }, ctx);
  revalidatePath("/policy-manager", "layout");
  return { id: clone.id };
});

export const deactivatePolicyAction = action({ schema: policyIdSchema, permission: "policies.manage" }, async ({ policyId }, ctx) => {
  const result = await deactivatePolicy(policyId, ctx);
  revalidatePath("/policy-manager", "layout");
  return result;
});
