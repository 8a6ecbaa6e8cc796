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
import { createServiceClientAction } from "@/lib/service-clients/actions";
import { createServiceClientSchema, type CreateServiceClientInput } from "@/lib/service-clients/schemas";
import { SecretOnceDialog } from "@/app/(partner)/api-keys/secret-once-dialog";

export function CreateServiceClientForm() {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [created, setCreated] = useState<{ clientId: string; secret: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateServiceClientInput>({ resolver: zodResolver(createServiceClientSchema), defaultValues: { name: "", clientId: "" }, mode: "onTouched" });
  const message = (name: FieldPath<CreateServiceClientInput>) => translateFieldMessage(t, errors[name]?.message);

  async function onSubmit(values: CreateServiceClientInput) {
    setFormError(undefined);
    const result = await createServiceClientAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<CreateServiceClientInput>, { type: "server", message: text });
      if (fields.length === 0) setFormError(actionErrorMessage(t, result));
      return;
    }
    setCreated({ clientId: result.data.clientId, secret: result.data.secret });
    toast(t("serviceClients.created", { clientId: result.data.clientId }));
    reset({ name: "", clientId: "" });
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("serviceClients.createTitle")}>
        <FormAlert>{formError}</FormAlert>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="client-name" label={t("serviceClients.name")} hint={t("serviceClients.nameHint")} error={message("name")} required requiredLabel={t("common.required")}>
            <input {...register("name")} className={inputClass} autoComplete="off" />
          </Field>
          <Field id="client-id" label={t("serviceClients.clientId")} hint={t("serviceClients.clientIdHint")} error={message("clientId")}>
            <input {...register("clientId")} className={inputClass} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {t("serviceClients.create")}
        </Button>
      </form>
      <SecretOnceDialog
        secret={created?.secret ?? null}
        label={created ? t("serviceClients.secretLabel", { clientId: created.clientId }) : ""}
        details={created ? [{ label: t("serviceClients.clientId"), value: created.clientId }] : []}
        onClose={() => {
          setCreated(null);
          router.refresh();
        }}
      />
    </>
  );
}
