import { Badge } from "@/components/ui/badge";
import { PageHeader, StatCard } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { policyGroupCounts } from "@/lib/policy-groups/queries";

export default async function PolicyManagerHome() {
  const t = await getT();
  const groups = await policyGroupCounts();
  return (
    <div className="space-y-6">
      <PageHeader title={t("policyManager.heading")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label={t("policyManager.groups")} value={groups.total} badge={<Badge tone="info">{t("policyManager.activeGroups", { count: groups.active })}</Badge>} />
      </div>
    </div>
  );
}
