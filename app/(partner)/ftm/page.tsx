import Link from "next/link";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { listProviderChips } from "@/lib/ftm/queries";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function FtmPage() {
  const user = await requirePagePermission("ftm.own");
  const t = await getT();
  const locale = await getLocale();
  const partner = user.partner;
  if (!partner) {
    return (
      <div>
        <PageHeader title={t("ftm.page.title")} />
        <Card>
          <p className="mb-3 text-sm text-slate-800">{t("devices.page.noPartner")}</p>
          <ButtonLink href="/register">{t("devices.page.register")}</ButtonLink>
        </Card>
      </div>
    );
  }
  const chips = await listProviderChips(partner.id);
  const isActive = partner.status === "ACTIVE";
  const columns = ["make", "model", "status", "certificate", "certNotAfter", "createdAt"] as const;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("ftm.page.title")}
        description={t("ftm.page.description")}
        actions={isActive ? <ButtonLink href="/ftm/new">{t("ftm.chip.add")}</ButtonLink> : undefined}
      />
      {!isActive && (
        <Card className="border-amber-300 bg-amber-50">
          <p className="text-sm text-slate-800">
            {t("ftm.page.inactive")}{" "}
            <Link href="/certificate" className="font-semibold text-brand-700 underline">
              {t("devices.page.certificateLink")}
            </Link>
          </p>
        </Card>
      )}
      <Card>
        {chips.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="no-chips">
            {t("ftm.page.empty")}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="chips">
              <caption className="sr-only">{t("ftm.page.title")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {columns.map((key) => (
                    <th key={key} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-semibold text-slate-800">
                      {t(`ftm.fields.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {chips.map((chip) => (
                  <tr key={chip.id} data-testid="chip-row" data-model={chip.model}>
                    <td className="px-3 py-2">
                      <Link href={`/ftm/${chip.id}`} className="font-semibold text-brand-700 underline">
                        {chip.make}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{chip.model}</td>
                    <td className="px-3 py-2">
                      <Badge tone={STATUS_TONES[chip.status]}>{t(`devices.status.${chip.status}`)}</Badge>
                    </td>
                    <td className="px-3 py-2">
                      {!chip.hasCertificate ? t("ftm.certificate.missing") : chip.isCertificateExpired ? <Badge tone="danger">{t("ftm.certificate.expired")}</Badge> : t("ftm.certificate.uploaded")}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(chip.certNotAfter, locale)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(chip.createdAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
