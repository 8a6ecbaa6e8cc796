import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listMispLicenses, type MispLicenseRow } from "@/lib/misp/queries";
import { MISP_LICENSE_SORTS, MISP_STATUS_FILTERS, mispLicenseFiltersSchema } from "@/lib/misp/schemas";
import { uiPageRequest } from "@/lib/paging";
import { KeyStatusBadge } from "@/app/(partner)/api-keys/key-status-badge";
import { IssueMispForm } from "./issue-misp-form";
import { MispRowActions } from "./misp-row-actions";
import { ReissuedSecretProvider } from "./reissued-secret";

export default async function AdminMispPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("misp-keys.issue");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, MISP_LICENSE_SORTS, "createdAt");
  const filters = mispLicenseFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const result = await listMispLicenses(filters, page);

  const columns: Column<MispLicenseRow>[] = [
    {
      key: "partnerId",
      label: t("misp.columns.partnerId"),
      render: (row) => (
        <Link href={`/admin/partners/${encodeURIComponent(row.partnerId)}`} className="font-semibold text-brand-700 underline">
          {row.partnerId}
        </Link>
      ),
    },
    { key: "organizationName", label: t("misp.columns.organizationName"), render: (row) => row.organizationName },
    { key: "key", label: t("misp.columns.key"), sortable: false, render: (row) => <code className="font-mono text-xs">{`${row.prefix}…${row.lastFour}`}</code> },
    { key: "status", label: t("misp.columns.status"), render: (row) => <KeyStatusBadge status={row.displayStatus} label={t(`keyStatus.${row.displayStatus}`)} /> },
    { key: "createdAt", label: t("misp.columns.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
    { key: "expiresAt", label: t("misp.columns.expiresAt"), render: (row) => formatDate(row.expiresAt, locale) },
    {
      key: "actions",
      label: t("misp.columns.actions"),
      sortable: false,
      render: (row) => (row.status === "ACTIVE" && row.partnerStatus === "ACTIVE" ? <MispRowActions licenseId={row.id} partnerId={row.partnerId} /> : null),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("misp.adminTitle")} description={t("misp.adminIntro")} />
      <Card title={t("misp.issueTitle")}>
        <IssueMispForm />
      </Card>
      <ReissuedSecretProvider>
        <DataTable
          caption={t("misp.adminTitle")}
          basePath="/admin/misp"
          searchParams={params}
          columns={columns}
          rows={result.rows}
          rowKey={(row) => row.id}
          total={result.total}
          page={page}
          t={t}
          filters={[
            { name: "partnerId", label: t("misp.columns.partnerId"), type: "text" },
            { name: "organizationName", label: t("misp.columns.organizationName"), type: "text" },
            { name: "status", label: t("misp.columns.status"), type: "select", options: MISP_STATUS_FILTERS.map((s) => ({ value: s, label: t(`keyStatus.${s}`) })) },
          ]}
        />
      </ReissuedSecretProvider>
    </div>
  );
}
