import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader, StatCard } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { policyStatusCounts } from "@/lib/policies/queries";
import { listPolicyGroups, policyGroupCounts, type PolicyGroupRow } from "@/lib/policy-groups/queries";
import { POLICY_GROUP_SORTS, policyGroupFiltersSchema } from "@/lib/policy-groups/schemas";
import { firstValues } from "./_components/search-params";

export default async function PolicyGroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("policy-groups.manage");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, POLICY_GROUP_SORTS, "name", "asc");
  const filters = policyGroupFiltersSchema.parse(firstValues(params));
  const [result, groups, policies] = await Promise.all([listPolicyGroups(filters, page), policyGroupCounts(), policyStatusCounts()]);

  const columns: Column<PolicyGroupRow>[] = [
    {
      key: "name",
      label: t("policies.columns.name"),
      render: (row) => (
        <Link href={`/policy-manager/groups/${row.id}`} className="font-semibold text-brand-700 underline">
          {row.name}
        </Link>
      ),
    },
    { key: "description", label: t("policies.columns.description"), render: (row) => <span className="whitespace-normal">{row.description}</span> },
    {
      key: "isActive",
      label: t("policies.columns.status"),
      render: (row) => <Badge tone={row.isActive ? "success" : "neutral"}>{t(`policies.groupStatus.${row.isActive ? "active" : "inactive"}`)}</Badge>,
    },
    {
      key: "policies",
      label: t("policies.columns.policies"),
      sortable: false,
      render: (row) => t("policies.groups.counts", { published: row.policies.PUBLISHED, draft: row.policies.DRAFT, deactivated: row.policies.DEACTIVATED }),
    },
    { key: "createdAt", label: t("policies.columns.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("policies.groups.title")} description={t("policies.groups.intro")} actions={<ButtonLink href="/policy-manager/groups/new">{t("policies.groups.newGroup")}</ButtonLink>} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("policies.groups.statsGroups")} value={groups.total} badge={<Badge tone="info">{t("policies.groups.activeCount", { count: groups.active })}</Badge>} />
        <StatCard label={t("policies.groups.statsPublished")} value={policies.PUBLISHED} href="/policy-manager/policies?status=PUBLISHED" linkLabel={t("admin.cards.openList")} />
        <StatCard label={t("policies.groups.statsDrafts")} value={policies.DRAFT} href="/policy-manager/policies?status=DRAFT" linkLabel={t("admin.cards.openList")} />
      </div>
      <DataTable
        caption={t("policies.groups.title")}
        basePath="/policy-manager"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "name", label: t("policies.columns.name"), type: "text" },
          { name: "description", label: t("policies.columns.description"), type: "text" },
          {
            name: "status",
            label: t("policies.columns.status"),
            type: "select",
            options: (["active", "inactive"] as const).map((s) => ({ value: s, label: t(`policies.groupStatus.${s}`) })),
          },
        ]}
      />
    </div>
  );
}
