// Starts the lean verification server (server/verify-app.ts) on VERIFY_SERVER_PORT (default 3001), or the port given.
// Run: npm run verify-server [port]   — needs the portal's environment (DATABASE_URL, KEY_HASH_SECRET, ...).
import "dotenv/config";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { VERIFY_PATH } from "@/lib/key-verification/http";
import { closeVerificationPool, verificationPool } from "@/lib/key-verification/pool";
import { createVerifyServer } from "./verify-app";

async function main() {
  const config = env(); // stops here, naming the variable, when the environment is incomplete
  const port = Number(process.argv[2] ?? config.VERIFY_SERVER_PORT);
  await verificationPool().query("SELECT 1"); // fail fast when the database is unreachable
  const server = createVerifyServer();
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => log.info("verify server listening", { port, path: VERIFY_PATH }));
  const stop = () => {
    server.close(() => void closeVerificationPool().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
