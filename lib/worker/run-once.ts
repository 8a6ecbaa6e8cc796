// One pass of the outbox worker: emails, event fan-out, webhook deliveries, and the daily job when it is due.
import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { deliverEmails, type DeliveryCounts } from "@/lib/mail/deliver";
import { mailerFromEnv, type Mailer } from "@/lib/mail/transport";
import { runDailyNotifications } from "@/lib/notifications/reminders";
import { deliverWebhooks, fanOutEvents, type FetchLike, type WebhookCounts } from "@/lib/webhooks/deliver";
import { claimDailyRun, finishDailyRun } from "@/lib/worker/scheduled-jobs";

export const DAILY_NOTIFICATIONS_JOB = "daily-notifications";

export interface RunOptions {
  mailer?: Mailer;
  fetch?: FetchLike;
  now?: Date;
  /** Run the daily job if it is due today (default true; tests of delivery turn it off). */
  scheduledJobs?: boolean;
  publicUrl?: string;
  webhookTimeoutMs?: number;
}

export interface RunSummary {
  emails: DeliveryCounts;
  eventsQueued: number;
  webhooks: WebhookCounts;
  daily: { reminders: number; summaries: number } | null;
}

/** Runs the daily job if no instance has run it today; a failure leaves it to be claimed again after its lease. */
export async function runDueJobs(now: Date): Promise<RunSummary["daily"]> {
  if (!(await claimDailyRun(DAILY_NOTIFICATIONS_JOB, now))) return null;
  const result = await runDailyNotifications(now);
  await finishDailyRun(DAILY_NOTIFICATIONS_JOB, now);
  log.info("daily notifications sent", result);
  return result;
}

export async function runOnce(options: RunOptions = {}): Promise<RunSummary> {
  const config = env();
  const now = options.now ?? new Date();
  const ownMailer = options.mailer ? null : mailerFromEnv();
  const mailer = options.mailer ?? ownMailer!;
  try {
    const emails = await deliverEmails(mailer, { now, publicUrl: options.publicUrl ?? config.PUBLIC_URL });
    const eventsQueued = await fanOutEvents({ now });
    const webhooks = await deliverWebhooks({ now, fetch: options.fetch, timeoutMs: options.webhookTimeoutMs ?? config.WEBHOOK_TIMEOUT_MS });
    const daily = options.scheduledJobs === false ? null : await runDueJobs(now);
    return { emails, eventsQueued, webhooks, daily };
  } finally {
    ownMailer?.close();
  }
}
