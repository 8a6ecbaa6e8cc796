// npm run bench: seeds its own throwaway database (100,000 partners, 1,000,000 API keys) on the machine's PostgreSQL,
// times the admin key list over it (every filter × sort, first and deepest page, with EXPLAIN plans), then load-tests key
// verification on three servers in turn with autocannon: a bare node:http + pg baseline running the same statement, the
// lean verification server (server/), and the built portal (next start), reporting req/s, p50, p99, ratios and the
// portal's peak and end RSS. Runs scripts/bench/pki.ts too when it exists. Run it alone: flock /tmp/heavy.lock npm run bench
// Knobs: BENCH_PARTNERS, BENCH_KEYS, BENCH_SECONDS (per measured run, default 10), BENCH_CONNECTIONS (64), BENCH_KEEP_DB=1,
// BENCH_PARTS=list|verify, BENCH_BUILD=1 (rebuild), BENCH_NODE_FLAGS, BENCH_PORTAL_NODE_OPTIONS, BENCH_SKIP_PORTAL=1,
// BENCH_PARTNER_TRGM=1 (what-if: a trigram index on Partner.organizationName before timing the lists).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase, dropScratchDatabase, migrate, ROOT } from "../lib/database";
import { explainAdminList, LIST_FILTERS, timeAdminList, type ListTiming } from "./admin-list";
import { driveVerify, type LoadResult } from "./load";
import { sampleRss, startProcess, stopProcess, type Started } from "./processes";
import { seedBenchDatabase, type Triple } from "./seed";

const SERVER_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 100_000);
const KEYS = Number(process.env.BENCH_KEYS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const OUT = path.join(ROOT, "test-results");
const MB = 1024 * 1024;
/** For trying the harness quickly without a production build. */
const SKIP_PORTAL = process.env.BENCH_SKIP_PORTAL === "1";
/** BENCH_PARTS=list or verify runs one half (default: both). */
const PARTS = new Set((process.env.BENCH_PARTS ?? "list,verify").split(","));

const log = (line: string) => console.log(line);
const load = () => loadavg()[0]!.toFixed(2);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function verifyOnce(base: string, token: string, triple: Triple): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/v1/partnermanager/keys/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ request: triple }),
  });
  return { status: response.status, text: await response.text() };
}

async function waitUntilVerifying(base: string, token: string, triple: Triple, started: Started): Promise<void> {
  const deadline = Date.now() + 90_000;
  let last = "";
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`${started.name} exited:\n${started.output()}`);
    const answer = await verifyOnce(base, token, triple).catch((error: unknown) => ({ status: 0, text: String(error) }));
    if (answer.status === 200 && answer.text.includes('"valid":true')) return;
    last = `${answer.status} ${answer.text.slice(0, 300)}`;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${started.name} never verified a sample triple (last answer: ${last})\n${started.output()}`);
}

interface TargetResult extends LoadResult {
  name: string;
  loadBefore: string;
  loadAfter: string;
  rss?: { peakBytes: number; endBytes: number };
}

async function measureTarget(
  name: string,
  start: (port: number) => Started,
  token: string,
  triples: Triple[],
  trackRss: boolean,
): Promise<TargetResult> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = start(port);
  try {
    await waitUntilVerifying(base, token, triples[0]!, started);
    const rss = trackRss && started.child.pid ? sampleRss(started.child.pid) : null;
    await driveVerify(base, token, triples, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    const loadBefore = load();
    const result = await driveVerify(base, token, triples, { connections: CONNECTIONS, seconds: SECONDS });
    const memory = rss?.stop();
    log(`  ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (${result.total} requests, non-2xx ${result.non2xx}, not valid ${result.notValid}, errors ${result.errors})`);
    return { name, ...result, loadBefore, loadAfter: load(), rss: memory ?? undefined };
  } finally {
    await stopProcess(started);
  }
}

function ensureBuild(env: NodeJS.ProcessEnv) {
  const route = path.join(ROOT, ".next/server/app/v1/partnermanager/keys/verify/route.js");
  if (existsSync(path.join(ROOT, ".next/BUILD_ID")) && existsSync(route) && process.env.BENCH_BUILD !== "1") {
    log("Using the existing production build (.next); BENCH_BUILD=1 rebuilds it.");
    return;
  }
  log("Building the portal (next build)…");
  const started = performance.now();
  // The test runner type-checks the project on its own; a benchmark must not stop on a type error elsewhere.
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: "production", PORTAL_TYPECHECKED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function runPkiBench(env: NodeJS.ProcessEnv): string | null {
  const script = path.join(ROOT, "scripts/bench/pki.ts");
  if (!existsSync(script)) return null;
  log("\nCertificate upload benchmark (scripts/bench/pki.ts)…");
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 });
  const output = `${result.stdout ?? ""}${result.status === 0 ? "" : `\n(exit ${result.status}) ${result.stderr ?? ""}`}`.trim();
  log(output);
  return output;
}

function listSummary(timings: ListTiming[]) {
  const worst = [...timings].sort((a, b) => b.ms - a.ms);
  const byFilter = Object.keys(LIST_FILTERS).map((filter) => {
    const rows = timings.filter((t) => t.filter === filter);
    const max = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
    return { filter, matches: rows[0]!.capped ? `>${rows[0]!.total}` : String(rows[0]!.total), max: max.ms, at: `${max.sort} ${max.dir} page ${max.page}` };
  });
  return { worst, byFilter };
}

async function listPart(url: string, secrets: Record<string, string>) {
  // The app's own query function; this process plays the portal's server side.
  Object.assign(process.env, secrets, { DATABASE_URL: url });
  const { listApiKeys } = await import("../../lib/api-keys/queries");
  const { db } = await import("../../lib/db");
  log(`\nAdmin API key list: ${Object.keys(LIST_FILTERS).length} filters × every sort and direction × first and deepest page (median of 3)…`);
  const timings = await timeAdminList(listApiKeys);
  await db.$disconnect();
  const summary = listSummary(timings);
  const plans: string[] = [];
  for (const t of summary.worst.slice(0, 5)) plans.push(`### ${t.filter} · sort ${t.sort} ${t.dir} · page ${t.page} · ${t.ms.toFixed(1)} ms\n${await explainAdminList(url, LIST_FILTERS[t.filter]!, t.sort, t.dir, t.page)}`);
  const allPlans: string[] = [];
  for (const [filter, filters] of Object.entries(LIST_FILTERS)) {
    for (const sort of ["createdAt", "label", "organizationName"] as const) allPlans.push(`### ${filter} · sort ${sort} desc · page 0\n${await explainAdminList(url, filters, sort, "desc", 0)}`);
  }
  writeFileSync(path.join(OUT, "bench-explain.txt"), [...plans, ...allPlans].join("\n\n"));
  return { timings, summary, plans };
}

async function verifyPart(env: NodeJS.ProcessEnv, token: string, triples: Triple[]) {
  log(`\nKey verification, ${CONNECTIONS} connections, ${SECONDS} s per server after ${WARMUP_SECONDS} s of warm-up:`);
  if (!SKIP_PORTAL) ensureBuild(env);
  const node = process.execPath;
  const tsx = ["--conditions=react-server", "--import", "tsx"];
  // The same Node flags for both bare servers: a 32 MB young generation, as `npm run verify-server` runs the lean one
  // (fewer scavenges under load). BENCH_NODE_FLAGS overrides.
  const flags = (process.env.BENCH_NODE_FLAGS ?? "--max-semi-space-size=32").split(" ").filter(Boolean);
  const startBaseline = (port: number) => startProcess("baseline", node, [...flags, "--import", "tsx", path.join(ROOT, "scripts/bench/baseline-server.ts"), String(port)], env, ROOT);
  const startLean = (port: number) => startProcess("lean server", node, [...flags, ...tsx, path.join(ROOT, "server/verify-server.ts"), String(port)], env, ROOT);
  // Baseline and lean server run twice, around the portal, and each keeps its better round: on a machine shared with
  // other work a load spike in one round should not decide the ratio.
  const rounds: { baseline: TargetResult[]; lean: TargetResult[] } = { baseline: [], lean: [] };
  rounds.baseline.push(await measureTarget("baseline (node:http + pg)", startBaseline, token, triples, false));
  rounds.lean.push(await measureTarget("lean verification server", startLean, token, triples, true));
  const portal = SKIP_PORTAL
    ? null
    : await measureTarget(
        "portal (next start)",
        // As `npm start` runs it; BENCH_PORTAL_NODE_OPTIONS tries runtime flags (say, a heap cap) without changing that.
        (port) =>
          startProcess(
            "portal",
            node,
            [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
            { ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...(process.env.BENCH_PORTAL_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_PORTAL_NODE_OPTIONS } : {}) },
            ROOT,
          ),
        token,
        triples,
        true,
      );
  rounds.baseline.push(await measureTarget("baseline (node:http + pg)", startBaseline, token, triples, false));
  rounds.lean.push(await measureTarget("lean verification server", startLean, token, triples, true));
  const best = (results: TargetResult[]) => results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  const baseline = best(rounds.baseline);
  const lean = best(rounds.lean);
  return { baseline, lean, portal, rounds };
}

async function main() {
  const startedAt = performance.now();
  mkdirSync(OUT, { recursive: true });
  const name = `portal_bench_${Date.now()}_${process.pid}`;
  log(`Benchmark database ${name} on ${SERVER_URL.replace(/\/\/[^@]*@/, "//…@")}; load average ${load()}`);
  const url = await createScratchDatabase(SERVER_URL, name);
  const secrets = {
    AUTH_SECRET: randomBytes(48).toString("base64"),
    MASTER_KEY: randomBytes(32).toString("base64"),
    KEY_HASH_SECRET: randomBytes(48).toString("base64"),
  };
  const env: NodeJS.ProcessEnv = { ...process.env, ...secrets, DATABASE_URL: url, NODE_ENV: "production", LOG_LEVEL: "warn" };
  const report: Record<string, unknown> = { connections: CONNECTIONS, seconds: SECONDS, partners: PARTNERS, keys: KEYS };
  try {
    migrate(url);
    log(`Seeding ${PARTNERS.toLocaleString("en")} partners and ${KEYS.toLocaleString("en")} API keys…`);
    const seeded = await seedBenchDatabase(url, { partners: PARTNERS, keys: KEYS, sampleKeys: 1000, sampleMisps: 50, keyHashSecret: secrets.KEY_HASH_SECRET, log });
    log(`  seeded in ${seeded.seconds.toFixed(0)} s: ${Object.entries(seeded.counts).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}`);
    report.seed = { seconds: seeded.seconds, counts: seeded.counts };

    if (process.env.BENCH_PARTNER_TRGM === "1") {
      // What-if, not part of the migrations: the trigram index the organisation filter would use on the Partner table.
      log(`\nWhat-if: CREATE INDEX ON "Partner" USING gin ("organizationName" gin_trgm_ops) (BENCH_PARTNER_TRGM=1)`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE INDEX "Partner_organizationName_trgm_whatif" ON "Partner" USING gin ("organizationName" gin_trgm_ops); ANALYZE "Partner"`);
      await client.end();
      report.whatIf = "Partner.organizationName trigram index";
    }
    const list = PARTS.has("list") ? await listPart(url, secrets) : null;
    if (list) report.adminList = { combinations: list.timings.length, over50ms: list.timings.filter((t) => t.ms > 50).length, maxMs: list.summary.worst[0]?.ms, byFilter: list.summary.byFilter, timings: list.timings };
    const verify = PARTS.has("verify") ? await verifyPart(env, seeded.clientToken, seeded.triples) : null;
    if (verify) report.verify = verify;
    if (PARTS.has("verify")) report.pki = runPkiBench(env);

    log(`\n=== Summary (${((performance.now() - startedAt) / 1000).toFixed(0)} s) ===`);
    if (verify) {
      const { baseline } = verify;
      const ratio = (r: TargetResult) => r.requestsPerSecond / baseline.requestsPerSecond;
      const line = (r: TargetResult) =>
        `  ${r.name.padEnd(28)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  ${(100 * ratio(r)).toFixed(0).padStart(4)}% of baseline` +
        (r.rss ? `  RSS peak ${(r.rss.peakBytes / MB).toFixed(0)} MB, end ${(r.rss.endBytes / MB).toFixed(0)} MB` : "") +
        `  (load ${r.loadBefore}→${r.loadAfter})`;
      log(`Key verification (targets: ≥ 70% of baseline throughput, p99 < 20 ms; portal RSS < 512 MB); baseline and lean: better of 2 rounds:`);
      const measured = [baseline, verify.lean, ...(verify.portal ? [verify.portal] : [])];
      for (const r of measured) log(line(r));
      for (const r of measured.slice(1)) log(`  ${r.name}: ${ratio(r) >= 0.7 && r.p99 < 20 ? "MEETS" : "MISSES"} the target`);
    }
    if (list) {
      const { timings, summary, plans } = list;
      log(`Admin key list over ${KEYS.toLocaleString("en")} keys (target < 50 ms): ${timings.length} combinations, worst ${summary.worst[0]?.ms.toFixed(1)} ms, ${timings.filter((t) => t.ms > 50).length} over 50 ms`);
      for (const f of summary.byFilter) log(`  ${f.filter.padEnd(38)} matches ${f.matches.padStart(7)}  worst ${f.max.toFixed(1).padStart(6)} ms  (${f.at})`);
      log(`\nEXPLAIN plans of the five slowest list pages (all plans: test-results/bench-explain.txt):\n`);
      log(plans.join("\n\n"));
    }
    writeFileSync(path.join(OUT, "bench.json"), JSON.stringify(report, null, 2));
    log(`\nFull figures: test-results/bench.json`);
  } finally {
    if (process.env.BENCH_KEEP_DB === "1") log(`Kept database ${url}`);
    else await dropScratchDatabase(SERVER_URL, name).catch((error: unknown) => log(`could not drop ${name}: ${String(error)}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
