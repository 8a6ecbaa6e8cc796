"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { addChipAction } from "@/lib/ftm/actions";
import { addChipSchema, type AddChipInput } from "@/lib/ftm/schemas";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";

export function ChipForm() {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<AddChipInput>({ resolver: zodResolver(addChipSchema), mode: "onSubmit", reValidateMode: "onChange", defaultValues: { make: "", model: "" } });
  const message = (name: FieldPath<AddChipInput>) => translateFieldMessage(t, errors[name]?.message);
  const required = { required: true, requiredLabel: t("common.required") };

  async function onSubmit(values: AddChipInput) {
    setFormError(undefined);
    const result = await addChipAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<AddChipInput>, { type: "server", message: text });
      if (fields.length > 0) setFocus(fields[0][0] as FieldPath<AddChipInput>);
      else setFormError(actionErrorMessage(t, result));
      return;
    }
    toast(t("ftm.chip.added", { make: values.make, model: values.model }));
    router.push(`/ftm/${result.data.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5" data-testid="chip-form">
      <FormAlert>{formError}</FormAlert>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="make" label={t("ftm.fields.make")} error={message("make")} {...required}>
          <input {...register("make")} className={inputClass} autoComplete="off" />
        </Field>
        <Field id="model" label={t("ftm.fields.model")} error={message("model")} {...required}>
          <input {...register("model")} className={inputClass} autoComplete="off" />
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("ftm.chip.submitting") : t("ftm.chip.submit")}
      </Button>
    </form>
  );
}
