// The policy cards of the dashboard: a partner's requests, the admin's pending queue, the policy manager's policies.
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/card";
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { getT } from "@/lib/i18n/server";
import { policyStatusCounts } from "@/lib/policies/queries";
import { partnerRequestCounts, pendingPolicyRequestCount } from "@/lib/policy-requests/queries";

export async function PolicyDashboardCards({ user }: { user: UserPrincipal }) {
  const t = await getT();
  const cards = [];
  if (user.partner && hasPermission(user, "policy-requests.create")) {
    const counts = await partnerRequestCounts(user.partner.id);
    cards.push(
      <StatCard
        key="my-requests"
        label={t("policies.dashboard.myRequests")}
        value={counts.PENDING}
        href="/policies/requests"
        linkLabel={t("policies.dashboard.openPolicies")}
        badge={<Badge tone="success">{t("policies.dashboard.myRequestsBadge", { approved: counts.APPROVED })}</Badge>}
      />,
    );
  }
  if (hasPermission(user, "policy-requests.decide")) {
    const pending = await pendingPolicyRequestCount();
    cards.push(
      <StatCard
        key="pending-requests"
        label={t("policies.dashboard.pendingRequests")}
        value={pending}
        href="/admin/policy-requests?status=PENDING"
        linkLabel={t("policies.dashboard.openQueue")}
        badge={pending > 0 ? <Badge tone="warning">{pending}</Badge> : undefined}
      />,
    );
  }
  if (hasPermission(user, "policies.manage")) {
    const counts = await policyStatusCounts();
    cards.push(
      <StatCard
        key="policies"
        label={t("policies.dashboard.policies")}
        value={counts.PUBLISHED}
        href="/policy-manager/policies"
        linkLabel={t("policies.dashboard.openPolicies")}
        badge={counts.DRAFT > 0 ? <Badge tone="info">{t("policies.dashboard.draftsBadge", { count: counts.DRAFT })}</Badge> : undefined}
      />,
    );
  }
  if (!cards.length) return null;
  return (
    <section aria-labelledby="policies-heading" className="space-y-3">
      <h2 id="policies-heading" className="text-lg font-semibold">
        {t("policies.dashboard.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="policy-dashboard-cards">
        {cards}
      </div>
    </section>
  );
}
