import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { listCredentialTypeMappings, listExtractors } from "@/lib/extractors/queries";
import { canMapCredentialTypes, needsExtractors } from "@/lib/extractors/rules";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPartner } from "@/lib/partners/queries";
import { asArray, asRecord, asString } from "@/lib/policies/policy-form";
import { getPolicy } from "@/lib/policies/queries";
import { partnerRequestsForPolicies } from "@/lib/policy-requests/queries";
import { PolicyJsonView } from "@/app/policy-manager/_components/policy-json-view";
import { PolicySummary } from "@/app/policy-manager/_components/policy-summary";
import { CredentialTypeForm } from "../_components/credential-type-form";
import { ExtractorsForm } from "../_components/extractors-form";
import { PartnerStatusNotice } from "../_components/partner-status-notice";
import { RequestPolicyForm } from "../_components/request-policy-form";

export default async function PartnerPolicyPage({ params }: { params: Promise<{ policyId: string }> }) {
  const user = await requirePagePermission("policy-requests.create");
  const { policyId } = await params;
  const partner = user.partner ? await getPartner(user.partner.id) : null;
  const policy = await getPolicy(policyId);
  // Another group's policy, or a draft, is "not found" for a partner.
  if (!partner || !policy || policy.status === "DRAFT" || policy.policyGroupId !== partner.policyGroupId) notFound();
  const t = await getT();
  const locale = await getLocale();
  const requests = await partnerRequestsForPolicies(partner.id, [policy.id]);
  const open = requests.find((r) => r.status === "PENDING" || r.status === "APPROVED");
  const canRequest = !open && partner.status === "ACTIVE" && policy.status === "PUBLISHED";
  const extractorsNeeded = needsExtractors(partner.typeCode);
  const extractors = extractorsNeeded ? await listExtractors(partner.id, policy.id) : [];
  const mappings = canMapCredentialTypes(partner.typeCode) && open?.status === "APPROVED" ? (await listCredentialTypeMappings(partner.id)).filter((m) => m.policyId === policy.id) : [];
  const sharedAttributes = asArray(asRecord(policy.policyJson).shareableAttributes).map((a) => asString(asRecord(a).attributeName)).filter(Boolean);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("policies.partner.detailTitle", { name: policy.name })}
        description={policy.description}
        actions={
          <ButtonLink href="/policies" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <PartnerStatusNotice status={partner.status} />
      <Card
        title={t("policies.detail.summary")}
        actions={
          <span className="flex gap-2">
            <Badge tone="info">{t(`policies.types.${policy.mosipType}`)}</Badge>
            {policy.status !== "PUBLISHED" && <Badge tone={STATUS_TONES[policy.status]}>{t(`policies.status.${policy.status}`)}</Badge>}
          </span>
        }
      >
        <PolicySummary type={policy.mosipType} policyJson={policy.policyJson} recipient={partner.organizationName} />
      </Card>

      <Card title={t("policies.partner.requestTitle")}>
        {open?.status === "PENDING" && <p className="text-sm text-slate-800" data-testid="request-state">{t("policies.partner.alreadyPending")}</p>}
        {open?.status === "APPROVED" && <p className="text-sm font-semibold text-green-800" data-testid="request-state">{t("policies.partner.alreadyApproved")}</p>}
        {!open && requests[0]?.status === "REJECTED" && <p className="mb-3 text-sm text-slate-800">{t("policies.partner.afterRejection")}</p>}
        {canRequest && <RequestPolicyForm policyId={policy.id} />}
      </Card>

      {extractorsNeeded && (
        <Card title={t("policies.partner.extractorsTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("policies.partner.extractorsIntro", { type: t(`partnerTypes.${partner.typeCode}`) })}</p>
          {open?.status === "PENDING" ? (
            <ExtractorsForm
              policyId={policy.id}
              attributes={sharedAttributes}
              initial={extractors.map((e) => ({ attributeName: e.attributeName, biometric: e.biometricModality, provider: e.provider, version: e.providerVersion }))}
            />
          ) : (
            <>
              <p className="mb-2 text-sm text-slate-700">{open?.status === "APPROVED" ? t("policies.partner.extractorsFrozen") : t("policies.partner.extractorsAfterRequest")}</p>
              {extractors.length > 0 && (
                <ul className="list-disc ps-5 text-sm text-slate-800">
                  {extractors.map((e) => (
                    <li key={e.id}>
                      {e.attributeName} · {t(`policies.partner.modalities.${e.biometricModality}`)} · {e.provider} {e.providerVersion}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Card>
      )}

      {open?.status === "APPROVED" && canMapCredentialTypes(partner.typeCode) && (
        <Card title={t("policies.partner.credentialTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("policies.partner.credentialIntro")}</p>
          <p className="mb-1 text-sm font-semibold text-slate-900">{t("policies.partner.mappedTypes")}</p>
          <p className="mb-4 text-sm text-slate-800" data-testid="mapped-credential-types">
            {mappings.length ? mappings.map((m) => t(`policies.partner.credentialTypes.${m.credentialType}`)).join(", ") : t("policies.partner.noMappedTypes")}
          </p>
          <CredentialTypeForm policyId={policy.id} />
        </Card>
      )}

      <Card title={t("policies.partner.history")}>
        {requests.length === 0 ? (
          <p className="text-sm text-slate-600">{t("policies.partner.noHistory")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="request-history">
            {requests.map((r) => (
              <li key={r.id} className="space-y-1 py-3 text-sm">
                <div className="flex flex-wrap items-center gap-3">
                  <Badge tone={STATUS_TONES[r.status]}>{t(`policies.requestStatus.${r.status}`)}</Badge>
                  <span className="text-slate-700">{t("policies.partner.requestedOn", { date: formatDateTime(r.createdAt, locale) })}</span>
                  {r.decidedAt && <span className="text-slate-700">{t("policies.partner.decidedOn", { date: formatDateTime(r.decidedAt, locale) })}</span>}
                </div>
                <p className="text-slate-800">{r.useCaseDescription}</p>
                {r.status !== "PENDING" && (
                  <p className="text-slate-800">
                    <span className="font-semibold">{t("policies.partner.adminComment")}:</span> {r.adminComment ?? t("policies.partner.noComment")}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("policies.detail.json")}>
        <PolicyJsonView policyJson={policy.policyJson} fileName={policy.name} />
      </Card>
    </div>
  );
}
