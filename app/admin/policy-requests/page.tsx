import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { PARTNER_TYPES } from "@/lib/partners/partner-types";
import { POLICY_TYPES } from "@/lib/policies/policy-types";
import { listPolicyRequests, type PolicyRequestRow } from "@/lib/policy-requests/queries";
import { POLICY_REQUEST_SORTS, REQUEST_AGES, REQUEST_STATUSES, policyRequestFiltersSchema } from "@/lib/policy-requests/schemas";
import { firstValues } from "@/app/policy-manager/_components/search-params";

export default async function PolicyRequestQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("policy-requests.decide");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  // Pending first, oldest first: the queue's natural order.
  const page = uiPageRequest(params, POLICY_REQUEST_SORTS, "status", "asc");
  const filters = policyRequestFiltersSchema.parse(firstValues(params));
  const result = await listPolicyRequests(filters, page);

  const columns: Column<PolicyRequestRow>[] = [
    {
      key: "partnerId",
      label: t("policies.requests.columns.partnerId"),
      render: (row) => (
        <Link href={`/admin/policy-requests/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.partnerId}
          <span className="sr-only"> · {row.policyName}</span>
        </Link>
      ),
    },
    { key: "organizationName", label: t("policies.requests.columns.organizationName"), render: (row) => row.organizationName },
    { key: "partnerType", label: t("policies.requests.columns.partnerType"), render: (row) => t(`roles.${row.partnerType}`) },
    { key: "policyName", label: t("policies.requests.columns.policyName"), render: (row) => row.policyName },
    { key: "policyType", label: t("policies.requests.columns.policyType"), render: (row) => t(`policies.types.${row.policyType}`) },
    { key: "policyGroup", label: t("policies.requests.columns.policyGroup"), render: (row) => row.policyGroupName },
    { key: "status", label: t("policies.requests.columns.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`policies.requestStatus.${row.status}`)}</Badge> },
    { key: "createdAt", label: t("policies.requests.columns.createdAt"), render: (row) => formatDateTime(row.createdAt, locale) },
    { key: "decidedAt", label: t("policies.requests.columns.decidedAt"), render: (row) => formatDateTime(row.decidedAt, locale) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("policies.requests.title")} description={t("policies.requests.intro")} />
      <DataTable
        caption={t("policies.requests.title")}
        basePath="/admin/policy-requests"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "status", label: t("policies.requests.columns.status"), type: "select", options: REQUEST_STATUSES.map((s) => ({ value: s, label: t(`policies.requestStatus.${s}`) })) },
          { name: "partnerId", label: t("policies.requests.columns.partnerId"), type: "text" },
          { name: "organizationName", label: t("policies.requests.columns.organizationName"), type: "text" },
          { name: "partnerType", label: t("policies.requests.columns.partnerType"), type: "select", options: PARTNER_TYPES.filter((p) => p.needsPolicyGroup).map((p) => ({ value: p.code, label: t(`roles.${p.code}`) })) },
          { name: "policyName", label: t("policies.requests.columns.policyName"), type: "text" },
          { name: "policyType", label: t("policies.requests.columns.policyType"), type: "select", options: POLICY_TYPES.map((p) => ({ value: p, label: t(`policies.types.${p}`) })) },
          { name: "policyGroup", label: t("policies.requests.columns.policyGroup"), type: "text" },
          { name: "olderThanDays", label: t("policies.requests.columns.age"), type: "select", options: REQUEST_AGES.map((a) => ({ value: a, label: t(`policies.requests.ages.${a}`) })) },
        ]}
      />
    </div>
  );
}
