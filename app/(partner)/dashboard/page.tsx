import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader, StatCard } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPartner, partnerStatusCounts } from "@/lib/partners/queries";
import { policyGroupCounts } from "@/lib/policy-groups/queries";
import { formatDate } from "@/lib/format";
import { CertificateDashboardCards } from "@/app/(partner)/certificate/dashboard-cards";
import { DeviceDashboardCards } from "@/app/(partner)/devices/dashboard-cards";
import { PolicyDashboardCards } from "@/app/(partner)/policies/dashboard-cards";
import { KeyDashboardCards } from "@/app/(partner)/api-keys/dashboard-cards";

export default async function DashboardPage() {
  const user = await requireUser();
  const t = await getT();
  const locale = await getLocale();

  const staffCards = [];
  if (hasPermission(user, "partners.read")) {
    const counts = await partnerStatusCounts();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    staffCards.push(
      <StatCard key="partners" label={t("admin.cards.partners")} value={total} href="/admin/partners" linkLabel={t("admin.cards.openList")} />,
      <StatCard key="active" label={t("admin.cards.active")} value={counts.ACTIVE} href="/admin/partners?status=ACTIVE" linkLabel={t("admin.cards.openList")} />,
      <StatCard
        key="pending"
        label={t("admin.cards.pendingCertificate")}
        value={counts.PENDING_CERTIFICATE}
        href="/admin/partners?status=PENDING_CERTIFICATE"
        linkLabel={t("admin.cards.openList")}
        badge={counts.PENDING_CERTIFICATE > 0 ? <Badge tone="warning">{counts.PENDING_CERTIFICATE}</Badge> : undefined}
      />,
      <StatCard key="deactivated" label={t("admin.cards.deactivated")} value={counts.DEACTIVATED} href="/admin/partners?status=DEACTIVATED" linkLabel={t("admin.cards.openList")} />,
    );
  }
  if (hasPermission(user, "policy-groups.manage")) {
    const groups = await policyGroupCounts();
    staffCards.push(
      <StatCard key="groups" label={t("policyManager.groups")} value={groups.total} badge={<Badge tone="info">{t("policyManager.activeGroups", { count: groups.active })}</Badge>} />,
    );
  }

  const partner = user.partner ? await getPartner(user.partner.id) : null;
  const canRegister = !partner && hasPermission(user, "partner.register");

  return (
    <div className="space-y-6">
      <PageHeader title={t("dashboard.welcome", { name: user.displayName })} description={partner ? t("dashboard.partnerHeading", { organization: partner.organizationName, partnerId: partner.id }) : undefined} />

      {staffCards.length > 0 && (
        <section aria-labelledby="staff-heading" className="space-y-3">
          <h2 id="staff-heading" className="text-lg font-semibold">
            {t("dashboard.staffHeading")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{staffCards}</div>
        </section>
      )}

      {/* certificates */}
      <CertificateDashboardCards user={user} />

      {/* devices and FTM chips */}
      <DeviceDashboardCards user={user} />

      {/* policies and policy requests */}
      <PolicyDashboardCards user={user} />

      {/* API keys and MISP license keys */}
      <KeyDashboardCards user={user} />

      {partner && (
        <>
          {partner.status === "PENDING_CERTIFICATE" && (
            <Card title={t("dashboard.nextStep")} className="border-amber-300 bg-amber-50">
              <p className="text-sm text-slate-800" data-testid="next-step">
                {t("dashboard.uploadCertificate", { organization: partner.organizationName })}
              </p>
            </Card>
          )}
          {partner.status === "ACTIVE" && (
            <Card title={t("dashboard.nextStep")}>
              <p className="text-sm text-slate-800">{t("dashboard.activeNext")}</p>
            </Card>
          )}
          <Card title={partner.organizationName}>
            <DefinitionList
              items={[
                { label: t("partners.columns.id"), value: partner.id },
                { label: t("dashboard.partnerType"), value: t(`partnerTypes.${partner.typeCode}`) },
                { label: t("dashboard.status"), value: <Badge tone={STATUS_TONES[partner.status]}>{t(`partnerStatus.${partner.status}`)}</Badge> },
                { label: t("dashboard.policyGroup"), value: partner.policyGroup?.name ?? "—" },
                { label: t("dashboard.email"), value: partner.email },
                { label: t("dashboard.registeredOn"), value: formatDate(partner.createdAt, locale) },
              ]}
            />
          </Card>
        </>
      )}

      {canRegister && (
        <Card title={t("dashboard.nextStep")}>
          <p className="mb-3 text-sm text-slate-800">{t("dashboard.noPartner")}</p>
          <ButtonLink href="/register">{t("dashboard.registerPartner")}</ButtonLink>
        </Card>
      )}
    </div>
  );
}
