import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { formatPolicyJson } from "@/lib/policies/policy-form";
import { getPolicy } from "@/lib/policies/queries";
import { PolicyEditor } from "../../_components/policy-editor";

export default async function EditPolicyPage({ params }: { params: Promise<{ policyId: string }> }) {
  await requirePagePermission("policies.manage");
  const { policyId } = await params;
  const policy = await getPolicy(policyId);
  if (!policy) notFound();
  const t = await getT();
  if (policy.status !== "DRAFT") {
    return (
      <div className="space-y-6">
        <PageHeader title={t("policies.editor.editTitle", { name: policy.name })} />
        <Card>
          <p className="mb-3 text-sm text-slate-800">{t("policies.editor.onlyDrafts", { status: t(`policies.status.${policy.status}`).toLowerCase() })}</p>
          <ButtonLink href={`/policy-manager/policies/${policy.id}`} variant="secondary">
            {t("common.back")}
          </ButtonLink>
        </Card>
      </div>
    );
  }
  return (
    <div>
      <PageHeader title={t("policies.editor.editTitle", { name: policy.name })} description={policy.policyGroup.name} />
      <PolicyEditor
        mode="edit"
        groups={[{ id: policy.policyGroup.id, name: policy.policyGroup.name }]}
        initial={{ policyId: policy.id, groupId: policy.policyGroup.id, type: policy.mosipType, name: policy.name, description: policy.description, version: policy.version, json: formatPolicyJson(policy.policyJson) }}
      />
    </div>
  );
}
