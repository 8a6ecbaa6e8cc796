// The outbox worker's loop: polls every WORKER_POLL_MS, one instance per process, stops cleanly on SIGTERM.
import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { mailerFromEnv } from "@/lib/mail/transport";
import { runDueJobs, runOnce } from "@/lib/worker/run-once";

export interface RunningWorker {
  /** Stops polling and waits for the pass in progress to finish. */
  stop(): Promise<void>;
}

// Checking the daily job costs a query; once a minute is plenty for a job that runs once a day.
const JOB_CHECK_MS = 60_000;

const globalForWorker = globalThis as unknown as { portalWorker?: RunningWorker };

export function startWorker(options: { pollMs?: number } = {}): RunningWorker {
  // One loop per process, even if the hook that starts it runs twice (development reloads).
  if (globalForWorker.portalWorker) return globalForWorker.portalWorker;
  const config = env();
  const pollMs = options.pollMs ?? config.WORKER_POLL_MS;
  const mailer = mailerFromEnv();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | null = null;
  let lastJobCheck = 0;

  const pass = async () => {
    try {
      const now = new Date();
      await runOnce({ mailer, now, scheduledJobs: false });
      if (now.getTime() - lastJobCheck >= JOB_CHECK_MS) {
        lastJobCheck = now.getTime();
        await runDueJobs(now);
      }
    } catch (error) {
      // A database hiccup must not kill the loop: log it and poll again.
      log.error("outbox worker pass failed", { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const tick = () => {
    if (stopping) return;
    current = pass().finally(() => {
      current = null;
      if (!stopping) timer = setTimeout(tick, pollMs);
    });
  };
  timer = setTimeout(tick, Math.min(pollMs, 1000));
  log.info("outbox worker started", { pollMs, mail: mailer.kind, mailTarget: mailer.target });
  if (mailer.kind === "file" && !config.DEMO_MODE) log.warn("SMTP_URL is not set: emails are written to files, not sent", { directory: mailer.target });

  const worker: RunningWorker = {
    async stop() {
      if (stopping) return;
      stopping = true;
      clearTimeout(timer);
      await current;
      mailer.close();
      globalForWorker.portalWorker = undefined;
      log.info("outbox worker stopped");
    },
  };
  globalForWorker.portalWorker = worker;
  return worker;
}

/**
 * Starts the worker and stops polling on SIGTERM/SIGINT, for the app's startup hook. Next.js exits on those signals
 * itself; when nothing else listens, the signal is raised again after the worker stopped, so the process still ends.
 * A delivery cut off by the exit is claimed again when its lease ends (at least once, never lost).
 */
export function startWorkerWithSignals(): RunningWorker {
  const worker = startWorker();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void worker.stop().finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
  return worker;
}
