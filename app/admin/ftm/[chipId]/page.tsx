import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getChip } from "@/lib/ftm/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { AdminChipActions } from "./admin-chip-actions";

export default async function AdminChipPage({ params }: { params: Promise<{ chipId: string }> }) {
  await requirePagePermission("ftm.approve");
  const { chipId } = await params;
  const chip = await getChip({ kind: "admin" }, chipId);
  if (!chip) notFound();
  const t = await getT();
  const locale = await getLocale();
  const name = `${chip.make} ${chip.model}`;
  const downloadable = chip.hasCertificate && (chip.status === "PENDING_APPROVAL" || chip.status === "APPROVED");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("ftm.admin.chipTitle", { name, partnerId: chip.providerId })}
        description={chip.organizationName}
        actions={
          <ButtonLink href="/admin/ftm" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card title={t("common.details")} actions={<span data-testid="chip-status"><Badge tone={STATUS_TONES[chip.status]}>{t(`devices.status.${chip.status}`)}</Badge></span>}>
        <DefinitionList
          items={[
            {
              label: t("devices.fields.partnerId"),
              value: (
                <Link href={`/admin/partners/${encodeURIComponent(chip.providerId)}`} className="text-brand-700 underline">
                  {chip.providerId}
                </Link>
              ),
            },
            { label: t("devices.fields.organizationName"), value: chip.organizationName },
            { label: t("ftm.fields.make"), value: chip.make },
            { label: t("ftm.fields.model"), value: chip.model },
            { label: t("ftm.fields.createdAt"), value: formatDate(chip.createdAt, locale) },
            { label: t("ftm.fields.certSubject"), value: chip.certSubject ? <span className="break-all font-mono text-xs">{chip.certSubject}</span> : t("ftm.certificate.missing") },
            ...(chip.hasCertificate
              ? [
                  {
                    label: t("ftm.fields.certNotAfter"),
                    value: (
                      <span className="inline-flex items-center gap-1">
                        {formatDate(chip.certNotAfter, locale)}
                        {chip.isCertificateExpired && <Badge tone="danger">{t("ftm.certificate.expired")}</Badge>}
                      </span>
                    ),
                  },
                  { label: t("ftm.fields.certificateUploadedAt"), value: formatDateTime(chip.certificateUploadedAt, locale) },
                  { label: t("ftm.fields.thumbprint"), value: <span className="break-all font-mono text-xs">{chip.certThumbprint}</span> },
                ]
              : []),
            ...(chip.adminComment ? [{ label: t("devices.fields.adminComment"), value: chip.adminComment }] : []),
          ]}
        />
        {downloadable && (
          <div className="mt-4 flex flex-wrap gap-4">
            <a className="font-semibold text-brand-700 underline" href={`/admin/ftm/${chip.id}/certificate?which=original`} data-testid="download-original" download>
              {t("ftm.certificate.downloadOriginal")}
            </a>
            <a className="font-semibold text-brand-700 underline" href={`/admin/ftm/${chip.id}/certificate?which=signed`} data-testid="download-signed" download>
              {t("ftm.certificate.downloadSigned")}
            </a>
          </div>
        )}
        <div className="mt-4">
          <AdminChipActions
            chipId={chip.id}
            name={name}
            status={chip.status}
            thumbprint={chip.certThumbprint}
            approveBlockedReason={
              chip.status === "PENDING_APPROVAL" && chip.isCertificateExpired ? t("ftm.admin.expiredCannotApprove", { date: formatDate(chip.certNotAfter, locale) }) : undefined
            }
          />
        </div>
      </Card>
    </div>
  );
}
