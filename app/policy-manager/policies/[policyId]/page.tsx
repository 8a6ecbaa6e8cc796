import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { policyTypeFromDb } from "@/lib/policies/policy-types";
import { getPolicy, policyDeactivationImpact } from "@/lib/policies/queries";
import { listActivePolicyGroups } from "@/lib/policy-groups/queries";
import { PolicyDiffView } from "../../_components/policy-diff-view";
import { PolicyJsonView } from "../../_components/policy-json-view";
import { PolicySummary } from "../../_components/policy-summary";
import { PolicyActions } from "../_components/policy-actions";

export default async function PolicyPage({ params }: { params: Promise<{ policyId: string }> }) {
  await requirePagePermission("policies.manage");
  const { policyId } = await params;
  const policy = await getPolicy(policyId);
  if (!policy) notFound();
  const t = await getT();
  const locale = await getLocale();
  const [groups, impact] = await Promise.all([listActivePolicyGroups(), policy.status === "PUBLISHED" ? policyDeactivationImpact(policy.id) : Promise.resolve(null)]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={policy.name}
        description={policy.description}
        actions={
          <>
            {policy.status === "DRAFT" && <ButtonLink href={`/policy-manager/policies/${policy.id}/edit`}>{t("policies.detail.edit")}</ButtonLink>}
            <ButtonLink href="/policy-manager/policies" variant="secondary">
              {t("common.back")}
            </ButtonLink>
          </>
        }
      />
      <Card
        title={t("policies.detail.info")}
        actions={
          <span className="flex gap-2">
            <Badge tone="info">{t(`policies.types.${policy.mosipType}`)}</Badge>
            <span data-testid="policy-status">
              <Badge tone={STATUS_TONES[policy.status]}>{t(`policies.status.${policy.status}`)}</Badge>
            </span>
          </span>
        }
      >
        <DefinitionList
          items={[
            {
              label: t("policies.columns.group"),
              value: (
                <Link href={`/policy-manager/groups/${policy.policyGroup.id}`} className="text-brand-700 underline">
                  {policy.policyGroup.name}
                </Link>
              ),
            },
            { label: t("policies.columns.version"), value: policy.version },
            { label: t("policies.columns.createdAt"), value: formatDateTime(policy.createdAt, locale) },
            { label: t("policies.columns.publishedAt"), value: formatDateTime(policy.publishedAt, locale) },
            ...(policy.deactivatedAt ? [{ label: t("policies.status.DEACTIVATED"), value: formatDateTime(policy.deactivatedAt, locale) }] : []),
            ...(impact ? [{ label: t("policies.detail.requests"), value: t("policies.detail.requestCounts", { pending: impact.pendingRequests, approved: impact.approvedRequests }) }] : []),
          ]}
        />
        <div className="mt-4">
          <PolicyActions
            policy={{ id: policy.id, name: policy.name, status: policy.status, groupId: policy.policyGroup.id, groupName: policy.policyGroup.name }}
            groups={groups.map((g) => ({ id: g.id, name: g.name }))}
            impact={impact}
          />
        </div>
      </Card>
      <Card title={t("policies.detail.summary")}>
        <PolicySummary type={policy.mosipType} policyJson={policy.policyJson} recipient={t("policies.detail.summaryRecipient", { group: policy.policyGroup.name })} />
      </Card>
      {policy.clonedFrom && (
        <Card title={t("policies.detail.diffTitle", { name: policy.clonedFrom.name })}>
          <p className="mb-3 text-sm text-slate-700">
            <Link href={`/policy-manager/policies/${policy.clonedFrom.id}`} className="text-brand-700 underline">
              {t("policies.detail.clonedFrom", { name: policy.clonedFrom.name, group: policy.clonedFrom.policyGroup.name })}
            </Link>
          </p>
          <PolicyDiffView type={policyTypeFromDb(policy.clonedFrom.type)} before={policy.clonedFrom.policyJson} after={policy.policyJson} />
        </Card>
      )}
      {policy.clones.length > 0 && (
        <Card title={t("policies.detail.clones")}>
          <ul className="space-y-1 text-sm">
            {policy.clones.map((c) => (
              <li key={c.id}>
                <Link href={`/policy-manager/policies/${c.id}`} className="text-brand-700 underline">
                  {c.name}
                </Link>{" "}
                · {c.policyGroup.name} · {t(`policies.status.${c.status}`)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t("policies.detail.json")}>
        <PolicyJsonView policyJson={policy.policyJson} fileName={policy.name} />
      </Card>
    </div>
  );
}
