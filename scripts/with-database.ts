// Runs an operator script against DATABASE_URL, or against the embedded PostgreSQL when it is unset.
// Usage: tsx scripts/with-database.ts <script.ts> [args...]
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { demoSecrets, migrate, ROOT, startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";

async function main() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) throw new Error("Usage: tsx scripts/with-database.ts <script.ts> [args...]");
  let database: DatabaseHandle;
  if (process.env.DATABASE_URL) database = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  else {
    for (const [key, value] of Object.entries(demoSecrets())) process.env[key] ??= value;
    process.env.DEMO_MODE = "true";
    database = await startEmbeddedPostgres("portal");
  }
  process.env.DATABASE_URL = database.url;
  migrate(database.url);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.resolve(ROOT, script), ...args], { cwd: ROOT, env: process.env, stdio: "inherit" });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  await database.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
