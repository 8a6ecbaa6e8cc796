"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import { deactivateApiKeyAsAdminAction, deactivateOwnApiKeyAction } from "@/lib/api-keys/actions";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** `asAdmin` picks the admin action (any partner's key); partners act on their own keys only. */
export function DeactivateApiKeyButton({ keyId, label, asAdmin = false }: { keyId: string; label: string; asAdmin?: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <ConfirmDialog
      size="small"
      variant="danger"
      trigger={t("apiKeys.deactivate")}
      triggerLabel={t("apiKeys.deactivateNamed", { label })}
      title={t("apiKeys.deactivateTitle", { label })}
      confirmLabel={t("apiKeys.deactivate")}
      cancelLabel={t("common.cancel")}
      pending={pending}
      onConfirm={() =>
        startTransition(async () => {
          const result = asAdmin ? await deactivateApiKeyAsAdminAction({ keyId }) : await deactivateOwnApiKeyAction({ keyId });
          if (result.ok) toast(t("apiKeys.deactivated", { label }));
          else toast(actionErrorMessage(t, result), "error");
          router.refresh();
        })
      }
    >
      {t("apiKeys.deactivateConfirm")}
    </ConfirmDialog>
  );
}
