"use client";
// The provider's deactivations: the SBI (its confirmation lists the devices the cascade changes) and a device.
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toaster";
import { deactivateDeviceAction, deactivateSbiAction } from "@/lib/devices/actions";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { ActionDialog } from "@/components/ui/action-dialog";
import { CascadeList } from "../../_components/cascade-list";

export function DeactivateSbiButton({ sbiId, version, toDeactivate, toReject }: { sbiId: string; version: string; toDeactivate: string[]; toReject: string[] }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  return (
    <ActionDialog
      trigger={t("devices.sbi.deactivate")}
      triggerVariant="danger"
      variant="danger"
      title={t("devices.sbi.deactivateTitle", { version })}
      confirmLabel={t("devices.sbi.deactivateConfirm")}
      cancelLabel={t("common.cancel")}
      onConfirm={async () => {
        const result = await deactivateSbiAction({ id: sbiId });
        if (!result.ok) return actionErrorMessage(t, result);
        toast(t("devices.sbi.deactivated", { version, deactivated: result.data.deactivated, rejected: result.data.rejected }));
        router.refresh();
        return null;
      }}
    >
      <CascadeList version={version} toDeactivate={toDeactivate} toReject={toReject} />
    </ActionDialog>
  );
}

export function DeactivateDeviceButton({ deviceId, name }: { deviceId: string; name: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  return (
    <ActionDialog
      trigger={t("devices.device.deactivate")}
      triggerLabel={t("devices.device.deactivateNamed", { name })}
      triggerVariant="danger"
      variant="danger"
      title={t("devices.device.deactivateTitle", { name })}
      confirmLabel={t("devices.device.deactivateConfirm")}
      cancelLabel={t("common.cancel")}
      onConfirm={async () => {
        const result = await deactivateDeviceAction({ id: deviceId });
        if (!result.ok) return actionErrorMessage(t, result);
        toast(t("devices.device.deactivated", { name }));
        router.refresh();
        return null;
      }}
    >
      <p>{t("devices.device.deactivateBody", { name })}</p>
    </ActionDialog>
  );
}
