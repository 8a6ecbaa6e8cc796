import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { listExtractors } from "@/lib/extractors/queries";
import { needsExtractors } from "@/lib/extractors/rules";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPolicy } from "@/lib/policies/queries";
import { getPolicyRequest } from "@/lib/policy-requests/queries";
import { PolicySummary } from "@/app/policy-manager/_components/policy-summary";
import { DecisionForm } from "./decision-form";

export default async function PolicyRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const user = await requirePagePermission("policy-requests.decide");
  const { requestId } = await params;
  const request = await getPolicyRequest(requestId);
  if (!request) notFound();
  const t = await getT();
  const locale = await getLocale();
  const [policy, extractors] = await Promise.all([getPolicy(request.policyId), needsExtractors(request.partnerType) ? listExtractors(request.partnerId, request.policyId) : Promise.resolve(null)]);
  const partnerActive = request.partnerStatus === "ACTIVE";
  const extractorsMissing = extractors !== null && extractors.length === 0;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("policies.requests.detailTitle", { partnerId: request.partnerId })}
        description={`${request.organizationName} · ${request.policyName}`}
        actions={
          <ButtonLink href="/admin/policy-requests" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card title={t("common.details")} actions={<Badge tone={STATUS_TONES[request.status]}>{t(`policies.requestStatus.${request.status}`)}</Badge>}>
        <DefinitionList
          items={[
            {
              label: t("policies.requests.partner"),
              value: hasPermission(user, "partners.read") ? (
                <Link href={`/admin/partners/${encodeURIComponent(request.partnerId)}`} className="text-brand-700 underline">
                  {request.partnerId} · {request.organizationName}
                </Link>
              ) : (
                `${request.partnerId} · ${request.organizationName}`
              ),
            },
            { label: t("policies.requests.columns.partnerType"), value: t(`partnerTypes.${request.partnerType}`) },
            { label: t("policies.requests.partnerStatus"), value: <Badge tone={STATUS_TONES[request.partnerStatus]}>{t(`partnerStatus.${request.partnerStatus}`)}</Badge> },
            { label: t("policies.requests.policy"), value: `${request.policyName} (${t(`policies.types.${request.policyType}`)}) · ${request.policyGroupName}` },
            { label: t("policies.requests.columns.createdAt"), value: formatDateTime(request.createdAt, locale) },
            { label: t("policies.requests.columns.decidedAt"), value: formatDateTime(request.decidedAt, locale) },
            ...(request.decidedBy ? [{ label: t("policies.requests.decidedBy"), value: request.decidedBy.email }] : []),
            ...(request.adminComment ? [{ label: t("policies.requests.columns.adminComment"), value: request.adminComment }] : []),
          ]}
        />
      </Card>
      <Card title={t("policies.requests.useCase")}>
        <p className="whitespace-pre-wrap text-sm text-slate-800" data-testid="use-case">
          {request.useCaseDescription}
        </p>
      </Card>
      {policy && (
        <Card title={t("policies.requests.releases", { organization: request.organizationName })}>
          <PolicySummary type={policy.mosipType} policyJson={policy.policyJson} recipient={request.organizationName} />
        </Card>
      )}
      {extractors !== null && (
        <Card title={t("policies.requests.extractors")}>
          {extractorsMissing ? (
            <p className="text-sm font-medium text-amber-900" data-testid="extractors-missing">
              {t("policies.requests.extractorsMissing", { type: t(`partnerTypes.${request.partnerType}`) })}
            </p>
          ) : (
            <ul className="list-disc ps-5 text-sm text-slate-800">
              {extractors.map((e) => (
                <li key={e.id}>
                  {e.attributeName} · {t(`policies.partner.modalities.${e.biometricModality}`)} · {e.provider} {e.providerVersion}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <Card title={t("policies.requests.decision")}>
        {request.status === "PENDING" ? (
          <>
            {!partnerActive && <p className="mb-3 text-sm text-amber-900">{t("policies.requests.partnerNotActive")}</p>}
            <DecisionForm requestId={request.id} canApprove={partnerActive && !extractorsMissing} />
          </>
        ) : (
          <p className="text-sm text-slate-800" data-testid="decided">
            {t("policies.requests.decided", { status: t(`policies.requestStatus.${request.status}`).toLowerCase(), date: formatDateTime(request.decidedAt, locale) })}
          </p>
        )}
      </Card>
    </div>
  );
}
