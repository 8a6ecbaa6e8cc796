import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { PageHeader } from "@/components/ui/card";
import { listApiKeys, type ApiKeyPage, type ApiKeyRow } from "@/lib/api-keys/queries";
import { LIST_WINDOW } from "@/lib/api-keys/list-sql";
import { API_KEY_SORTS, API_KEY_STATUS_FILTERS, apiKeyFiltersSchema } from "@/lib/api-keys/schemas";
import { requirePagePermission } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { DeactivateApiKeyButton } from "@/app/(partner)/api-keys/deactivate-api-key-button";
import { KeyStatusBadge } from "@/app/(partner)/api-keys/key-status-badge";

const EXPIRY_WINDOWS = [7, 30, 90];

export default async function AdminApiKeysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("api-keys.manage-all");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, API_KEY_SORTS, "createdAt");
  const filters = apiKeyFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));

  let result: ApiKeyPage = { rows: [], total: 0, totalIsCapped: false, page: page.page, size: page.size };
  let windowExceeded = false;
  try {
    result = await listApiKeys({}, filters, page);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "PMS_APIKEY_LIST_WINDOW")) throw error;
    windowExceeded = true;
  }

  const columns: Column<ApiKeyRow>[] = [
    { key: "label", label: t("apiKeys.columns.label"), render: (row) => <span className="font-semibold">{row.label}</span> },
    { key: "key", label: t("apiKeys.columns.key"), sortable: false, render: (row) => <code className="font-mono text-xs">{`${row.prefix}…${row.lastFour}`}</code> },
    {
      key: "partnerId",
      label: t("apiKeys.columns.partnerId"),
      render: (row) => (
        <Link href={`/admin/partners/${encodeURIComponent(row.partnerId)}`} className="text-brand-700 underline">
          {row.partnerId}
        </Link>
      ),
    },
    { key: "organizationName", label: t("apiKeys.columns.organizationName"), render: (row) => row.organizationName },
    { key: "policy", label: t("apiKeys.columns.policy"), sortable: false, render: (row) => `${row.policyName} · ${row.policyGroupName}` },
    { key: "createdAt", label: t("apiKeys.columns.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
    { key: "expiresAt", label: t("apiKeys.columns.expiresAt"), render: (row) => formatDate(row.expiresAt, locale) },
    { key: "lastUsedAt", label: t("apiKeys.columns.lastUsedAt"), sortable: false, render: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : t("apiKeys.never")) },
    { key: "status", label: t("apiKeys.columns.status"), render: (row) => <KeyStatusBadge status={row.displayStatus} label={t(`keyStatus.${row.displayStatus}`)} /> },
    {
      key: "actions",
      label: t("apiKeys.columns.actions"),
      sortable: false,
      render: (row) => (row.status === "ACTIVE" ? <DeactivateApiKeyButton keyId={row.id} label={row.label} asAdmin /> : null),
    },
  ];

  return (
    <div className="space-y-4">
      <PageHeader title={t("apiKeys.adminTitle")} description={t("apiKeys.adminIntro")} />
      {(result.totalIsCapped || windowExceeded) && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="list-window-note">
          {t("apiKeys.windowNote", { window: LIST_WINDOW.toLocaleString(locale) })}
        </p>
      )}
      <DataTable
        caption={t("apiKeys.adminTitle")}
        basePath="/admin/api-keys"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "partnerId", label: t("apiKeys.columns.partnerId"), type: "text" },
          { name: "organizationName", label: t("apiKeys.columns.organizationName"), type: "text" },
          { name: "label", label: t("apiKeys.columns.label"), type: "text" },
          { name: "policyName", label: t("apiKeys.columns.policy"), type: "text" },
          { name: "policyGroupName", label: t("apiKeys.columns.policyGroup"), type: "text" },
          { name: "status", label: t("apiKeys.columns.status"), type: "select", options: API_KEY_STATUS_FILTERS.map((s) => ({ value: s, label: t(`keyStatus.${s}`) })) },
          {
            name: "expiresWithinDays",
            label: t("apiKeys.expiresWithin"),
            type: "select",
            options: EXPIRY_WINDOWS.map((days) => ({ value: String(days), label: t("apiKeys.days", { days }) })),
          },
        ]}
      />
    </div>
  );
}
