import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getCurrentPartnerCertificate, partnerCertificateHistory, preflightTrust } from "@/lib/certificates/queries";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { partnerType } from "@/lib/partners/partner-types";
import { CertificateUpload } from "./certificate-upload";

export default async function CertificatePage() {
  const user = await requirePagePermission("partner.certificate.upload");
  const t = await getT();
  const locale = await getLocale();
  const partner = user.partner;
  if (!partner) {
    return (
      <div>
        <PageHeader title={t("certificates.page.title")} />
        <Card>
          <p className="mb-3 text-sm text-slate-800">{t("certificates.page.noPartner")}</p>
          <ButtonLink href="/register">{t("certificates.page.register")}</ButtonLink>
        </Card>
      </div>
    );
  }
  const domain = partnerType(partner.typeCode).domain;
  const [current, history, trust] = await Promise.all([getCurrentPartnerCertificate(partner.id), partnerCertificateHistory(partner.id), preflightTrust(domain)]);
  const now = new Date();

  return (
    <div className="space-y-6">
      <PageHeader title={t("certificates.page.title")} description={t("certificates.page.description", { domain })} />

      {current ? (
        <Card
          title={t("certificates.page.current")}
          actions={
            current.notAfter > now ? <Badge tone="success">{t("certificates.page.valid")}</Badge> : <Badge tone="danger">{t("certificates.page.expired")}</Badge>
          }
        >
          <div data-testid="current-certificate">
            <DefinitionList
              items={[
                { label: t("certificates.fields.subject"), value: <span className="font-mono text-xs">{current.subject}</span> },
                { label: t("certificates.fields.issuer"), value: <span className="font-mono text-xs">{current.issuer}</span> },
                { label: t("certificates.fields.validFrom"), value: formatDate(current.notBefore, locale) },
                { label: t("certificates.fields.validTo"), value: formatDate(current.notAfter, locale) },
                { label: t("certificates.fields.signedValidTo"), value: formatDate(current.signedNotAfter, locale) },
                { label: t("certificates.fields.uploadedAt"), value: formatDateTime(current.uploadedAt, locale) },
                { label: t("certificates.fields.thumbprint"), value: <span className="break-all font-mono text-xs">{current.thumbprint}</span> },
                { label: t("certificates.fields.serialNumber"), value: <span className="break-all font-mono text-xs">{current.serialNumber}</span> },
              ]}
            />
          </div>
          <div className="mt-4 flex flex-wrap gap-3">
            <a className="font-semibold text-brand-700 underline" href="/certificate/download?which=original" data-testid="download-original" download>
              {t("certificates.page.downloadOriginal")}
            </a>
            <a className="font-semibold text-brand-700 underline" href="/certificate/download?which=signed" data-testid="download-signed" download>
              {t("certificates.page.downloadSigned")}
            </a>
          </div>
        </Card>
      ) : (
        <Card className="border-amber-300 bg-amber-50">
          <p className="text-sm text-slate-800" data-testid="no-certificate">
            {t("certificates.page.none", { organization: partner.organizationName })}
          </p>
        </Card>
      )}

      {trust.certificates.length === 0 && (
        <Card className="border-amber-300 bg-amber-50">
          <p className="text-sm text-slate-800">{t("certificates.page.emptyTrustStore", { domain })}</p>
        </Card>
      )}

      <CertificateUpload
        domain={domain}
        organizationName={partner.organizationName}
        minRemainingDays={env().PARTNER_CERT_MIN_REMAINING_DAYS}
        trust={trust.certificates}
        hasCertificate={Boolean(current)}
      />

      {history.length > 1 && (
        <Card title={t("certificates.page.history")}>
          <ul className="divide-y divide-slate-100 text-sm">
            {history.map((row) => (
              <li key={row.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="break-all font-mono text-xs text-slate-800">{row.subject}</span>
                <span className="text-slate-600">{t("certificates.page.historyRow", { uploaded: formatDate(row.uploadedAt, locale), expires: formatDate(row.notAfter, locale) })}</span>
                {row.isCurrent && <Badge tone="success">{t("certificates.page.currentBadge")}</Badge>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
