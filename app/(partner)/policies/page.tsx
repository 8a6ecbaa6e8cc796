import Link from "next/link";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPartner } from "@/lib/partners/queries";
import { listPublishedPoliciesOfGroup } from "@/lib/policies/queries";
import { partnerRequestsForPolicies } from "@/lib/policy-requests/queries";
import { PolicySummary } from "@/app/policy-manager/_components/policy-summary";
import { PartnerStatusNotice } from "./_components/partner-status-notice";

export default async function PartnerPoliciesPage() {
  const user = await requirePagePermission("policy-requests.create");
  const t = await getT();
  const locale = await getLocale();
  const partner = user.partner ? await getPartner(user.partner.id) : null;
  if (!partner?.policyGroup) {
    return (
      <div>
        <PageHeader title={t("policies.partner.title")} />
        <Card>
          <p className="text-sm text-slate-800">{t("policies.partner.noGroup")}</p>
        </Card>
      </div>
    );
  }
  const policies = await listPublishedPoliciesOfGroup(partner.policyGroup.id);
  const requests = await partnerRequestsForPolicies(partner.id, policies.map((p) => p.id));

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("policies.partner.title")}
        description={t("policies.partner.intro", { group: partner.policyGroup.name })}
        actions={
          <ButtonLink href="/policies/requests" variant="secondary">
            {t("policies.partner.allRequests")}
          </ButtonLink>
        }
      />
      <PartnerStatusNotice status={partner.status} />
      {policies.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-700">{t("policies.partner.none")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2" aria-label={t("policies.partner.title")}>
          {policies.map((policy) => {
            const latest = requests.find((r) => r.policyId === policy.id);
            return (
              <li key={policy.id} data-testid="partner-policy">
                <Card
                  title={
                    <Link href={`/policies/${policy.id}`} className="text-brand-700 underline">
                      {policy.name}
                    </Link>
                  }
                  actions={
                    latest ? (
                      <Badge tone={STATUS_TONES[latest.status]}>{t(`policies.requestStatus.${latest.status}`)}</Badge>
                    ) : (
                      <Badge>{t("policies.partner.notRequested")}</Badge>
                    )
                  }
                >
                  <p className="mb-2 text-sm text-slate-700">
                    {t(`policies.types.${policy.type}`)} · {policy.description}
                  </p>
                  <PolicySummary type={policy.type} policyJson={policy.policyJson} recipient={partner.organizationName} />
                  <p className="mt-3 text-xs text-slate-600">
                    {latest ? t("policies.partner.requestedOn", { date: formatDate(latest.createdAt, locale) }) : null}
                  </p>
                  <div className="mt-3">
                    <ButtonLink href={`/policies/${policy.id}`} variant="secondary">
                      {t("policies.partner.open")}
                      <span className="sr-only"> · {policy.name}</span>
                    </ButtonLink>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
