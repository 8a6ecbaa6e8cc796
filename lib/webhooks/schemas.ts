// Input shapes for managing webhook subscriptions and retrying deliveries (shared by the form and the server).
import { z } from "zod";
import { EVENT_TOPICS } from "@/lib/events/topics";
import { m } from "@/lib/i18n/field-message";
import { OUTBOX_STATUSES } from "@/lib/webhooks/statuses";

/** http(s) only, and no credentials in the URL (they would show in the admin list and in logs). */
export function isWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const webhookSubscriptionSchema = z.object({
  name: z.string().trim().min(1, m("validation.required")).max(128, m("validation.tooLong", { max: 128 })),
  url: z.string().trim().min(1, m("validation.required")).max(2048, m("validation.tooLong", { max: 2048 })).refine(isWebhookUrl, m("validation.webhookUrl")),
  events: z.array(z.enum(EVENT_TOPICS, m("validation.webhookEvents"))).min(1, m("validation.webhookEvents")),
  secret: z
    .string()
    .trim()
    .refine((v) => v === "" || (v.length >= 32 && v.length <= 256), m("validation.webhookSecret"))
    .optional(),
});
export type WebhookSubscriptionInput = z.infer<typeof webhookSubscriptionSchema>;

export const webhookIdSchema = z.object({ id: z.uuid() });
export const webhookActiveSchema = z.object({ id: z.uuid(), isActive: z.boolean() });
export const deliveryIdSchema = z.object({ id: z.string().regex(/^\d{1,18}$/) });

export const DELIVERY_SORTS = ["createdAt", "status", "topic", "attempts", "nextAttemptAt", "deliveredAt"] as const;
export type DeliverySort = (typeof DELIVERY_SORTS)[number];

export const deliveryFiltersSchema = z.object({
  subscription: z.uuid().optional().catch(undefined),
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  topic: z.enum(EVENT_TOPICS).optional().catch(undefined),
});
export type DeliveryFilters = z.infer<typeof deliveryFiltersSchema>;
