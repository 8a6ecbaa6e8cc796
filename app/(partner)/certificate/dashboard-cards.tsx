// The certificate cards of the dashboard: the partner's own certificate, and for admins what expires soon.
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/card";
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { countPartnerCertificatesExpiring, getCurrentPartnerCertificate } from "@/lib/certificates/queries";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { countCaCertificatesExpiring, trustStoreCounts } from "@/lib/trust-store/queries";

const SOON_DAYS = 30;

export async function CertificateDashboardCards({ user }: { user: UserPrincipal }) {
  const t = await getT();
  const locale = await getLocale();
  const cards = [];
  if (user.partner && hasPermission(user, "partner.certificate.upload")) {
    const current = await getCurrentPartnerCertificate(user.partner.id);
    const left = current ? current.notAfter.getTime() - Date.now() : 0;
    const badge = !current ? undefined : left <= 0 ? (
      <Badge tone="danger">{t("certificates.page.expired")}</Badge>
    ) : left < SOON_DAYS * 86_400_000 ? (
      <Badge tone="warning">{t("certificates.dashboard.expiresSoon")}</Badge>
    ) : undefined;
    cards.push(
      <StatCard
        key="certificate"
        label={t("certificates.dashboard.certificate")}
        value={current ? t("certificates.dashboard.validUntil", { date: formatDate(current.notAfter, locale) }) : t("certificates.dashboard.none")}
        href="/certificate"
        linkLabel={t("certificates.dashboard.open")}
        badge={badge}
      />,
    );
  }
  if (hasPermission(user, "trust-store.manage")) {
    const [partners, cas, counts] = await Promise.all([countPartnerCertificatesExpiring(SOON_DAYS), countCaCertificatesExpiring(SOON_DAYS), trustStoreCounts()]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    cards.push(
      <StatCard key="trust-store" label={t("certificates.dashboard.trustStore")} value={total} href="/admin/trust-store" linkLabel={t("certificates.dashboard.open")} />,
      <StatCard
        key="expiring-cas"
        label={t("certificates.dashboard.expiringCas")}
        value={cas}
        href={`/admin/trust-store?expiringWithinDays=${SOON_DAYS}`}
        linkLabel={t("certificates.dashboard.open")}
        badge={cas > 0 ? <Badge tone="warning">{cas}</Badge> : undefined}
      />,
      <StatCard key="expiring-partners" label={t("certificates.dashboard.expiringPartners")} value={partners} badge={partners > 0 ? <Badge tone="warning">{partners}</Badge> : undefined} />,
    );
  }
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="certificates-heading" className="space-y-3">
      <h2 id="certificates-heading" className="text-lg font-semibold">
        {t("certificates.dashboard.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{cards}</div>
    </section>
  );
}
