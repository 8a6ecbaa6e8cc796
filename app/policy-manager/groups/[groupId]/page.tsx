import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { policyTypeFromDb } from "@/lib/policies/policy-types";
import { getPolicyGroup } from "@/lib/policy-groups/queries";
import { GroupStatusActions } from "../../_components/group-status-actions";
import { PolicyGroupForm } from "../../_components/policy-group-form";

export default async function PolicyGroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  await requirePagePermission("policy-groups.manage");
  const { groupId } = await params;
  const group = await getPolicyGroup(groupId);
  if (!group) notFound();
  const t = await getT();
  const locale = await getLocale();
  const published = group.policies.filter((p) => p.status === "PUBLISHED").length;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("policies.groups.detailTitle", { name: group.name })}
        description={group.description}
        actions={
          <>
            {group.isActive && <ButtonLink href={`/policy-manager/policies/new?group=${group.id}`}>{t("policies.groups.newPolicyHere")}</ButtonLink>}
            <ButtonLink href="/policy-manager" variant="secondary">
              {t("common.back")}
            </ButtonLink>
          </>
        }
      />
      <Card title={t("common.details")} actions={<Badge tone={group.isActive ? "success" : "neutral"}>{t(`policies.groupStatus.${group.isActive ? "active" : "inactive"}`)}</Badge>}>
        <DefinitionList
          items={[
            { label: t("policies.groups.partners"), value: group.partnerCount },
            { label: t("policies.columns.createdAt"), value: formatDateTime(group.createdAt, locale) },
            { label: t("policies.columns.updatedAt"), value: formatDateTime(group.updatedAt, locale) },
          ]}
        />
        <div className="mt-4">
          <GroupStatusActions groupId={group.id} name={group.name} isActive={group.isActive} publishedCount={published} />
        </div>
      </Card>
      <Card title={t("policies.groups.policiesTitle")}>
        {group.policies.length === 0 ? (
          <p className="text-sm text-slate-600">{t("policies.groups.noPolicies")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="group-policies">
              <caption className="sr-only">{t("policies.groups.policiesTitle")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {["name", "type", "status", "version", "publishedAt"].map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 text-start font-semibold text-slate-800">
                      {t(`policies.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {group.policies.map((p) => (
                  <tr key={p.id}>
                    <td className="px-3 py-2">
                      <Link href={`/policy-manager/policies/${p.id}`} className="font-semibold text-brand-700 underline">
                        {p.name}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{t(`policies.types.${policyTypeFromDb(p.type)}`)}</td>
                    <td className="px-3 py-2">
                      <Badge tone={STATUS_TONES[p.status]}>{t(`policies.status.${p.status}`)}</Badge>
                    </td>
                    <td className="px-3 py-2">{p.version}</td>
                    <td className="px-3 py-2">{formatDate(p.publishedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t("policies.groups.edit")}>
        <PolicyGroupForm group={{ id: group.id, name: group.name, description: group.description }} />
      </Card>
    </div>
  );
}
