"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toaster";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { deactivatePartnerAction, reactivatePartnerAction, renameOrganizationAction } from "@/lib/partners/actions";

export function PartnerAdminActions({ partnerId, status, organizationName }: { partnerId: string; status: string; organizationName: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [renameErrors, setRenameErrors] = useState<Record<string, string>>({});

  function run(kind: "deactivate" | "reactivate") {
    startTransition(async () => {
      const result = kind === "deactivate" ? await deactivatePartnerAction({ partnerId }) : await reactivatePartnerAction({ partnerId });
      if (result.ok) toast(t(kind === "deactivate" ? "partners.deactivated" : "partners.reactivated", { partnerId }));
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  function rename(form: FormData) {
    startTransition(async () => {
      const result = await renameOrganizationAction({
        partnerId,
        organizationName: String(form.get("organizationName") ?? ""),
        reason: String(form.get("reason") ?? ""),
      });
      if (result.ok) {
        setRenameErrors({});
        toast(t("partners.renamed"));
        router.refresh();
      } else {
        const fields = Object.fromEntries(actionFieldErrors(t, result));
        setRenameErrors(Object.keys(fields).length ? fields : { _form: actionErrorMessage(t, result) });
      }
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("common.actions")}>
        <div className="flex flex-wrap gap-3">
          {status !== "DEACTIVATED" ? (
            <ConfirmDialog
              trigger={t("partners.deactivate")}
              title={t("partners.deactivate")}
              confirmLabel={t("common.confirm")}
              cancelLabel={t("common.cancel")}
              variant="danger"
              pending={pending}
              onConfirm={() => run("deactivate")}
            >
              {t("partners.deactivateConfirm", { partnerId })}
            </ConfirmDialog>
          ) : (
            <ConfirmDialog
              trigger={t("partners.reactivate")}
              title={t("partners.reactivate")}
              confirmLabel={t("common.confirm")}
              cancelLabel={t("common.cancel")}
              pending={pending}
              onConfirm={() => run("reactivate")}
            >
              {t("partners.reactivateConfirm", { partnerId })}
            </ConfirmDialog>
          )}
        </div>
      </Card>
      <Card title={t("partners.rename")}>
        <p className="mb-3 text-sm text-slate-700">{t("partners.renameHint")}</p>
        <form action={rename} className="space-y-3">
          <Field id="organizationName" label={t("partners.newName")} error={renameErrors.organizationName} required requiredLabel={t("common.required")}>
            <input name="organizationName" defaultValue={organizationName} className={inputClass} />
          </Field>
          <Field id="reason" label={t("partners.reason")} error={renameErrors.reason ?? renameErrors._form} required requiredLabel={t("common.required")}>
            <input name="reason" className={inputClass} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("common.save")}
          </Button>
        </form>
      </Card>
    </div>
  );
}
