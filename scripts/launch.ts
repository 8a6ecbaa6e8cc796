// Starts the portal: the given DATABASE_URL, or an embedded PostgreSQL with demo data; migrations first.
// Usage: tsx scripts/launch.ts start|dev
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { demoSecrets, isEmpty, migrate, ROOT, startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";

const mode = process.argv[2] === "dev" ? "dev" : "start";

async function main() {
  let database: DatabaseHandle;
  if (process.env.DATABASE_URL) {
    database = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    console.log("No DATABASE_URL: starting the embedded PostgreSQL (data in .data/pg) in demo mode.");
    for (const [key, value] of Object.entries(demoSecrets())) process.env[key] ??= value;
    process.env.DEMO_MODE = "true";
    database = await startEmbeddedPostgres("portal");
  }
  process.env.DATABASE_URL = database.url;

  migrate(database.url);
  if (database.embedded && (await isEmpty(database.url))) {
    console.log("Fresh database: loading the demo data.");
    const seeded = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "prisma/seed.ts")], {
      cwd: ROOT,
      env: process.env,
      stdio: "inherit",
    });
    const code = await new Promise<number>((resolve) => seeded.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("Seeding the demo data failed.");
  }
  if (database.embedded) {
    console.log(`\nDemo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(34)} ${account.description}`);
    console.log("");
  }

  const port = process.env.PORT ?? "3000";
  // next is started directly (not through npx) so that signals reach it.
  const next = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), mode, "-p", port], {
    cwd: ROOT,
    env: process.env,
    stdio: "inherit",
  });
  const shutdown = async (code: number) => {
    await database.stop().catch(() => {});
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      next.kill(signal);
    });
  }
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
