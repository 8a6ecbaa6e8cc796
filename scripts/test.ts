// The whole test suite: a fresh database (machine's PostgreSQL via DATABASE_URL, else embedded), vitest, build, Playwright.
// Prints "N passed, N failed" last, for CI, and exits non-zero on any failure.
import "dotenv/config";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createScratchDatabase, dropScratchDatabase, migrate, ROOT, startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.success || report.numFailedTests ? 0 : 1), skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (report.errors?.length ?? 0), skipped: report.stats.skipped };
}

async function main() {
  // `unit` or `e2e` runs one half; further arguments go to that runner (a file filter, say).
  const only = process.argv[2];
  const extra = only === "unit" || only === "e2e" ? process.argv.slice(3) : [];
  let server: DatabaseHandle;
  if (process.env.DATABASE_URL) server = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  else {
    console.log("No DATABASE_URL: the tests use the embedded PostgreSQL.");
    server = await startEmbeddedPostgres("postgres", "test");
  }
  const name = `portal_test_${Date.now()}_${process.pid}`;
  const url = await createScratchDatabase(server.url, name);
  migrate(url);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    TEST_RUN: "1",
    AUTH_SECRET: randomBytes(48).toString("base64"),
    MASTER_KEY: randomBytes(32).toString("base64"),
    KEY_HASH_SECRET: randomBytes(48).toString("base64"),
    DEMO_MODE: "true",
    PKI_TEST_DATA_DIR: process.env.PKI_TEST_DATA_DIR ?? path.resolve(ROOT, "../shared/data"),
  };
  mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  };

  try {
    if (only !== "e2e") {
      const vitestReport = path.join(ROOT, "test-results/vitest.json");
      await run(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`, ...extra], env);
      add(vitestCounts(vitestReport));
    }
    if (only !== "unit") {
      const typecheck = await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], env);
      add(typecheck === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
      console.log(typecheck === 0 ? "Type check passed." : "Type check FAILED (see above).");
      const seeded = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "prisma/seed.ts")], env);
      const built = seeded === 0 ? await run(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { ...env, NODE_ENV: "production", PORTAL_TYPECHECKED: "1" }) : 1;
      if (built !== 0) add({ passed: 0, failed: 1, skipped: 0 });
      else {
        const playwrightReport = path.join(ROOT, "test-results/playwright.json");
        await run(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...extra], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
        add(playwrightCounts(playwrightReport));
      }
    }
  } finally {
    await dropScratchDatabase(server.url, name).catch(() => {});
    await server.stop();
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
