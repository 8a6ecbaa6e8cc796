import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { listChips, type ChipRow } from "@/lib/ftm/queries";
import { CHIP_SORTS, CHIP_STATUSES, chipFiltersSchema } from "@/lib/ftm/schemas";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";

export default async function AdminChipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("ftm.approve");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, CHIP_SORTS, "createdAt");
  const filters = chipFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const result = await listChips({ kind: "admin" }, filters, page);

  const columns: Column<ChipRow>[] = [
    { key: "providerId", label: t("devices.fields.partnerId"), render: (row) => row.providerId },
    { key: "organizationName", label: t("devices.fields.organizationName"), render: (row) => row.organizationName },
    {
      key: "make",
      label: t("ftm.fields.make"),
      render: (row) => (
        <Link href={`/admin/ftm/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.make}
        </Link>
      ),
    },
    { key: "model", label: t("ftm.fields.model"), render: (row) => row.model },
    { key: "status", label: t("ftm.fields.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`devices.status.${row.status}`)}</Badge> },
    {
      key: "certNotAfter",
      label: t("ftm.fields.certNotAfter"),
      render: (row) =>
        !row.hasCertificate ? (
          t("ftm.certificate.missing")
        ) : (
          <span className="inline-flex items-center gap-1">
            {formatDate(row.certNotAfter, locale)}
            {row.isCertificateExpired && <Badge tone="danger">{t("ftm.certificate.expired")}</Badge>}
          </span>
        ),
    },
    { key: "certificateUploadedAt", label: t("ftm.fields.certificateUploadedAt"), render: (row) => formatDate(row.certificateUploadedAt, locale) },
    { key: "createdAt", label: t("ftm.fields.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
  ];

  return (
    <div>
      <PageHeader title={t("ftm.admin.title")} description={t("ftm.admin.description")} />
      <DataTable
        caption={t("ftm.admin.title")}
        basePath="/admin/ftm"
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
          { name: "make", label: t("ftm.fields.make"), type: "text" },
          { name: "model", label: t("ftm.fields.model"), type: "text" },
          { name: "status", label: t("ftm.fields.status"), type: "select", options: CHIP_STATUSES.map((s) => ({ value: s, label: t(`devices.status.${s}`) })) },
          {
            name: "certificate",
            label: t("ftm.fields.certificate"),
            type: "select",
            options: [
              { value: "uploaded", label: t("ftm.certificate.uploaded") },
              { value: "missing", label: t("ftm.certificate.missing") },
              { value: "expired", label: t("ftm.certificate.expired") },
            ],
          },
        ]}
      />
    </div>
  );
}
