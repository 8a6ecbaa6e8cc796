"use server";
// Server actions for webhook subscriptions: thin wrappers over lib/webhooks/service.ts, for admins with webhooks.manage.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { deliveryIdSchema, webhookActiveSchema, webhookIdSchema, webhookSubscriptionSchema } from "@/lib/webhooks/schemas";
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  retryWebhookDelivery,
  rotateWebhookSecret,
  setWebhookSubscriptionActive,
} from "@/lib/webhooks/service";

export const createWebhookSubscriptionAction = action({ schema: webhookSubscriptionSchema, permission: "webhooks.manage" }, async (input, ctx) => {
  const result = await createWebhookSubscription(input, ctx);
  revalidatePath("/admin/webhooks");
  return result;
});

export const setWebhookSubscriptionActiveAction = action({ schema: webhookActiveSchema, permission: "webhooks.manage" }, async ({ id, isActive }, ctx) => {
  const result = await setWebhookSubscriptionActive(id, isActive, ctx);
  revalidatePath("/admin/webhooks");
  return result;
});

export const rotateWebhookSecretAction = action({ schema: webhookIdSchema, permission: "webhooks.manage" }, async ({ id }, ctx) => {
  return rotateWebhookSecret(id, ctx);
});

export const deleteWebhookSubscriptionAction = action({ schema: webhookIdSchema, permission: "webhooks.manage" }, async ({ id }, ctx) => {
  const result = await deleteWebhookSubscription(id, ctx);
  revalidatePath("/admin/webhooks");
  return result;
});

export const retryWebhookDeliveryAction = action({ schema: deliveryIdSchema, permission: "webhooks.manage" }, async ({ id }, ctx) => {
  const result = await retryWebhookDelivery(id, ctx);
  revalidatePath("/admin/webhooks");
  return result;
});
