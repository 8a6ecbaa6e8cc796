// npm run audit:verify — recomputes the audit log's hash chain; exits 1 and names the first broken row if it was altered.
import "dotenv/config";
import { db } from "../lib/db";
import { describeChainReport, verifyAuditChain } from "../lib/audit/verify";

async function main(): Promise<number> {
  const report = await verifyAuditChain();
  const line = describeChainReport(report);
  if (report.firstBreak) {
    console.error(line);
    return 1;
  }
  console.log(line);
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`);
    await db.$disconnect().catch(() => {});
    process.exit(2);
  });
