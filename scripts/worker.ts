// The outbox worker as its own process (with WORKER_ENABLED=false in the app): npm run worker. Needs DATABASE_URL.
// Stops cleanly on SIGTERM/SIGINT: the pass in progress finishes, then the process exits.
import "dotenv/config";
import { db } from "../lib/db";
import { startWorker } from "../lib/worker/worker";

const worker = startWorker();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void worker
      .stop()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  });
}
