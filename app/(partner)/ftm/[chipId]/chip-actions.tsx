"use client";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toaster";
import { deactivateChipAction } from "@/lib/ftm/actions";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { ActionDialog } from "@/components/ui/action-dialog";

export function DeactivateChipButton({ chipId, name }: { chipId: string; name: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  return (
    <ActionDialog
      trigger={t("ftm.chip.deactivate")}
      triggerVariant="danger"
      variant="danger"
      title={t("ftm.chip.deactivateTitle", { name })}
      confirmLabel={t("ftm.chip.deactivateConfirm")}
      cancelLabel={t("common.cancel")}
      onConfirm={async () => {
        const result = await deactivateChipAction({ id: chipId });
        if (!result.ok) return actionErrorMessage(t, result);
        toast(t("ftm.chip.deactivated", { name }));
        router.refresh();
        return null;
      }}
    >
      <p>{t("ftm.chip.deactivateBody", { name })}</p>
    </ActionDialog>
  );
}
