// Delivers the EMAIL rows of the outbox: renders each in its recipient's language and hands it to the mailer.
import "server-only";
import { z } from "zod";
import { claimOutboxMessages, completeOutboxMessage, failOutboxMessage } from "@/lib/events/outbox";
import { log } from "@/lib/log";
import { renderEmail } from "@/lib/mail/render";
import type { Mailer } from "@/lib/mail/transport";
import { CLAIM_LEASE_MS, EMAIL_RETRY, nextAttemptAt } from "@/lib/worker/backoff";

const emailPayloadSchema = z.object({
  to: z.email(),
  locale: z.string(),
  type: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
});

export interface DeliveryCounts {
  sent: number;
  retrying: number;
  failed: number;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One batch of due emails; a batch small enough to finish well inside the claim's lease. */
export async function deliverEmails(mailer: Mailer, options: { now: Date; publicUrl: string; batchSize?: number }): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0 };
  const claimed = await claimOutboxMessages("EMAIL", options.batchSize ?? 10, options.now, CLAIM_LEASE_MS);
  for (const message of claimed) {
    const payload = emailPayloadSchema.safeParse(message.payload);
    if (!payload.success) {
      // A malformed row will never succeed: fail it at once rather than retry it for hours.
      await failOutboxMessage(message, `Invalid email payload: ${z.prettifyError(payload.error)}`, null);
      counts.failed++;
      continue;
    }
    const { to, locale, type, params } = payload.data;
    try {
      const email = renderEmail(type, locale, params, options.publicUrl);
      const { messageId } = await mailer.send({ to, subject: email.subject, text: email.text, html: email.html, locale: email.locale, type });
      if (!(await completeOutboxMessage(message, options.now))) log.warn("email sent after its claim lapsed", { outboxId: String(message.id) });
      log.debug("email sent", { outboxId: String(message.id), type, locale: email.locale, messageId, via: mailer.kind });
      counts.sent++;
    } catch (error) {
      const retryAt = nextAttemptAt(message.attempts, EMAIL_RETRY, options.now);
      await failOutboxMessage(message, errorText(error), retryAt);
      if (retryAt) counts.retrying++;
      else counts.failed++;
      log.warn("email delivery failed", { outboxId: String(message.id), attempt: message.attempts, retryAt: retryAt?.toISOString() ?? null, error: errorText(error) });
    }
  }
  return counts;
}
