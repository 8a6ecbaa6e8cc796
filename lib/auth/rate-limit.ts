// Fixed-window failure counters in Postgres, so every app instance sees the same limits.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

/** When the key is blocked now, the moment it unblocks; otherwise null. */
export async function blockedUntil(key: string, now = new Date()): Promise<Date | null> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/**
 * Counts one event against `key`. Once `limit` events fall inside the window, the key is blocked until the
 * window ends. One statement, so two instances counting at once cannot both slip under the limit.
 */
export async function countEvent(key: string, limit: number, windowMinutes: number, client: Tx | typeof db = db): Promise<Date | null> {
  const rows = await client.$queryRaw<{ blockedUntil: Date | null }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "blockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${windowMinutes}) END)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE "RateLimit"."windowStart" END,
      "blockedUntil" = CASE
        WHEN "RateLimit"."windowStart" < now() - make_interval(mins => ${windowMinutes}) THEN
          CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${windowMinutes}) END
        WHEN "RateLimit"."count" + 1 >= ${limit} THEN now() + make_interval(mins => ${windowMinutes})
        ELSE "RateLimit"."blockedUntil"
      END
    RETURNING "blockedUntil"`;
  return rows[0]?.blockedUntil ?? null;
}

export async function resetLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
