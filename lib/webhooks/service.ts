// Every change to webhook subscriptions and deliveries (admin): create, pause/resume, new secret, delete, retry now.
import "server-only";
import { db } from "@/lib/db";
import { AppError, staleTransition } from "@/lib/errors";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { generateSecret, sealSecret } from "@/lib/webhooks/secret-box";
import type { WebhookSubscriptionInput } from "@/lib/webhooks/schemas";

const subscriptionNotFound = () => new AppError("not_found", "PMS_WEBHOOK_404", "This webhook subscription was not found.");
const deliveryNotFound = () => new AppError("not_found", "PMS_WEBHOOK_DELIVERY_404", "This delivery was not found.");

function actorUserId(actor: AuditActor): string | null {
  return actor.principal?.kind === "user" ? actor.principal.userId : null;
}

/** Creates a subscription; the secret (given, or generated) is returned this once and never shown again. */
export async function createWebhookSubscription(input: WebhookSubscriptionInput, actor: AuditActor): Promise<{ id: string; secret: string }> {
  const secret = input.secret ? input.secret : generateSecret();
  const events = [...new Set(input.events)];
  return db.$transaction(async (tx) => {
    const subscription = await tx.webhookSubscription.create({
      data: { name: input.name, url: input.url, events, secretSealed: sealSecret(secret), createdById: actorUserId(actor) },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "webhook.created",
      entityType: "WebhookSubscription",
      entityId: subscription.id,
      // Never the secret: the audit log is exported and read by people who must not sign events.
      after: { name: input.name, url: input.url, events, secretGenerated: !input.secret },
    });
    return { id: subscription.id, secret };
  });
}

/** Pauses (no new events are queued for it, pending ones are held) or resumes a subscription. */
export async function setWebhookSubscriptionActive(id: string, isActive: boolean, actor: AuditActor): Promise<{ id: string; isActive: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.webhookSubscription.findUnique({ where: { id }, select: { isActive: true, name: true } });
    if (!current) throw subscriptionNotFound();
    if (current.isActive === isActive) return { id, isActive };
    const updated = await tx.webhookSubscription.updateMany({ where: { id, isActive: current.isActive }, data: { isActive } });
    if (updated.count !== 1) throw staleTransition(`Webhook subscription ${current.name}`);
    await writeAudit(tx, actor, {
      action: isActive ? "webhook.resumed" : "webhook.paused",
      entityType: "WebhookSubscription",
      entityId: id,
      before: { isActive: current.isActive },
      after: { isActive },
    });
    return { id, isActive };
  });
}

/** Replaces the signing secret; the new one is returned this once. */
export async function rotateWebhookSecret(id: string, actor: AuditActor): Promise<{ id: string; secret: string }> {
  const secret = generateSecret();
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookSubscription.updateMany({ where: { id }, data: { secretSealed: sealSecret(secret) } });
    if (updated.count !== 1) throw subscriptionNotFound();
    await writeAudit(tx, actor, { action: "webhook.secret-rotated", entityType: "WebhookSubscription", entityId: id });
    return { id, secret };
  });
}

/** Deletes a subscription with its delivery log (the audit log keeps the record of it). */
export async function deleteWebhookSubscription(id: string, actor: AuditActor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const current = await tx.webhookSubscription.findUnique({ where: { id }, select: { name: true, url: true, events: true, isActive: true } });
    if (!current) throw subscriptionNotFound();
    const deliveries = await tx.webhookDelivery.count({ where: { subscriptionId: id } });
    await tx.webhookSubscription.delete({ where: { id } });
    await writeAudit(tx, actor, {
      action: "webhook.deleted",
      entityType: "WebhookSubscription",
      entityId: id,
      before: current,
      after: { deliveriesDeleted: deliveries },
    });
    return { id };
  });
}

/** Queues a failed (or waiting) delivery for one more attempt now; a delivered one is refused. */
export async function retryWebhookDelivery(id: string, actor: AuditActor): Promise<{ id: string }> {
  const deliveryId = BigInt(id);
  return db.$transaction(async (tx) => {
    const current = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true, attempts: true, subscriptionId: true } });
    if (!current) throw deliveryNotFound();
    if (current.status === "SENT") throw new AppError("conflict", "PMS_WEBHOOK_DELIVERY_SENT", "This delivery has already been delivered.");
    const updated = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, status: current.status, attempts: current.attempts },
      data: { status: "PENDING", nextAttemptAt: new Date() },
    });
    if (updated.count !== 1) throw staleTransition(`Delivery ${id}`);
    await writeAudit(tx, actor, {
      action: "webhook.delivery-retried",
      entityType: "WebhookDelivery",
      entityId: id,
      before: { status: current.status, attempts: current.attempts },
      after: { status: "PENDING", subscriptionId: current.subscriptionId },
    });
    return { id };
  });
}
