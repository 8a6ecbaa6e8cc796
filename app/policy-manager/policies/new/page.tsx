import type { SearchParams } from "@/components/data-table/query-string";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { formatPolicyJson, policyTemplate } from "@/lib/policies/policy-form";
import { isPolicyType } from "@/lib/policies/policy-types";
import { listActivePolicyGroups } from "@/lib/policy-groups/queries";
import { PolicyEditor } from "../_components/policy-editor";

export default async function NewPolicyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("policies.manage");
  const params = await searchParams;
  const t = await getT();
  const groups = await listActivePolicyGroups();
  const wantedGroup = typeof params.group === "string" ? params.group : "";
  const type = isPolicyType(params.type) ? params.type : "Auth";
  return (
    <div>
      <PageHeader title={t("policies.editor.newTitle")} />
      <PolicyEditor
        mode="create"
        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        initial={{ groupId: groups.some((g) => g.id === wantedGroup) ? wantedGroup : "", type, name: "", description: "", version: "1.0", json: formatPolicyJson(policyTemplate(type)) }}
      />
    </div>
  );
}
