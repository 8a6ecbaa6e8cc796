// Once-a-day jobs shared by every app instance: a row per job records its last run and leases it to one instance at a time.
import "server-only";
import { db } from "@/lib/db";

const JOB_LEASE_MS = 30 * 60_000;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Claims today's run of a daily job: true for exactly one caller per UTC day (until that run finishes or its
 * lease ends, after which a failed run is claimed again). The conditional update is the lock: a second
 * instance re-reads the row after the first commits and finds it leased.
 */
export async function claimDailyRun(name: string, now: Date): Promise<boolean> {
  await db.scheduledJob.createMany({ data: [{ name }], skipDuplicates: true });
  const claimed = await db.scheduledJob.updateMany({
    where: {
      name,
      AND: [{ OR: [{ lastRunAt: null }, { lastRunAt: { lt: startOfUtcDay(now) } }] }, { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] }],
    },
    data: { lockedUntil: new Date(now.getTime() + JOB_LEASE_MS) },
  });
  return claimed.count === 1;
}

export async function finishDailyRun(name: string, now: Date): Promise<void> {
  await db.scheduledJob.update({ where: { name }, data: { lastRunAt: now, lockedUntil: null } });
}
