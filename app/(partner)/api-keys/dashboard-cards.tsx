// The keys cards of the dashboard: a partner's API keys, a MISP's license, and for admins what expires soon.
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/card";
import { keysExpiringSoonCount, partnerKeyCounts } from "@/lib/api-keys/queries";
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { mispLicenseCounts, partnerMispLicenses } from "@/lib/misp/queries";

export async function KeyDashboardCards({ user }: { user: UserPrincipal }) {
  const t = await getT();
  const locale = await getLocale();
  const cards = [];
  if (user.partner && hasPermission(user, "api-keys.own")) {
    const counts = await partnerKeyCounts(user.partner.id);
    cards.push(
      <StatCard
        key="api-keys"
        label={t("keysDashboard.apiKeys")}
        value={counts.active}
        href="/api-keys"
        linkLabel={t("keysDashboard.open")}
        badge={counts.expiringSoon > 0 ? <Badge tone="warning">{t("keysDashboard.expiringSoon", { count: counts.expiringSoon })}</Badge> : undefined}
      />,
    );
  }
  if (user.partner && hasPermission(user, "misp-keys.view-own")) {
    const current = (await partnerMispLicenses(user.partner.id)).find((l) => l.displayStatus === "ACTIVE");
    cards.push(
      <StatCard
        key="misp"
        label={t("keysDashboard.misp")}
        value={current ? t("keyStatus.ACTIVE") : t("keysDashboard.mispNone")}
        href="/misp"
        linkLabel={t("keysDashboard.open")}
        badge={current ? <Badge tone="info">{t("keysDashboard.mispExpires", { date: formatDate(current.expiresAt, locale) })}</Badge> : undefined}
      />,
    );
  }
  if (hasPermission(user, "api-keys.manage-all")) {
    const expiring = await keysExpiringSoonCount();
    cards.push(
      <StatCard
        key="keys-expiring"
        label={t("keysDashboard.keysExpiring")}
        value={expiring}
        href="/admin/api-keys?expiresWithinDays=30&sort=expiresAt&dir=asc"
        linkLabel={t("keysDashboard.open")}
        badge={expiring > 0 ? <Badge tone="warning">{expiring}</Badge> : undefined}
      />,
    );
  }
  if (hasPermission(user, "misp-keys.issue")) {
    const misp = await mispLicenseCounts();
    cards.push(
      <StatCard
        key="misp-active"
        label={t("keysDashboard.mispActive")}
        value={misp.active}
        href="/admin/misp?status=ACTIVE"
        linkLabel={t("keysDashboard.open")}
        badge={misp.expiringSoon > 0 ? <Badge tone="warning">{t("keysDashboard.expiringSoon", { count: misp.expiringSoon })}</Badge> : undefined}
      />,
    );
  }
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="keys-dashboard-heading" className="space-y-3">
      <h2 id="keys-dashboard-heading" className="text-lg font-semibold">
        {t("keysDashboard.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="key-dashboard-cards">
        {cards}
      </div>
    </section>
  );
}
