// Next.js startup hook: makes sure each domain has its portal issuing CA (SPEC 3: created at first start), then starts
// the outbox worker (emails, webhooks, daily reminders) with the app's Node.js server.
// Not in the Edge runtime, not while `next build` prerenders; the worker not when WORKER_ENABLED=false (then `npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  const config = env();
  const { ensurePortalCas } = await import("@/lib/portal-ca/service");
  const { log } = await import("@/lib/log");
  // Creation is safe when several instances start at once; a failure here must not keep the portal down.
  await ensurePortalCas().catch((error: unknown) => log.error("portal CA creation failed at start", { error: String(error) }));
  if (!config.WORKER_ENABLED) return;
  const { startWorkerWithSignals } = await import("@/lib/worker/worker");
  startWorkerWithSignals();
}
