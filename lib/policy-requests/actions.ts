"use server";
// Server actions for policy requests: a partner asks (for its own partner only); an admin decides.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { createPolicyRequestSchema, decidePolicyRequestSchema } from "@/lib/policy-requests/schemas";
import { createPolicyRequest, decidePolicyRequest } from "@/lib/policy-requests/service";

export const createPolicyRequestAction = action({ schema: createPolicyRequestSchema, permission: "policy-requests.create" }, async (input, ctx) => {
  const partner = ctx.principal.partner;
  if (!partner) throw new AppError("forbidden", "PMS_PRT_055", "Your account has no partner.");
  const request = await createPolicyRequest(partner.id, { policyId: input.policyId }, input.useCaseDescription, ctx);
  revalidatePath("/policies", "layout");
  return { id: request.id, status: request.status };
});

export const decidePolicyRequestAction = action({ schema: decidePolicyRequestSchema, permission: "policy-requests.decide" }, async (input, ctx) => {
  const result = await decidePolicyRequest(input.requestId, input.decision, input.comment, ctx);
  revalidatePath("/admin/policy-requests", "layout");
  return result;
});
