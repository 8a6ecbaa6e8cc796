// Retry timing for emails and webhooks: exponential backoff with jitter, and the attempt after which a row fails for good.

export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

/** About 4 hours of retries (30 s doubling to a 2 h cap) before an email is given up. */
export const EMAIL_RETRY: RetryPolicy = { baseMs: 30_000, capMs: 2 * 3600_000, maxAttempts: 10 };
/** About 14 hours of retries (30 s doubling to a 6 h cap) before a webhook delivery is given up; the admin can retry it by hand. */
export const WEBHOOK_RETRY: RetryPolicy = { baseMs: 30_000, capMs: 6 * 3600_000, maxAttempts: 12 };

/** The delay after failed attempt number `attempt` (1-based): base · 2^(attempt−1), capped, ±20 % so that retries spread out. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** When to try again after a failed attempt, or null when it was the last one. */
export function nextAttemptAt(attempt: number, policy: RetryPolicy, now: Date): Date | null {
  return attempt >= policy.maxAttempts ? null : new Date(now.getTime() + backoffDelayMs(attempt, policy));
}

/** Fanning an event out only touches the database; a failure there is retried soon and for long. */
export const EVENT_RETRY_FANOUT: RetryPolicy = { baseMs: 5_000, capMs: 10 * 60_000, maxAttempts: 50 };

/** How long a claimed row stays hidden from other workers while this one delivers it. */
export const CLAIM_LEASE_MS = 15 * 60_000;
