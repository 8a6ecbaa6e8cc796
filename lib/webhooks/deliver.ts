// Delivers outbound events: fans each EVENT outbox row out to the subscriptions of its topic, then POSTs each
// delivery, signed, to its subscription's URL and to nothing else (redirects are not followed), with retries.
import "server-only";
import { db } from "@/lib/db";
import { claimOutboxMessages, completeOutboxMessage, failOutboxMessage, type ClaimedMessage } from "@/lib/events/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { openSecret } from "@/lib/webhooks/secret-box";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signature";
import { CLAIM_LEASE_MS, EVENT_RETRY_FANOUT, nextAttemptAt, WEBHOOK_RETRY } from "@/lib/worker/backoff";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Turns due EVENT rows into one delivery per active subscription of the topic; the unique (subscription, event) makes it idempotent. */
export async function fanOutEvents(options: { now: Date; batchSize?: number }): Promise<number> {
  const claimed = await claimOutboxMessages("EVENT", options.batchSize ?? 50, options.now, CLAIM_LEASE_MS);
  let queued = 0;
  for (const message of claimed) {
    try {
      queued += await db.$transaction(async (tx) => {
        const subscriptions = await tx.webhookSubscription.findMany({ where: { isActive: true, events: { has: message.topic } }, select: { id: true } });
        const created = await tx.webhookDelivery.createMany({
          data: subscriptions.map((s) => ({
            subscriptionId: s.id,
            eventId: message.id,
            topic: message.topic,
            payload: message.payload as Prisma.InputJsonValue,
            nextAttemptAt: options.now,
          })),
          skipDuplicates: true,
        });
        await completeOutboxMessage(message, options.now, tx);
        return created.count;
      });
    } catch (error) {
      await failOutboxMessage(message, error instanceof Error ? error.message : String(error), nextAttemptAt(message.attempts, EVENT_RETRY_FANOUT, options.now));
    }
  }
  return queued;
}

/** The JSON body of a delivery, shaped like MOSIP's WebSub event model; the same bytes on every attempt. */
export function deliveryBody(message: Pick<ClaimedMessage, "id" | "topic" | "payload" | "createdAt">): string {
  const data = (message.payload ?? {}) as Record<string, unknown>;
  const publishedOn = typeof data.publishedAt === "string" ? data.publishedAt : message.createdAt.toISOString();
  return JSON.stringify({
    id: `evt_${message.id}`,
    topic: message.topic,
    publisher: "partner-portal",
    publishedOn,
    event: { id: `evt_${message.id}`, type: message.topic, timestamp: publishedOn, data },
  });
}

interface ClaimedDelivery {
  id: bigint;
  subscriptionId: string;
  eventId: bigint;
  topic: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

/** Same claim as the outbox (FOR UPDATE SKIP LOCKED + lease), on the delivery table. */
async function claimDeliveries(limit: number, now: Date): Promise<ClaimedDelivery[]> {
  const leaseEnd = new Date(now.getTime() + CLAIM_LEASE_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseEnd}
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "subscriptionId", "eventId", "topic", "payload", "attempts", "createdAt"`;
}

/** At most `limit` bytes of the receiver's answer, for the log; the rest is not read. */
async function responseExcerpt(response: Response, limit = 300): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).toString("utf8").slice(0, limit).replace(/\s+/g, " ").trim();
}

type AttemptResult = { ok: true; status: number } | { ok: false; status: number | null; error: string; final?: boolean };

async function attempt(delivery: ClaimedDelivery, fetchImpl: FetchLike, timeoutMs: number, now: Date): Promise<AttemptResult> {
  const subscription = await db.webhookSubscription.findUnique({ where: { id: delivery.subscriptionId }, select: { url: true, isActive: true, secretSealed: true } });
  if (!subscription) return { ok: false, status: null, error: "The subscription no longer exists.", final: true };
  if (!subscription.isActive) return { ok: false, status: null, error: "The subscription is paused; retry the delivery after resuming it.", final: true };
  let secret: string;
  try {
    secret = openSecret(subscription.secretSealed);
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message : String(error), final: true };
  }
  const body = deliveryBody({ id: delivery.eventId, topic: delivery.topic, payload: delivery.payload, createdAt: delivery.createdAt });
  try {
    const response = await fetchImpl(subscription.url, {
      method: "POST",
      body,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "partner-portal-webhooks/1",
        [EVENT_HEADER]: delivery.topic,
        [DELIVERY_HEADER]: String(delivery.id),
        [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(now.getTime() / 1000)),
      },
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel().catch(() => {});
      return { ok: true, status: response.status };
    }
    const excerpt = await responseExcerpt(response);
    const redirect = response.status >= 300 && response.status < 400 ? " (redirects are not followed)" : "";
    return { ok: false, status: response.status, error: `HTTP ${response.status}${redirect}${excerpt ? `: ${excerpt}` : ""}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const text = error instanceof Error && error.name === "TimeoutError" ? `No answer within ${timeoutMs} ms` : `${error instanceof Error ? error.message : String(error)}${cause}`;
    return { ok: false, status: null, error: text };
  }
}

export interface WebhookCounts {
  delivered: number;
  retrying: number;
  failed: number;
}

/** One batch of due deliveries, sent in parallel (they go to different receivers, each with its own timeout). */
export async function deliverWebhooks(options: { now: Date; fetch?: FetchLike; timeoutMs: number; batchSize?: number }): Promise<WebhookCounts> {
  const fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
  const claimed = await claimDeliveries(options.batchSize ?? 10, options.now);
  const counts: WebhookCounts = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const result = await attempt(delivery, fetchImpl, options.timeoutMs, options.now);
      const mine = { id: delivery.id, attempts: delivery.attempts, status: "PENDING" as const };
      if (result.ok) {
        await db.webhookDelivery.updateMany({ where: mine, data: { status: "SENT", deliveredAt: new Date(), lastStatusCode: result.status, lastError: null } });
        counts.delivered++;
        return;
      }
      const retryAt = result.final ? null : nextAttemptAt(delivery.attempts, WEBHOOK_RETRY, options.now);
      await db.webhookDelivery.updateMany({
        where: mine,
        data: { lastStatusCode: result.status, lastError: result.error.slice(0, 2000), ...(retryAt ? { nextAttemptAt: retryAt } : { status: "FAILED" }) },
      });
      if (retryAt) counts.retrying++;
      else counts.failed++;
      log.warn("webhook delivery failed", { deliveryId: String(delivery.id), attempt: delivery.attempts, status: result.status, retryAt: retryAt?.toISOString() ?? null, error: result.error });
    }),
  );
  return counts;
}
