"use server";
// Server actions for service clients (admin): thin wrappers over lib/service-clients/service.ts.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createServiceClientSchema, serviceClientIdSchema } from "@/lib/service-clients/schemas";
import { createServiceClient, deactivateServiceClient } from "@/lib/service-clients/service";

/** The secret travels back once, in this answer. */
export const createServiceClientAction = action({ schema: createServiceClientSchema, permission: "service-clients.manage" }, async (input, ctx) => {
  const result = await createServiceClient(input, ctx);
  revalidatePath("/admin/service-clients");
  return { clientId: result.clientId, secret: result.secret, name: result.name };
});

export const deactivateServiceClientAction = action({ schema: serviceClientIdSchema, permission: "service-clients.manage" }, async ({ id }, ctx) => {
  const result = await deactivateServiceClient(id, ctx);
  revalidatePath("/admin/service-clients");
  return result;
});
