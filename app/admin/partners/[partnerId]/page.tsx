import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPartner, recentPartnerAudit } from "@/lib/partners/queries";
import { PartnerAdminActions } from "./partner-admin-actions";

export default async function PartnerDetailPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const user = await requirePagePermission("partners.read");
  const { partnerId } = await params;
  const partner = await getPartner(decodeURIComponent(partnerId));
  if (!partner) notFound();
  const t = await getT();
  const locale = await getLocale();
  const history = await recentPartnerAudit(partner.id);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("partners.detailTitle", { partnerId: partner.id })}
        description={partner.organizationName}
        actions={
          <ButtonLink href="/admin/partners" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card title={t("common.details")} actions={<Badge tone={STATUS_TONES[partner.status]}>{t(`partnerStatus.${partner.status}`)}</Badge>}>
        <DefinitionList
          items={[
            { label: t("partners.columns.organizationName"), value: partner.organizationName },
            { label: t("partners.columns.type"), value: t(`partnerTypes.${partner.typeCode}`) },
            { label: t("partners.columns.email"), value: partner.email },
            { label: t("partners.contactNumber"), value: partner.contactNumber },
            { label: t("partners.address"), value: partner.address },
            { label: t("partners.columns.policyGroup"), value: partner.policyGroup?.name ?? "—" },
            { label: t("partners.language"), value: t(`languages.${partner.langCode}`) },
            {
              label: t("partners.columns.hasCertificate"),
              value: partner.currentCertificate
                ? `${t("partners.certificateUploaded")} · ${formatDate(partner.currentCertificate.notAfter, locale)}`
                : t("partners.certificateMissing"),
            },
            { label: t("partners.columns.createdAt"), value: formatDateTime(partner.createdAt, locale) },
            { label: t("partners.users"), value: partner.memberships.map((m) => m.user.email).join(", ") || "—" },
          ]}
        />
      </Card>
      {hasPermission(user, "partners.manage") && (
        <PartnerAdminActions partnerId={partner.id} status={partner.status} organizationName={partner.organizationName} />
      )}
      <Card title={t("partners.history")}>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600">{t("partners.noHistory")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="partner-history">
            {history.map((event) => (
              <li key={String(event.id)} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-mono text-xs text-slate-700">{event.action}</span>
                <span className="text-slate-600">{event.actorLabel}</span>
                <span className="text-slate-600">{formatDateTime(event.at, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
