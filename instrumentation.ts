// Next.js startup hook: starts the outbox worker (emails, webhooks, daily reminders) with the app's Node.js server.
// Not in the Edge runtime, not while `next build` prerenders, and not when WORKER_ENABLED=false (then `npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (!env().WORKER_ENABLED) return;
  const { startWorkerWithSignals } = await import("@/lib/worker/worker");
  startWorkerWithSignals();
}
