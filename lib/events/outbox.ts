// Outbound events and emails are rows written in the transaction of the change; a worker delivers them after commit.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { EventTopic } from "@/lib/events/topics";

/** Event names follow MOSIP's WebSub topics where one exists (SPEC 6); the list is in lib/events/topics.ts. */
export type { EventTopic } from "@/lib/events/topics";

export async function publishEvent(tx: Tx, topic: EventTopic, payload: Record<string, unknown>): Promise<void> {
  const now = new Date();
  await tx.outboxMessage.create({
    // nextAttemptAt from the app's clock, like every later retry time, rather than the database's local time.
    data: { channel: "EVENT", topic, payload: { ...payload, publishedAt: now.toISOString() }, nextAttemptAt: now },
  });
}

export type OutboxChannel = "EMAIL" | "EVENT";

export interface ClaimedMessage {
  id: bigint;
  channel: string;
  topic: string;
  payload: unknown;
  /** Attempts including this one; the claim's token for completing or failing it. */
  attempts: number;
  createdAt: Date;
}

/**
 * Claims due PENDING rows of a channel for this worker: FOR UPDATE SKIP LOCKED keeps two workers (two app
 * instances) off the same rows, and moving nextAttemptAt to the end of a lease hides a claimed row from
 * the next polls. A worker that dies mid-delivery leaves the row to be claimed again once the lease ends.
 */
export async function claimOutboxMessages(channel: OutboxChannel, limit: number, now: Date, leaseMs: number): Promise<ClaimedMessage[]> {
  const leaseEnd = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE "OutboxMessage" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseEnd}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "channel" = ${channel} AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "channel", "topic", "payload", "attempts", "createdAt"`;
}

/** Marks a claimed row delivered; false when the claim was lost (its lease ended and another worker took it). */
export async function completeOutboxMessage(message: ClaimedMessage, now: Date, tx: Tx | typeof db = db): Promise<boolean> {
  const updated = await tx.outboxMessage.updateMany({
    where: { id: message.id, attempts: message.attempts, status: "PENDING" },
    data: { status: "SENT", sentAt: now, lastError: null },
  });
  return updated.count === 1;
}

/** Records a failed attempt: retried at `retryAt`, or FAILED for good when `retryAt` is null. */
export async function failOutboxMessage(message: ClaimedMessage, error: string, retryAt: Date | null): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id: message.id, attempts: message.attempts, status: "PENDING" },
    data: retryAt ? { lastError: error.slice(0, 2000), nextAttemptAt: retryAt } : { lastError: error.slice(0, 2000), status: "FAILED" },
  });
}
