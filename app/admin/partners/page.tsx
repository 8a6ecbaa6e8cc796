import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { PARTNER_TYPES } from "@/lib/partners/partner-types";
import { listPartners, type PartnerRow } from "@/lib/partners/queries";
import { PARTNER_SORTS, partnerFiltersSchema } from "@/lib/partners/schemas";

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("partners.read");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, PARTNER_SORTS, "createdAt");
  const filters = partnerFiltersSchema.parse(
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])),
  );
  const result = await listPartners(filters, page);

  const columns: Column<PartnerRow>[] = [
    {
      key: "id",
      label: t("partners.columns.id"),
      render: (row) => (
        <Link href={`/admin/partners/${encodeURIComponent(row.id)}`} className="font-semibold text-brand-700 underline">
          {row.id}
        </Link>
      ),
    },
    { key: "typeCode", label: t("partners.columns.type"), render: (row) => t(`roles.${row.typeCode}`) },
    { key: "organizationName", label: t("partners.columns.organizationName"), render: (row) => row.organizationName },
    { key: "email", label: t("partners.columns.email"), render: (row) => row.email },
    { key: "policyGroup", label: t("partners.columns.policyGroup"), render: (row) => row.policyGroupName ?? "—" },
    {
      key: "hasCertificate",
      label: t("partners.columns.hasCertificate"),
      render: (row) => (row.hasCertificate ? t("partners.certificateUploaded") : t("partners.certificateMissing")),
    },
    { key: "status", label: t("partners.columns.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`partnerStatus.${row.status}`)}</Badge> },
    { key: "createdAt", label: t("partners.columns.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
  ];

  return (
    <div>
      <PageHeader title={t("partners.title")} />
      <DataTable
        caption={t("partners.title")}
        basePath="/admin/partners"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "id", label: t("partners.columns.id"), type: "text" },
          { name: "type", label: t("partners.columns.type"), type: "select", options: PARTNER_TYPES.map((p) => ({ value: p.code, label: t(`roles.${p.code}`) })) },
          { name: "organizationName", label: t("partners.columns.organizationName"), type: "text" },
          { name: "email", label: t("partners.columns.email"), type: "text" },
          {
            name: "status",
            label: t("partners.columns.status"),
            type: "select",
            options: ["PENDING_CERTIFICATE", "ACTIVE", "DEACTIVATED"].map((s) => ({ value: s, label: t(`partnerStatus.${s}`) })),
          },
          { name: "policyGroup", label: t("partners.columns.policyGroup"), type: "text" },
          {
            name: "certificate",
            label: t("partners.columns.hasCertificate"),
            type: "select",
            options: [
              { value: "uploaded", label: t("partners.certificateUploaded") },
              { value: "not_uploaded", label: t("partners.certificateMissing") },
            ],
          },
        ]}
      />
    </div>
  );
}
