import type { Metadata } from "next";
import { DataTable, type Column } from "@/components/data-table/data-table";
import { withParams, type SearchParams } from "@/components/data-table/query-string";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { auditEntityTypes, listAuditEvents, type AuditRow } from "@/lib/audit/queries";
import { AUDIT_SORTS, auditFiltersFrom } from "@/lib/audit/schemas";
import { canonicalJson } from "@/lib/audit/service";
import { getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { AuditFiltersForm } from "./audit-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.title") };
}

function json(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(JSON.parse(canonicalJson(value)), null, 2);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("audit.read");
  const params = await searchParams;
  const t = await getT();
  const page = uiPageRequest(params, AUDIT_SORTS, "id");
  const filters = auditFiltersFrom(params);
  const [result, entityTypes] = await Promise.all([listAuditEvents(filters, page), auditEntityTypes()]);
  const exportQuery = withParams("/admin/audit/export", Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as SearchParams, {});

  const columns: Column<AuditRow>[] = [
    { key: "id", label: t("audit.columns.id"), render: (row) => row.id.toString() },
    // ISO time in UTC: unambiguous in every language, and what an investigator compares with other logs.
    { key: "at", label: t("audit.columns.at"), render: (row) => <time dateTime={row.at.toISOString()}>{row.at.toISOString().replace("T", " ").slice(0, 19)}</time> },
    { key: "actorLabel", label: t("audit.columns.actor"), render: (row) => row.actorLabel },
    { key: "action", label: t("audit.columns.action"), render: (row) => <code className="text-xs">{row.action}</code> },
    { key: "entityType", label: t("audit.columns.entityType"), render: (row) => row.entityType },
    { key: "entityId", label: t("audit.columns.entityId"), render: (row) => <span className="break-all">{row.entityId}</span> },
    { key: "partnerId", label: t("audit.columns.partner"), render: (row) => row.partnerId ?? "—" },
    { key: "ip", label: t("audit.columns.ip"), sortable: false, render: (row) => row.ip ?? "—" },
    {
      key: "change",
      label: t("audit.columns.change"),
      sortable: false,
      render: (row) =>
        row.before === null && row.after === null ? (
          t("audit.noChange")
        ) : (
          <details>
            <summary className="cursor-pointer text-brand-700 underline">
              {t("audit.showChange")}
              <span className="sr-only"> {row.id.toString()}</span>
            </summary>
            <div className="mt-2 grid max-w-xl gap-2 whitespace-normal">
              {row.before !== null && (
                <div>
                  <p className="text-xs font-semibold text-slate-600">{t("audit.before")}</p>
                  <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs">{json(row.before)}</pre>
                </div>
              )}
              {row.after !== null && (
                <div>
                  <p className="text-xs font-semibold text-slate-600">{t("audit.after")}</p>
                  <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs">{json(row.after)}</pre>
                </div>
              )}
            </div>
          </details>
        ),
    },
  ];

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          <a href={exportQuery} className={buttonClass("secondary")} download data-testid="audit-export">
            {t("audit.exportCsv")}
          </a>
        }
      />
      <p className="text-sm text-slate-600">{t("audit.exportHint")}</p>
      <AuditFiltersForm filters={filters} entityTypes={entityTypes} page={page} t={t} />
      <DataTable
        caption={t("audit.title")}
        basePath="/admin/audit"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id.toString()}
        total={result.total}
        page={page}
        t={t}
        filters={[]}
      />
    </div>
  );
}
