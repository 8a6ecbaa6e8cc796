import Link from "next/link";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { listProviderSbis } from "@/lib/devices/queries";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function DevicesPage() {
  const user = await requirePagePermission("devices.own");
  const t = await getT();
  const locale = await getLocale();
  const partner = user.partner;
  if (!partner) {
    return (
      <div>
        <PageHeader title={t("devices.page.title")} />
        <Card>
          <p className="mb-3 text-sm text-slate-800">{t("devices.page.noPartner")}</p>
          <ButtonLink href="/register">{t("devices.page.register")}</ButtonLink>
        </Card>
      </div>
    );
  }
  const sbis = await listProviderSbis(partner.id);
  const isActive = partner.status === "ACTIVE";

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("devices.page.title")}
        description={t("devices.page.description")}
        actions={isActive ? <ButtonLink href="/devices/sbi/new">{t("devices.sbi.add")}</ButtonLink> : undefined}
      />
      {!isActive && (
        <Card className="border-amber-300 bg-amber-50">
          <p className="text-sm text-slate-800" data-testid="devices-inactive">
            {t("devices.page.inactive")}{" "}
            <Link href="/certificate" className="font-semibold text-brand-700 underline">
              {t("devices.page.certificateLink")}
            </Link>
          </p>
        </Card>
      )}
      {sbis.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-700" data-testid="no-sbis">
            {t("devices.page.empty")}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("devices.page.listLabel")}>
          {sbis.map((sbi) => (
            <li key={sbi.id} data-testid="sbi-card" data-version={sbi.version}>
              <Card
                title={
                  <Link href={`/devices/sbi/${sbi.id}`} className="text-brand-700 underline">
                    {t("devices.sbi.cardTitle", { version: sbi.version })}
                  </Link>
                }
                actions={
                  <span className="flex gap-1">
                    <Badge tone={STATUS_TONES[sbi.status]}>{t(`devices.status.${sbi.status}`)}</Badge>
                    {sbi.isExpired && <Badge tone="danger">{t("devices.sbi.expired")}</Badge>}
                  </span>
                }
              >
                <DefinitionList
                  items={[
                    { label: t("devices.fields.swCreatedAt"), value: formatDate(sbi.swCreatedAt, locale) },
                    { label: t("devices.fields.swExpiresAt"), value: formatDate(sbi.swExpiresAt, locale) },
                    { label: t("devices.fields.devices"), value: t("devices.sbi.counts", { total: sbi.devices.total, approved: sbi.devices.approved, pending: sbi.devices.pending }) },
                    { label: t("devices.fields.createdAt"), value: formatDate(sbi.createdAt, locale) },
                  ]}
                />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
