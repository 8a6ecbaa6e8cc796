"use client";
// The admin's form for a new webhook subscription; on success it shows the signing secret once.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FieldError, FormAlert, inputClass } from "@/components/forms/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { EVENT_TOPICS } from "@/lib/events/topics";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { createWebhookSubscriptionAction } from "@/lib/webhooks/actions";
import { webhookSubscriptionSchema, type WebhookSubscriptionInput } from "@/lib/webhooks/schemas";
import { SecretOnce } from "../secret-once";

export function SubscriptionForm() {
  const { t } = useI18n();
  const [formError, setFormError] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<WebhookSubscriptionInput>({ resolver: zodResolver(webhookSubscriptionSchema), defaultValues: { name: "", url: "", events: [], secret: "" }, mode: "onTouched" });
  const message = (name: keyof WebhookSubscriptionInput) => translateFieldMessage(t, errors[name]?.message as string | undefined);

  async function onSubmit(values: WebhookSubscriptionInput) {
    setFormError(undefined);
    const result = await createWebhookSubscriptionAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<WebhookSubscriptionInput>, { type: "server", message: text });
      if (fields.length > 0) setFocus(fields[0][0] as FieldPath<WebhookSubscriptionInput>);
      else setFormError(actionErrorMessage(t, result));
      return;
    }
    setSecret(result.data.secret);
  }

  if (secret) {
    return (
      <div className="space-y-4">
        <SecretOnce secret={secret} />
        <ButtonLink href="/admin/webhooks">{t("webhooks.secretShown.done")}</ButtonLink>
      </div>
    );
  }

  const eventsError = message("events");
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <FormAlert>{formError}</FormAlert>
      <Field id="name" label={t("webhooks.form.name")} hint={t("webhooks.form.nameHint")} error={message("name")} required requiredLabel={t("common.required")}>
        <input {...register("name")} className={inputClass} autoComplete="off" />
      </Field>
      <Field id="url" label={t("webhooks.form.url")} hint={t("webhooks.form.urlHint")} error={message("url")} required requiredLabel={t("common.required")}>
        <input {...register("url")} type="url" inputMode="url" className={inputClass} autoComplete="off" placeholder="https://" />
      </Field>
      <fieldset aria-describedby={`events-hint${eventsError ? " events-error" : ""}`} aria-invalid={eventsError ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          {t("webhooks.form.events")}
          <span className="text-red-700" aria-hidden="true">
            {" *"}
          </span>
        </legend>
        <p id="events-hint" className="text-xs text-slate-600">
          {t("webhooks.form.eventsHint")}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {EVENT_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={topic} {...register("events")} className="h-4 w-4" />
              <span>
                {t(`webhooks.events.${topic}`)} <code className="text-xs text-slate-600">{topic}</code>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="events-error" message={eventsError} />
      </fieldset>
      <Field id="secret" label={t("webhooks.form.secret")} hint={t("webhooks.form.secretHint")} error={message("secret")}>
        <input {...register("secret")} type="password" className={inputClass} autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("webhooks.form.submitting") : t("webhooks.form.submit")}
      </Button>
    </form>
  );
}
