"use client";
// Activate or deactivate a policy group after a confirmation; a group with published policies cannot be deactivated.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { activatePolicyGroupAction, deactivatePolicyGroupAction } from "@/lib/policy-groups/actions";

export function GroupStatusActions({ groupId, name, isActive, publishedCount }: { groupId: string; name: string; isActive: boolean; publishedCount: number }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(activate: boolean) {
    startTransition(async () => {
      const result = activate ? await activatePolicyGroupAction({ groupId }) : await deactivatePolicyGroupAction({ groupId });
      if (result.ok) toast(t(activate ? "policies.groups.activated" : "policies.groups.deactivated", { name }));
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  if (isActive && publishedCount > 0) {
    return <p className="text-sm text-slate-700" data-testid="group-cannot-deactivate">{t("policies.groups.cannotDeactivate", { count: publishedCount })}</p>;
  }
  return isActive ? (
    <ConfirmDialog
      trigger={t("policies.groups.deactivate")}
      title={t("policies.groups.deactivate")}
      confirmLabel={t("common.confirm")}
      cancelLabel={t("common.cancel")}
      variant="danger"
      pending={pending}
      onConfirm={() => run(false)}
    >
      {t("policies.groups.deactivateConfirm", { name })}
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      trigger={t("policies.groups.activate")}
      title={t("policies.groups.activate")}
      confirmLabel={t("common.confirm")}
      cancelLabel={t("common.cancel")}
      pending={pending}
      onConfirm={() => run(true)}
    >
      {t("policies.groups.activateConfirm", { name })}
    </ConfirmDialog>
  );
}
