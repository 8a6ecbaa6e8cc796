import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Card, PageHeader } from "@/components/ui/card";
import { listApiKeys, keyablePolicies, type ApiKeyRow } from "@/lib/api-keys/queries";
import { API_KEY_SORTS, API_KEY_STATUS_FILTERS, apiKeyFiltersSchema } from "@/lib/api-keys/schemas";
import { requirePagePermission } from "@/lib/auth";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { DeactivateApiKeyButton } from "./deactivate-api-key-button";
import { GenerateApiKeyForm } from "./generate-api-key-form";
import { KeyStatusBadge } from "./key-status-badge";

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("api-keys.own");
  const t = await getT();
  const locale = await getLocale();
  const partner = user.partner;
  if (!partner) {
    return (
      <div>
        <PageHeader title={t("apiKeys.title")} />
        <Card>
          <p className="text-sm text-slate-700">{t("apiKeys.noPartner")}</p>
        </Card>
      </div>
    );
  }
  const params = await searchParams;
  const page = uiPageRequest(params, API_KEY_SORTS, "createdAt");
  const filters = apiKeyFiltersSchema.parse({
    label: first(params.label),
    policyName: first(params.policyName),
    status: first(params.status),
  });
  // Partner-scoped: the partner id comes from the session, never from the request.
  const [result, policies] = await Promise.all([listApiKeys({ partnerId: partner.id }, filters, page), keyablePolicies(partner.id)]);
  const config = env();

  const columns: Column<ApiKeyRow>[] = [
    { key: "label", label: t("apiKeys.columns.label"), render: (row) => <span className="font-semibold">{row.label}</span> },
    { key: "key", label: t("apiKeys.columns.key"), sortable: false, render: (row) => <code className="font-mono text-xs">{`${row.prefix}…${row.lastFour}`}</code> },
    { key: "policy", label: t("apiKeys.columns.policy"), sortable: false, render: (row) => row.policyName },
    { key: "createdAt", label: t("apiKeys.columns.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
    { key: "expiresAt", label: t("apiKeys.columns.expiresAt"), render: (row) => formatDate(row.expiresAt, locale) },
    { key: "lastUsedAt", label: t("apiKeys.columns.lastUsedAt"), sortable: false, render: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : t("apiKeys.never")) },
    { key: "status", label: t("apiKeys.columns.status"), render: (row) => <KeyStatusBadge status={row.displayStatus} label={t(`keyStatus.${row.displayStatus}`)} /> },
    {
      key: "actions",
      label: t("apiKeys.columns.actions"),
      sortable: false,
      render: (row) => (row.status === "ACTIVE" ? <DeactivateApiKeyButton keyId={row.id} label={row.label} /> : null),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("apiKeys.title")} description={t("apiKeys.intro")} />
      <Card title={t("apiKeys.generateTitle")}>
        {partner.status !== "ACTIVE" ? (
          <p className="text-sm text-slate-700">{t("apiKeys.notActive")}</p>
        ) : policies.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="no-approved-policy">
            {t("apiKeys.noPolicies")}
          </p>
        ) : (
          <GenerateApiKeyForm policies={policies} defaultDays={Math.min(config.API_KEY_DEFAULT_DAYS, config.API_KEY_MAX_DAYS)} maxDays={config.API_KEY_MAX_DAYS} />
        )}
      </Card>
      <section aria-labelledby="keys-heading" className="space-y-3">
        <h2 id="keys-heading" className="text-lg font-semibold">
          {t("apiKeys.listTitle")}
        </h2>
        <DataTable
          caption={t("apiKeys.listTitle")}
          basePath="/api-keys"
          searchParams={params}
          columns={columns}
          rows={result.rows}
          rowKey={(row) => row.id}
          total={result.total}
          page={page}
          t={t}
          filters={[
            { name: "label", label: t("apiKeys.columns.label"), type: "text" },
            { name: "policyName", label: t("apiKeys.columns.policy"), type: "text" },
            { name: "status", label: t("apiKeys.columns.status"), type: "select", options: API_KEY_STATUS_FILTERS.map((s) => ({ value: s, label: t(`keyStatus.${s}`) })) },
          ]}
        />
      </section>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
