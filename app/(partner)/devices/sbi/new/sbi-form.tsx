"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { addSbiAction } from "@/lib/devices/actions";
import { SBI_MAX_YEARS } from "@/lib/devices/sbi-dates";
import { addSbiSchema, type AddSbiInput } from "@/lib/devices/schemas";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";

function shiftYears(day: string, years: number, days = 0): string {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() + days)).toISOString().slice(0, 10);
}

export function SbiForm({ today }: { today: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string>();
  // Validation runs on submit, then on change: an error appearing on blur would move the submit button under the pointer.
  // Each date's rules involve the other date, so a change to one re-checks both (deps below).
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<AddSbiInput>({ resolver: zodResolver(addSbiSchema), mode: "onSubmit", reValidateMode: "onChange", defaultValues: { version: "", binaryHash: "", swCreatedAt: today, swExpiresAt: "" } });
  const message = (name: FieldPath<AddSbiInput>) => translateFieldMessage(t, errors[name]?.message);
  const required = { required: true, requiredLabel: t("common.required") };

  async function onSubmit(values: AddSbiInput) {
    setFormError(undefined);
    const result = await addSbiAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<AddSbiInput>, { type: "server", message: text });
      if (fields.length > 0) setFocus(fields[0][0] as FieldPath<AddSbiInput>);
      else setFormError(actionErrorMessage(t, result));
      return;
    }
    toast(t("devices.sbi.added", { version: result.data.version }));
    router.push(`/devices/sbi/${result.data.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5" data-testid="sbi-form">
      <FormAlert>{formError}</FormAlert>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="version" label={t("devices.fields.version")} hint={t("devices.sbi.versionHint")} error={message("version")} {...required}>
          <input {...register("version")} className={inputClass} autoComplete="off" />
        </Field>
        <Field id="binaryHash" label={t("devices.fields.binaryHash")} hint={t("devices.sbi.binaryHashHint")} error={message("binaryHash")} {...required}>
          <input {...register("binaryHash")} className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} />
        </Field>
        <Field id="swCreatedAt" label={t("devices.fields.swCreatedAt")} hint={t("devices.sbi.createdHint", { years: SBI_MAX_YEARS })} error={message("swCreatedAt")} {...required}>
          <input {...register("swCreatedAt", { deps: ["swExpiresAt"] })} type="date" min={shiftYears(today, -SBI_MAX_YEARS)} max={today} className={inputClass} />
        </Field>
        <Field id="swExpiresAt" label={t("devices.fields.swExpiresAt")} hint={t("devices.sbi.expiryHint", { years: SBI_MAX_YEARS })} error={message("swExpiresAt")} {...required}>
          <input {...register("swExpiresAt", { deps: ["swCreatedAt"] })} type="date" min={shiftYears(today, 0, 1)} max={shiftYears(today, SBI_MAX_YEARS)} className={inputClass} />
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("devices.sbi.submitting") : t("devices.sbi.submit")}
      </Button>
    </form>
  );
}
