"use client";
// Publish, clone and deactivate a policy; each asks first, and deactivation shows its impact before it is confirmed.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { clonePolicyAction, deactivatePolicyAction, publishPolicyAction } from "@/lib/policies/actions";
import type { DeactivationImpact } from "@/lib/policies/queries";

interface Props {
  policy: { id: string; name: string; status: string; groupId: string; groupName: string };
  groups: { id: string; name: string }[];
  impact: DeactivationImpact | null;
}

export function PolicyActions({ policy, groups, impact }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function publish() {
    startTransition(async () => {
      const result = await publishPolicyAction({ policyId: policy.id });
      if (result.ok) toast(t("policies.detail.published", { name: policy.name }));
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  function deactivate() {
    startTransition(async () => {
      const result = await deactivatePolicyAction({ policyId: policy.id });
      if (result.ok) toast(t("policies.detail.deactivated", { name: policy.name, count: result.data.rejectedRequests }));
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap gap-3">
      {policy.status === "DRAFT" && (
        <ConfirmDialog
          trigger={t("policies.detail.publish")}
          title={t("policies.detail.publishTitle", { name: policy.name })}
          confirmLabel={t("policies.detail.publish")}
          cancelLabel={t("common.cancel")}
          pending={pending}
          onConfirm={publish}
        >
          {t("policies.detail.publishConfirm", { group: policy.groupName })}
        </ConfirmDialog>
      )}
      <CloneDialog policy={policy} groups={groups} />
      {policy.status === "PUBLISHED" && impact && (
        <ConfirmDialog
          trigger={t("policies.detail.deactivate")}
          title={t("policies.detail.deactivateTitle", { name: policy.name })}
          confirmLabel={t("policies.detail.deactivate")}
          cancelLabel={t("common.cancel")}
          variant="danger"
          pending={pending}
          onConfirm={deactivate}
        >
          <ul className="list-disc space-y-1 ps-5" data-testid="deactivation-impact">
            <li>
              {impact.pendingRequests > 0
                ? t("policies.detail.impactPending", { count: impact.pendingRequests, partners: impact.partnersWithPendingRequests.map((p) => p.organizationName).join(", ") })
                : t("policies.detail.impactNoPending")}
            </li>
            {impact.approvedRequests > 0 && <li>{t("policies.detail.impactApproved", { count: impact.approvedRequests })}</li>}
            <li>{impact.activeApiKeys > 0 ? t("policies.detail.impactKeys", { count: impact.activeApiKeys }) : t("policies.detail.impactNoKeys")}</li>
          </ul>
          <p className="mt-2">{t("policies.detail.impactIntro")}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function CloneDialog({ policy, groups }: Pick<Props, "policy" | "groups">) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const ref = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const defaultGroup = groups.find((g) => g.id !== policy.groupId)?.id ?? "";

  function submit(form: FormData) {
    startTransition(async () => {
      const name = String(form.get("name") ?? "");
      const result = await clonePolicyAction({ policyId: policy.id, targetGroupId: String(form.get("targetGroupId") ?? ""), name });
      if (!result.ok) {
        const fields = Object.fromEntries(actionFieldErrors(t, result));
        setErrors(Object.keys(fields).length ? fields : { _form: actionErrorMessage(t, result) });
        return;
      }
      ref.current?.close();
      toast(t("policies.detail.cloned", { name }));
      router.push(`/policy-manager/policies/${result.data.id}`);
    });
  }

  return (
    <>
      <Button variant="secondary" onClick={() => ref.current?.showModal()}>
        {t("policies.detail.clone")}
      </Button>
      <dialog ref={ref} aria-labelledby="clone-title" className="m-auto w-[32rem] max-w-[92vw] rounded-lg p-0 shadow-xl">
        <form action={submit} className="space-y-4 p-6">
          <h2 id="clone-title" className="text-lg font-semibold text-slate-900">
            {t("policies.detail.cloneTitle", { name: policy.name })}
          </h2>
          <FormAlert>{errors._form}</FormAlert>
          <Field id="clone-group" label={t("policies.detail.cloneGroup")} error={errors.targetGroupId} required requiredLabel={t("common.required")}>
            <select name="targetGroupId" defaultValue={defaultGroup} className={inputClass}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="clone-name" label={t("policies.detail.cloneName")} error={errors.name} required requiredLabel={t("common.required")}>
            <input name="name" defaultValue={policy.name} className={inputClass} autoComplete="off" />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => ref.current?.close()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {t("policies.detail.cloneSubmit")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
