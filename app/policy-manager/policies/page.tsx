import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { POLICY_TYPES } from "@/lib/policies/policy-types";
import { listPolicies, type PolicyRow } from "@/lib/policies/queries";
import { POLICY_SORTS, POLICY_STATUSES, policyFiltersSchema } from "@/lib/policies/schemas";
import { firstValues } from "../_components/search-params";

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("policies.manage");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, POLICY_SORTS, "updatedAt");
  const filters = policyFiltersSchema.parse(firstValues(params));
  const result = await listPolicies(filters, page);

  const columns: Column<PolicyRow>[] = [
    {
      key: "name",
      label: t("policies.columns.name"),
      render: (row) => (
        <Link href={`/policy-manager/policies/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.name}
        </Link>
      ),
    },
    { key: "type", label: t("policies.columns.type"), render: (row) => t(`policies.types.${row.type}`) },
    {
      key: "policyGroup",
      label: t("policies.columns.group"),
      render: (row) => (
        <Link href={`/policy-manager/groups/${row.policyGroupId}`} className="text-brand-700 underline">
          {row.policyGroupName}
        </Link>
      ),
    },
    { key: "status", label: t("policies.columns.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`policies.status.${row.status}`)}</Badge> },
    { key: "version", label: t("policies.columns.version"), sortable: false, render: (row) => row.version },
    { key: "publishedAt", label: t("policies.columns.publishedAt"), render: (row) => formatDate(row.publishedAt, locale) },
    { key: "updatedAt", label: t("policies.columns.updatedAt"), render: (row) => formatDate(row.updatedAt, locale) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("policies.list.title")} description={t("policies.list.intro")} actions={<ButtonLink href="/policy-manager/policies/new">{t("policies.list.newPolicy")}</ButtonLink>} />
      <DataTable
        caption={t("policies.list.title")}
        basePath="/policy-manager/policies"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "name", label: t("policies.columns.name"), type: "text" },
          { name: "type", label: t("policies.columns.type"), type: "select", options: POLICY_TYPES.map((type) => ({ value: type, label: t(`policies.types.${type}`) })) },
          { name: "status", label: t("policies.columns.status"), type: "select", options: POLICY_STATUSES.map((s) => ({ value: s, label: t(`policies.status.${s}`) })) },
          { name: "group", label: t("policies.columns.group"), type: "text" },
        ]}
      />
    </div>
  );
}
