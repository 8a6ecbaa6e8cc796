import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { listPortalCaCertificates, ensurePortalCas } from "@/lib/portal-ca/service";
import { listCaCertificates, type CaCertificateRow } from "@/lib/trust-store/queries";
import { CERT_DOMAIN_VALUES, TRUST_STORE_SORTS, trustStoreFiltersSchema } from "@/lib/trust-store/schemas";
import { CaUploadForm } from "./ca-upload-form";
import { PortalCaPanel } from "./portal-ca-panel";

export default async function TrustStorePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("trust-store.manage");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, TRUST_STORE_SORTS, "uploadedAt");
  const filters = trustStoreFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const now = new Date();
  await ensurePortalCas();
  const [result, portalCas] = await Promise.all([listCaCertificates(filters, page, now), listPortalCaCertificates({ includeExpired: false })]);

  const columns: Column<CaCertificateRow>[] = [
    {
      key: "issuedTo",
      label: t("certificates.trustStore.columns.issuedTo"),
      render: (row) => (
        <Link href={`/admin/trust-store/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.issuedTo}
        </Link>
      ),
    },
    { key: "issuedBy", label: t("certificates.trustStore.columns.issuedBy"), render: (row) => row.issuedBy },
    { key: "domain", label: t("certificates.trustStore.columns.domain"), render: (row) => row.domain },
    { key: "kind", label: t("certificates.trustStore.columns.kind"), render: (row) => t(`certificates.kinds.${row.kind}`) },
    { key: "notBefore", label: t("certificates.trustStore.columns.validFrom"), render: (row) => formatDate(row.notBefore, locale) },
    {
      key: "notAfter",
      label: t("certificates.trustStore.columns.validTo"),
      render: (row) => (
        <span className="inline-flex items-center gap-2">
          {formatDate(row.notAfter, locale)}
          {row.notAfter <= now && <Badge tone="danger">{t("certificates.page.expired")}</Badge>}
        </span>
      ),
    },
    { key: "uploadedAt", label: t("certificates.trustStore.columns.uploadedAt"), render: (row) => formatDateTime(row.uploadedAt, locale) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("certificates.trustStore.title")} description={t("certificates.trustStore.description")} />
      <CaUploadForm />
      <section aria-labelledby="trust-store-list" className="space-y-3">
        <h2 id="trust-store-list" className="text-lg font-semibold">
          {t("certificates.trustStore.listHeading")}
        </h2>
        <DataTable
          caption={t("certificates.trustStore.listHeading")}
          basePath="/admin/trust-store"
          searchParams={params}
          columns={columns}
          rows={result.rows}
          rowKey={(row) => row.id}
          total={result.total}
          page={page}
          t={t}
          filters={[
            { name: "domain", label: t("certificates.trustStore.columns.domain"), type: "select", options: CERT_DOMAIN_VALUES.map((d) => ({ value: d, label: d })) },
            {
              name: "kind",
              label: t("certificates.trustStore.columns.kind"),
              type: "select",
              options: (["ROOT", "INTERMEDIATE"] as const).map((k) => ({ value: k, label: t(`certificates.kinds.${k}`) })),
            },
            { name: "issuedTo", label: t("certificates.trustStore.columns.issuedTo"), type: "text" },
            { name: "issuedBy", label: t("certificates.trustStore.columns.issuedBy"), type: "text" },
            { name: "expiringWithinDays", label: t("certificates.trustStore.expiringWithinDays"), type: "text" },
          ]}
        />
      </section>
      <PortalCaPanel
        rows={portalCas.map((row) => ({
          id: row.id,
          domain: row.domain,
          keyAlgorithm: row.keyAlgorithm,
          isCurrent: row.isCurrent,
          notAfter: formatDate(row.notAfter, locale),
          createdAt: formatDate(row.createdAt, locale),
        }))}
      />
    </div>
  );
}
