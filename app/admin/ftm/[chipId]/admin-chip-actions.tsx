"use client";
// The admin's decisions on a chip: approve the certificate on screen, reject with a comment, deactivate.
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toaster";
import { adminDeactivateChipAction, decideChipAction } from "@/lib/ftm/actions";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { ActionDialog } from "@/components/ui/action-dialog";

interface Props {
  chipId: string;
  name: string;
  status: string;
  thumbprint: string | null;
  approveBlockedReason?: string;
}

export function AdminChipActions({ chipId, name, status, thumbprint, approveBlockedReason }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();

  async function decide(decision: "APPROVE" | "REJECT", comment: string) {
    const result = await decideChipAction({ id: chipId, decision, comment: comment || undefined, thumbprint: thumbprint ?? undefined });
    if (!result.ok) return actionFieldErrors(t, result)[0]?.[1] ?? actionErrorMessage(t, result);
    toast(t(decision === "APPROVE" ? "devices.admin.approved" : "devices.admin.rejected", { name }));
    router.refresh();
    return null;
  }

  if (status === "PENDING_APPROVAL") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        {approveBlockedReason ? (
          <p className="text-sm text-red-800" data-testid="approve-blocked">
            {approveBlockedReason}
          </p>
        ) : (
          <ActionDialog
            trigger={t("devices.admin.approve")}
            triggerVariant="primary"
            title={t("devices.admin.approveTitle", { name })}
            confirmLabel={t("devices.admin.approve")}
            cancelLabel={t("common.cancel")}
            comment={{ label: t("devices.admin.commentOptional") }}
            onConfirm={(comment) => decide("APPROVE", comment)}
          >
            <p>{t("ftm.admin.approveBody", { name })}</p>
          </ActionDialog>
        )}
        <ActionDialog
          trigger={t("devices.admin.reject")}
          triggerVariant="danger"
          variant="danger"
          title={t("devices.admin.rejectTitle", { name })}
          confirmLabel={t("devices.admin.reject")}
          cancelLabel={t("common.cancel")}
          comment={{ label: t("devices.admin.comment"), hint: t("devices.admin.commentHint"), required: true, requiredLabel: t("common.required") }}
          onConfirm={(comment) => decide("REJECT", comment)}
        >
          <p>{t("devices.admin.rejectBody", { name })}</p>
        </ActionDialog>
      </div>
    );
  }
  if (status === "APPROVED") {
    return (
      <ActionDialog
        trigger={t("ftm.chip.deactivate")}
        triggerVariant="danger"
        variant="danger"
        title={t("ftm.chip.deactivateTitle", { name })}
        confirmLabel={t("ftm.chip.deactivateConfirm")}
        cancelLabel={t("common.cancel")}
        onConfirm={async () => {
          const result = await adminDeactivateChipAction({ id: chipId });
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
  return <p className="text-sm text-slate-700">{t(`ftm.admin.noAction.${status}`)}</p>;
}
