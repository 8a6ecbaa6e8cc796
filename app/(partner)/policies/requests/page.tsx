import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { listPolicyRequests, type PolicyRequestRow } from "@/lib/policy-requests/queries";
import { POLICY_REQUEST_SORTS, REQUEST_STATUSES, policyRequestFiltersSchema } from "@/lib/policy-requests/schemas";
import { firstValues } from "@/app/policy-manager/_components/search-params";

export default async function MyPolicyRequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("policy-requests.create");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, POLICY_REQUEST_SORTS, "createdAt");
  const { status, policyName } = policyRequestFiltersSchema.parse(firstValues(params));
  // Always scoped to the caller's own partner; without one there is nothing to show.
  const result = user.partner
    ? await listPolicyRequests({ status, policyName }, page, { partnerId: user.partner.id })
    : { rows: [], total: 0, page: page.page, size: page.size };

  const columns: Column<PolicyRequestRow>[] = [
    {
      key: "policyName",
      label: t("policies.requests.columns.policyName"),
      render: (row) => (
        <Link href={`/policies/${row.policyId}`} className="font-semibold text-brand-700 underline">
          {row.policyName}
        </Link>
      ),
    },
    { key: "policyType", label: t("policies.requests.columns.policyType"), render: (row) => t(`policies.types.${row.policyType}`) },
    { key: "status", label: t("policies.requests.columns.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`policies.requestStatus.${row.status}`)}</Badge> },
    { key: "createdAt", label: t("policies.requests.columns.createdAt"), render: (row) => formatDateTime(row.createdAt, locale) },
    { key: "decidedAt", label: t("policies.requests.columns.decidedAt"), render: (row) => formatDateTime(row.decidedAt, locale) },
    { key: "adminComment", label: t("policies.requests.columns.adminComment"), sortable: false, render: (row) => <span className="whitespace-normal">{row.adminComment ?? "—"}</span> },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("policies.requests.mineTitle")}
        description={t("policies.partner.myRequestsIntro")}
        actions={
          <ButtonLink href="/policies" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <DataTable
        caption={t("policies.requests.mineTitle")}
        basePath="/policies/requests"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "policyName", label: t("policies.requests.columns.policyName"), type: "text" },
          { name: "status", label: t("policies.requests.columns.status"), type: "select", options: REQUEST_STATUSES.map((s) => ({ value: s, label: t(`policies.requestStatus.${s}`) })) },
        ]}
      />
    </div>
  );
}
