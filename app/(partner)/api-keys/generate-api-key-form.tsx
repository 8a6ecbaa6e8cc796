"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { generateApiKeyAction } from "@/lib/api-keys/actions";
import { generateApiKeySchema, type GenerateApiKeyInput } from "@/lib/api-keys/schemas";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { SecretOnceDialog } from "./secret-once-dialog";

interface Props {
  policies: { id: string; name: string; groupName: string }[];
  defaultDays: number;
  maxDays: number;
}

export function GenerateApiKeyForm({ policies, defaultDays, maxDays }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [created, setCreated] = useState<{ secret: string; label: string; policyName: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<GenerateApiKeyInput>({
    resolver: zodResolver(generateApiKeySchema),
    defaultValues: { policyId: policies.length === 1 ? policies[0]!.id : "", label: "", validForDays: defaultDays },
    mode: "onTouched",
  });
  const message = (name: FieldPath<GenerateApiKeyInput>) => translateFieldMessage(t, errors[name]?.message);

  async function onSubmit(values: GenerateApiKeyInput) {
    setFormError(undefined);
    const result = await generateApiKeyAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<GenerateApiKeyInput>, { type: "server", message: text });
      if (fields.length === 0) setFormError(actionErrorMessage(t, result));
      return;
    }
    setCreated({ secret: result.data.secret, label: result.data.label, policyName: result.data.policyName });
    toast(t("apiKeys.generated", { label: result.data.label, policy: result.data.policyName }));
    reset({ policyId: values.policyId, label: "", validForDays: defaultDays });
  }

  const required = { required: true, requiredLabel: t("common.required") };
  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("apiKeys.generateTitle")}>
        <FormAlert>{formError}</FormAlert>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="policyId" label={t("apiKeys.policy")} hint={t("apiKeys.policyHint")} error={message("policyId")} {...required}>
            <select {...register("policyId")} className={inputClass}>
              <option value="">{t("register.choose")}</option>
              {policies.map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name} ({policy.groupName})
                </option>
              ))}
            </select>
          </Field>
          <Field id="label" label={t("apiKeys.label")} hint={t("apiKeys.labelHint")} error={message("label")} {...required}>
            <input {...register("label")} className={inputClass} autoComplete="off" maxLength={64} />
          </Field>
          <Field id="validForDays" label={t("apiKeys.validForDays")} hint={t("apiKeys.validForDaysHint", { default: defaultDays, max: maxDays })} error={message("validForDays")}>
            <input {...register("validForDays", { valueAsNumber: true })} type="number" min={1} max={maxDays} className={inputClass} inputMode="numeric" />
          </Field>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("apiKeys.generating") : t("apiKeys.generate")}
        </Button>
      </form>
      <SecretOnceDialog
        secret={created?.secret ?? null}
        label={created ? t("apiKeys.secretLabel", { policy: created.policyName, label: created.label }) : ""}
        onClose={() => {
          setCreated(null);
          router.refresh();
        }}
      />
    </>
  );
}
