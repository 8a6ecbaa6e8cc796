"use client";
// The admin's decisions on SBIs and devices: approve, reject with a comment, deactivate (an SBI with its cascade).
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toaster";
import { adminDeactivateDeviceAction, adminDeactivateSbiAction, decideDeviceAction, decideSbiAction } from "@/lib/devices/actions";
import type { ActionResult } from "@/lib/action";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/translate";
import { ActionDialog } from "@/components/ui/action-dialog";
import { CascadeList } from "@/app/(partner)/devices/_components/cascade-list";

function problem<T>(t: Translate, result: ActionResult<T>): string | null {
  if (result.ok) return null;
  return actionFieldErrors(t, result)[0]?.[1] ?? actionErrorMessage(t, result);
}

interface DecisionProps {
  kind: "sbi" | "device";
  id: string;
  /** what the dialogs call it: "SBI 1.0" or "Acme S4" */
  name: string;
  /** approval refused up front, with the reason shown instead of the button */
  approveBlockedReason?: string;
}

export function DecisionButtons({ kind, id, name, approveBlockedReason }: DecisionProps) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const decide = kind === "sbi" ? decideSbiAction : decideDeviceAction;

  async function run(decision: "APPROVE" | "REJECT", comment: string) {
    const result = await decide({ id, decision, comment: comment || undefined });
    const error = problem(t, result);
    if (error) return error;
    toast(t(decision === "APPROVE" ? "devices.admin.approved" : "devices.admin.rejected", { name }));
    router.refresh();
    return null;
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {approveBlockedReason ? (
        <p className="text-sm text-red-800" data-testid="approve-blocked">
          {approveBlockedReason}
        </p>
      ) : (
        <ActionDialog
          trigger={t("devices.admin.approve")}
          triggerLabel={t("devices.admin.approveNamed", { name })}
          triggerVariant="primary"
          title={t("devices.admin.approveTitle", { name })}
          confirmLabel={t("devices.admin.approve")}
          cancelLabel={t("common.cancel")}
          comment={{ label: t("devices.admin.commentOptional") }}
          onConfirm={(comment) => run("APPROVE", comment)}
        >
          <p>{t(kind === "sbi" ? "devices.admin.approveSbiBody" : "devices.admin.approveDeviceBody", { name })}</p>
        </ActionDialog>
      )}
      <ActionDialog
        trigger={t("devices.admin.reject")}
        triggerLabel={t("devices.admin.rejectNamed", { name })}
        triggerVariant="danger"
        variant="danger"
        title={t("devices.admin.rejectTitle", { name })}
        confirmLabel={t("devices.admin.reject")}
        cancelLabel={t("common.cancel")}
        comment={{ label: t("devices.admin.comment"), hint: t("devices.admin.commentHint"), required: true, requiredLabel: t("common.required") }}
        onConfirm={(comment) => run("REJECT", comment)}
      >
        <p>{t("devices.admin.rejectBody", { name })}</p>
      </ActionDialog>
    </div>
  );
}

export function AdminDeactivateSbi({ sbiId, version, toDeactivate, toReject }: { sbiId: string; version: string; toDeactivate: string[]; toReject: string[] }) {
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
        const result = await adminDeactivateSbiAction({ id: sbiId });
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

export function AdminDeactivateDevice({ deviceId, name }: { deviceId: string; name: string }) {
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
        const result = await adminDeactivateDeviceAction({ id: deviceId });
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
