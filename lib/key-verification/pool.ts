// The verifier's own small pg pool: the hot path runs one prepared statement, without the ORM in between (ADR 004).
import pg from "pg";
import { env } from "@/lib/env";

const globalForPool = globalThis as unknown as { keyVerificationPool?: pg.Pool };

export function verificationPool(): pg.Pool {
  if (!globalForPool.keyVerificationPool) {
    const config = env();
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: config.VERIFY_DB_POOL_SIZE, idleTimeoutMillis: 30_000 });
    // An idle client that loses its connection must not crash the process; the next query gets a fresh one.
    pool.on("error", () => {});
    globalForPool.keyVerificationPool = pool;
  }
  return globalForPool.keyVerificationPool;
}

export async function closeVerificationPool(): Promise<void> {
  const pool = globalForPool.keyVerificationPool;
  globalForPool.keyVerificationPool = undefined;
  await pool?.end();
}
