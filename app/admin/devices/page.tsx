import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { listSbis, type SbiRow } from "@/lib/devices/queries";
import { APPROVAL_STATUSES, SBI_SORTS, sbiFiltersSchema } from "@/lib/devices/schemas";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { DeviceTabs } from "./_components/tabs";

export default async function AdminSbisPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("devices.approve");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, SBI_SORTS, "createdAt");
  const filters = sbiFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const result = await listSbis({ kind: "admin" }, filters, page);

  const columns: Column<SbiRow>[] = [
    { key: "providerId", label: t("devices.fields.partnerId"), render: (row) => row.providerId },
    { key: "organizationName", label: t("devices.fields.organizationName"), render: (row) => row.organizationName },
    {
      key: "version",
      label: t("devices.fields.version"),
      render: (row) => (
        <Link href={`/admin/devices/sbi/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.version}
        </Link>
      ),
    },
    { key: "status", label: t("devices.fields.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`devices.status.${row.status}`)}</Badge> },
    { key: "swCreatedAt", label: t("devices.fields.swCreatedAt"), render: (row) => formatDate(row.swCreatedAt, locale) },
    {
      key: "swExpiresAt",
      label: t("devices.fields.swExpiresAt"),
      render: (row) => (
        <span className="inline-flex items-center gap-1">
          {formatDate(row.swExpiresAt, locale)}
          {row.isExpired && <Badge tone="danger">{t("devices.sbi.expired")}</Badge>}
        </span>
      ),
    },
    { key: "devices", label: t("devices.fields.devices"), render: (row) => t("devices.sbi.counts", { total: row.devices.total, approved: row.devices.approved, pending: row.devices.pending }) },
    { key: "createdAt", label: t("devices.fields.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
  ];

  return (
    <div>
      <PageHeader title={t("devices.admin.title")} description={t("devices.admin.sbisDescription")} />
      <DeviceTabs current="sbis" t={t} />
      <DataTable
        caption={t("devices.admin.sbisTab")}
        basePath="/admin/devices"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "partnerId", label: t("devices.fields.partnerId"), type: "text" },
          { name: "organizationName", label: t("devices.fields.organizationName"), type: "text" },
          { name: "version", label: t("devices.fields.version"), type: "text" },
          { name: "status", label: t("devices.fields.status"), type: "select", options: APPROVAL_STATUSES.map((s) => ({ value: s, label: t(`devices.status.${s}`) })) },
          {
            name: "expiry",
            label: t("devices.fields.expiry"),
            type: "select",
            options: [
              { value: "valid", label: t("devices.sbi.valid") },
              { value: "expired", label: t("devices.sbi.expired") },
            ],
          },
        ]}
      />
    </div>
  );
}
