// The audit log as CSV, streamed in id order with the page's filters; for signed-in admins with audit.read.
import { auditEventsForExport } from "@/lib/audit/queries";
import { auditCsvHeader, auditCsvLine } from "@/lib/audit/csv";
import { auditFiltersFrom } from "@/lib/audit/schemas";
import { restRoute } from "@/lib/rest";

export const dynamic = "force-dynamic";

export const GET = restRoute({ auth: "user", permission: "audit.read" }, async ({ raw }) => {
  const filters = auditFiltersFrom(Object.fromEntries(new URL(raw.url).searchParams));
  const encoder = new TextEncoder();
  const batches = auditEventsForExport(filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark, so that spreadsheet programs read the UTF-8 (Arabic names, accents) correctly.
      controller.enqueue(encoder.encode(`\uFEFF${auditCsvHeader()}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(auditCsvLine).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
