import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { preflightTrust } from "@/lib/certificates/queries";
import { env } from "@/lib/env";
import { getChip } from "@/lib/ftm/queries";
import { CERTIFICATE_UPLOADABLE } from "@/lib/ftm/service";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { ChipCertificateUpload } from "./chip-certificate-upload";
import { DeactivateChipButton } from "./chip-actions";

export default async function ChipPage({ params }: { params: Promise<{ chipId: string }> }) {
  const user = await requirePagePermission("ftm.own");
  if (!user.partner) notFound();
  const { chipId } = await params;
  const chip = await getChip({ kind: "provider", partnerId: user.partner.id }, chipId);
  if (!chip) notFound();
  const t = await getT();
  const locale = await getLocale();
  const name = `${chip.make} ${chip.model}`;
  const canUpload = CERTIFICATE_UPLOADABLE.includes(chip.status) && user.partner.status === "ACTIVE";
  const trust = canUpload ? await preflightTrust("FTM") : null;
  const downloadable = chip.hasCertificate && (chip.status === "PENDING_APPROVAL" || chip.status === "APPROVED");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("ftm.chip.detailTitle", { name })}
        actions={
          <ButtonLink href="/ftm" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card title={t("common.details")} actions={<span data-testid="chip-status"><Badge tone={STATUS_TONES[chip.status]}>{t(`devices.status.${chip.status}`)}</Badge></span>}>
        <DefinitionList
          items={[
            { label: t("ftm.fields.make"), value: chip.make },
            { label: t("ftm.fields.model"), value: chip.model },
            { label: t("ftm.fields.createdAt"), value: formatDate(chip.createdAt, locale) },
            ...(chip.hasCertificate
              ? [
                  { label: t("ftm.fields.certSubject"), value: <span className="break-all font-mono text-xs">{chip.certSubject}</span> },
                  { label: t("ftm.fields.certNotAfter"), value: formatDate(chip.certNotAfter, locale) },
                  { label: t("ftm.fields.certificateUploadedAt"), value: formatDateTime(chip.certificateUploadedAt, locale) },
                  { label: t("ftm.fields.thumbprint"), value: <span className="break-all font-mono text-xs">{chip.certThumbprint}</span> },
                ]
              : []),
            ...(chip.adminComment ? [{ label: t("devices.fields.adminComment"), value: chip.adminComment }] : []),
          ]}
        />
        <p className="mt-4 text-sm text-slate-700" data-testid="chip-explanation">
          {t(`ftm.chip.explain.${chip.status}`)}
        </p>
        {(downloadable || chip.status === "APPROVED") && (
          <div className="mt-4 flex flex-wrap items-center gap-4">
            {downloadable && (
              <>
                <a className="font-semibold text-brand-700 underline" href={`/ftm/${chip.id}/certificate?which=original`} data-testid="download-original" download>
                  {t("ftm.certificate.downloadOriginal")}
                </a>
                <a className="font-semibold text-brand-700 underline" href={`/ftm/${chip.id}/certificate?which=signed`} data-testid="download-signed" download>
                  {t("ftm.certificate.downloadSigned")}
                </a>
              </>
            )}
            {chip.status === "APPROVED" && <DeactivateChipButton chipId={chip.id} name={name} />}
          </div>
        )}
      </Card>

      {canUpload && trust && (
        <ChipCertificateUpload
          chipId={chip.id}
          organizationName={user.partner.organizationName}
          minRemainingDays={env().PARTNER_CERT_MIN_REMAINING_DAYS}
          trust={trust.certificates}
          hasCertificate={chip.hasCertificate}
          isApproved={chip.status === "APPROVED"}
        />
      )}
    </div>
  );
}
