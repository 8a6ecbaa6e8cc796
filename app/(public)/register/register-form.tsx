"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { LOCALES } from "@/lib/i18n/locales";
import { registerMyPartnerAction, registerPartnerAction } from "@/lib/partners/actions";
import { partnerDetailsSchema, registerPartnerSchema, type RegisterPartnerInput } from "@/lib/partners/schemas";
import type { PartnerTypeCode } from "@/lib/generated/prisma/enums";

interface Props {
  mode: "new-account" | "existing-account";
  types: { code: PartnerTypeCode; needsPolicyGroup: boolean }[];
  groups: { id: string; name: string }[];
  defaultEmail?: string;
}

type FormValues = RegisterPartnerInput;

export function RegisterForm({ mode, types, groups, defaultEmail }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const schema = mode === "new-account" ? registerPartnerSchema : partnerDetailsSchema;
  const {
    register,
    handleSubmit,
    watch,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    // Both schemas share the partner fields; the account fields exist only for a new account.
    resolver: zodResolver(schema as typeof registerPartnerSchema),
    defaultValues: { langCode: locale, email: defaultEmail ?? "", policyGroupId: "" } as Partial<FormValues>,
    // Validating on blur can move the submit button under a pending click; validate on submit, then as the user types.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const partnerType = watch("partnerType");
  const needsGroup = types.find((type) => type.code === partnerType)?.needsPolicyGroup ?? false;
  const message = (name: FieldPath<FormValues>) => translateFieldMessage(t, errors[name]?.message as string | undefined);

  async function onSubmit(values: FormValues) {
    setFormError(undefined);
    const result = mode === "new-account" ? await registerPartnerAction(values) : await registerMyPartnerAction(values);
    if (!result.ok) {
      const fields = actionFieldErrors(t, result);
      for (const [name, text] of fields) setError(name as FieldPath<FormValues>, { type: "server", message: text });
      if (fields.length > 0) setFocus(fields[0][0] as FieldPath<FormValues>);
      else setFormError(actionErrorMessage(t, result));
      return;
    }
    if (mode === "new-account") {
      const signedIn = await signIn("credentials", { identifier: values.email, password: values.password, redirect: false });
      if (!signedIn?.ok) {
        router.push("/login");
        return;
      }
    }
    router.push("/dashboard");
    router.refresh();
  }

  const required = { required: true, requiredLabel: t("common.required") };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <FormAlert>{formError ?? (Object.keys(errors).length > 1 ? t("register.fixErrors") : undefined)}</FormAlert>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="partnerId" label={t("register.partnerId")} hint={t("register.partnerIdHint")} error={message("partnerId")} {...required}>
          <input {...register("partnerId")} className={inputClass} autoComplete="off" />
        </Field>
        <Field id="organizationName" label={t("register.organizationName")} hint={t("register.organizationNameHint")} error={message("organizationName")} {...required}>
          <input {...register("organizationName")} className={inputClass} autoComplete="organization" />
        </Field>
        <Field id="email" label={t("register.email")} error={message("email")} {...required}>
          <input {...register("email")} type="email" className={inputClass} autoComplete="email" />
        </Field>
        <Field id="contactNumber" label={t("register.contactNumber")} error={message("contactNumber")} {...required}>
          <input {...register("contactNumber")} type="tel" className={inputClass} autoComplete="tel" />
        </Field>
        <Field id="address" label={t("register.address")} error={message("address")} className="sm:col-span-2" {...required}>
          <textarea {...register("address")} rows={2} className={inputClass} autoComplete="street-address" />
        </Field>
        <Field id="partnerType" label={t("register.partnerType")} error={message("partnerType")} {...required}>
          <select {...register("partnerType")} className={inputClass} defaultValue="">
            <option value="" disabled>
              {t("register.choose")}
            </option>
            {types.map((type) => (
              <option key={type.code} value={type.code}>
                {t(`partnerTypes.${type.code}`)}
              </option>
            ))}
          </select>
        </Field>
        {needsGroup && (
          <Field id="policyGroupId" label={t("register.policyGroup")} hint={t("register.policyGroupHint")} error={message("policyGroupId")} {...required}>
            <select {...register("policyGroupId")} className={inputClass}>
              <option value="">{t("register.choose")}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="langCode" label={t("register.langCode")} error={message("langCode")} {...required}>
          <select {...register("langCode")} className={inputClass}>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </Field>
        {mode === "new-account" && (
          <>
            <Field id="password" label={t("register.password")} hint={t("register.passwordHint")} error={message("password")} {...required}>
              <input {...register("password")} type="password" className={inputClass} autoComplete="new-password" />
            </Field>
            <Field id="confirmPassword" label={t("register.confirmPassword")} error={message("confirmPassword")} {...required}>
              <input {...register("confirmPassword")} type="password" className={inputClass} autoComplete="new-password" />
            </Field>
          </>
        )}
      </div>
      {mode === "new-account" && (
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              id="acceptTerms"
              type="checkbox"
              {...register("acceptTerms")}
              className="mt-1 h-4 w-4"
              aria-invalid={errors.acceptTerms ? true : undefined}
              aria-describedby={errors.acceptTerms ? "acceptTerms-error" : undefined}
            />
            <label htmlFor="acceptTerms" className="text-sm text-slate-800">
              {t("register.acceptTerms")} —{" "}
              <Link href="/terms" target="_blank" className="font-semibold text-brand-700 underline">
                {t("register.termsLink")}
              </Link>
            </label>
          </div>
          {errors.acceptTerms && (
            <p id="acceptTerms-error" role="alert" className="text-sm font-medium text-red-700">
              {message("acceptTerms")}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("register.submitting") : t("register.submit")}
        </Button>
        {mode === "new-account" && (
          <p className="text-sm text-slate-700">
            {t("register.haveAccount")}{" "}
            <Link href="/login" className="font-semibold text-brand-700 underline">
              {t("common.signIn")}
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}
