"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { issueMispLicenseAction } from "@/lib/misp/actions";
import { issueMispLicenseSchema, type IssueMispLicenseInput } from "@/lib/misp/schemas";
import { SecretOnceDialog } from "@/app/(partner)/api-keys/secret-once-dialog";

export function IssueMispForm() {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [issued, setIssued] = useState<{ secret: string; partnerId: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<IssueMispLicenseInput>({ resolver: zodResolver(issueMispLicenseSchema), defaultValues: { partnerId: "", reissue: false }, mode: "onTouched" });
  const message = (name: FieldPath<IssueMispLicenseInput>) => translateFieldMessage(t, errors[name]?.message);

  async function onSubmit(values: IssueMispLicenseInput) {
    setFormError(undefined);
    const result = await issueMispLicenseAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<IssueMispLicenseInput>, { type: "server", message: text });
      if (fields.length === 0) setFormError(actionErrorMessage(t, result));
      return;
    }
    setIssued({ secret: result.data.secret, partnerId: result.data.partnerId });
    toast(t("misp.issued", { partnerId: result.data.partnerId }));
    reset({ partnerId: "", reissue: false });
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("misp.issueTitle")}>
        <FormAlert>{formError}</FormAlert>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="misp-partnerId" label={t("misp.partnerId")} hint={t("misp.partnerIdHint")} error={message("partnerId")} required requiredLabel={t("common.required")}>
            <input {...register("partnerId")} className={inputClass} autoComplete="off" />
          </Field>
          <div className="flex items-center gap-2 self-center">
            <input id="misp-reissue" type="checkbox" {...register("reissue")} className="h-4 w-4" />
            <label htmlFor="misp-reissue" className="text-sm text-slate-800">
              {t("misp.reissue")}
            </label>
          </div>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {t("misp.issue")}
        </Button>
      </form>
      <SecretOnceDialog
        secret={issued?.secret ?? null}
        label={issued ? t("misp.secretLabel", { partnerId: issued.partnerId }) : ""}
        onClose={() => {
          setIssued(null);
          router.refresh();
        }}
      />
    </>
  );
}
