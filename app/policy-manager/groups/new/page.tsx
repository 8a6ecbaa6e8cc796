import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { PolicyGroupForm } from "../../_components/policy-group-form";

export default async function NewPolicyGroupPage() {
  await requirePagePermission("policy-groups.manage");
  const t = await getT();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("policies.groups.newTitle")} description={t("policies.groups.intro")} actions={<ButtonLink href="/policy-manager" variant="secondary">{t("common.back")}</ButtonLink>} />
      <Card>
        <PolicyGroupForm />
      </Card>
    </div>
  );
}
