// The devices and FTM cards of the dashboard: a provider's SBIs and chips, and for admins what waits for a decision.
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/card";
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { pendingDeviceCounts, providerDeviceSummary } from "@/lib/devices/queries";
import { pendingChipCount, providerChipSummary } from "@/lib/ftm/queries";
import { getT } from "@/lib/i18n/server";

export async function DeviceDashboardCards({ user }: { user: UserPrincipal }) {
  const t = await getT();
  const cards = [];
  if (user.partner && hasPermission(user, "devices.own")) {
    const s = await providerDeviceSummary(user.partner.id);
    cards.push(
      <StatCard
        key="sbis"
        label={t("devices.dashboard.sbis")}
        value={s.approvedSbis}
        href="/devices"
        linkLabel={t("devices.dashboard.open")}
        badge={s.expiringSoon > 0 ? <Badge tone="warning">{t("devices.dashboard.expiringSoon", { count: s.expiringSoon })}</Badge> : undefined}
      />,
      <StatCard
        key="devices"
        label={t("devices.dashboard.devices")}
        value={s.approvedDevices}
        href="/devices"
        linkLabel={t("devices.dashboard.open")}
        badge={s.pendingDevices > 0 ? <Badge tone="info">{t("devices.dashboard.pending", { count: s.pendingDevices })}</Badge> : undefined}
      />,
    );
  }
  if (user.partner && hasPermission(user, "ftm.own")) {
    const s = await providerChipSummary(user.partner.id);
    cards.push(
      <StatCard
        key="chips"
        label={t("devices.dashboard.chips")}
        value={s.approved}
        href="/ftm"
        linkLabel={t("devices.dashboard.open")}
        badge={
          s.expiringSoon > 0 ? (
            <Badge tone="warning">{t("devices.dashboard.certificatesExpiring", { count: s.expiringSoon })}</Badge>
          ) : s.pending + s.awaitingCertificate > 0 ? (
            <Badge tone="info">{t("devices.dashboard.pending", { count: s.pending + s.awaitingCertificate })}</Badge>
          ) : undefined
        }
      />,
    );
  }
  if (hasPermission(user, "devices.approve")) {
    const pending = await pendingDeviceCounts();
    cards.push(
      <StatCard
        key="pending-sbis"
        label={t("devices.dashboard.pendingSbis")}
        value={pending.sbis}
        href="/admin/devices?status=PENDING_APPROVAL"
        linkLabel={t("devices.dashboard.open")}
        badge={pending.sbis > 0 ? <Badge tone="warning">{pending.sbis}</Badge> : undefined}
      />,
      <StatCard
        key="pending-devices"
        label={t("devices.dashboard.pendingDevices")}
        value={pending.devices}
        href="/admin/devices/list?status=PENDING_APPROVAL"
        linkLabel={t("devices.dashboard.open")}
        badge={pending.devices > 0 ? <Badge tone="warning">{pending.devices}</Badge> : undefined}
      />,
    );
  }
  if (hasPermission(user, "ftm.approve")) {
    const chips = await pendingChipCount();
    cards.push(
      <StatCard
        key="pending-chips"
        label={t("devices.dashboard.pendingChips")}
        value={chips}
        href="/admin/ftm?status=PENDING_APPROVAL"
        linkLabel={t("devices.dashboard.open")}
        badge={chips > 0 ? <Badge tone="warning">{chips}</Badge> : undefined}
      />,
    );
  }
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="devices-heading" className="space-y-3">
      <h2 id="devices-heading" className="text-lg font-semibold">
        {t("devices.dashboard.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="device-dashboard-cards">
        {cards}
      </div>
    </section>
  );
}
