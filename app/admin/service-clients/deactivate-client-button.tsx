"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { deactivateServiceClientAction } from "@/lib/service-clients/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function DeactivateClientButton({ id, clientId }: { id: string; clientId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <ConfirmDialog
      size="small"
      variant="danger"
      trigger={t("serviceClients.deactivate")}
      triggerLabel={t("serviceClients.deactivateNamed", { clientId })}
      title={t("serviceClients.deactivateTitle", { clientId })}
      confirmLabel={t("serviceClients.deactivate")}
      cancelLabel={t("common.cancel")}
      pending={pending}
      onConfirm={() =>
        startTransition(async () => {
          const result = await deactivateServiceClientAction({ id });
          if (result.ok) toast(t("serviceClients.deactivated", { clientId }));
          else toast(actionErrorMessage(t, result), "error");
          router.refresh();
        })
      }
    >
      {t("serviceClients.deactivateConfirm")}
    </ConfirmDialog>
  );
}
