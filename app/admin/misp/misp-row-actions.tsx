"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { deactivateMispLicenseAction, issueMispLicenseAction } from "@/lib/misp/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useShowReissuedSecret } from "./reissued-secret";

/** Deactivate or reissue one MISP partner's current key; a reissued key is shown once, by ReissuedSecretProvider. */
export function MispRowActions({ licenseId, partnerId }: { licenseId: string; partnerId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const showSecret = useShowReissuedSecret();

  return (
    <div className="flex gap-2">
      <ConfirmDialog
        size="small"
        trigger={t("misp.reissueAction")}
        triggerLabel={t("misp.reissueNamed", { partnerId })}
        title={t("misp.reissueTitle", { partnerId })}
        confirmLabel={t("misp.reissueAction")}
        cancelLabel={t("common.cancel")}
        variant="primary"
        pending={pending}
        onConfirm={() =>
          startTransition(async () => {
            const result = await issueMispLicenseAction({ partnerId, reissue: true });
            if (result.ok) showSecret({ secret: result.data.secret, partnerId });
            else toast(actionErrorMessage(t, result), "error");
          })
        }
      >
        {t("misp.reissueConfirm")}
      </ConfirmDialog>
      <ConfirmDialog
        size="small"
        variant="danger"
        trigger={t("misp.deactivate")}
        triggerLabel={t("misp.deactivateNamed", { partnerId })}
        title={t("misp.deactivateTitle", { partnerId })}
        confirmLabel={t("misp.deactivate")}
        cancelLabel={t("common.cancel")}
        pending={pending}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deactivateMispLicenseAction({ licenseId });
            if (result.ok) toast(t("misp.deactivated", { partnerId }));
            else toast(actionErrorMessage(t, result), "error");
            router.refresh();
          })
        }
      >
        {t("misp.deactivateConfirm")}
      </ConfirmDialog>
    </div>
  );
}
