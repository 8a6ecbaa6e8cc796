"use client";
// Several devices in one submission; all are added, or none (the server says which row is the problem).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { addDevicesAction } from "@/lib/devices/actions";
import { addDevicesSchema, MAX_DEVICES_PER_REQUEST, type AddDevicesInput } from "@/lib/devices/schemas";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";

interface TypeOption {
  code: string;
  label: string;
  subTypes: { code: string; label: string }[];
}

const EMPTY = { typeCode: "", subTypeCode: "", make: "", model: "" };

export function DevicesForm({ sbiId, types }: { sbiId: string; types: TypeOption[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string>();
  const {
    control,
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<AddDevicesInput>({ resolver: zodResolver(addDevicesSchema), mode: "onSubmit", reValidateMode: "onChange", defaultValues: { sbiId, devices: [EMPTY] } });
  const { fields, append, remove } = useFieldArray({ control, name: "devices" });
  const rows = watch("devices");
  const required = { required: true, requiredLabel: t("common.required") };
  const rowError = (i: number, name: keyof typeof EMPTY) => translateFieldMessage(t, errors.devices?.[i]?.[name]?.message);

  async function onSubmit(values: AddDevicesInput) {
    setFormError(undefined);
    const result = await addDevicesAction(values);
    if (!result.ok) {
      const fieldErrors = actionFieldErrors(t, result).filter(([name]) => name.startsWith("devices."));
      for (const [name, text] of fieldErrors) setError(name as FieldPath<AddDevicesInput>, { type: "server", message: text });
      if (fieldErrors.length > 0) setFocus(fieldErrors[0][0] as FieldPath<AddDevicesInput>);
      else setFormError(actionErrorMessage(t, result));
      return;
    }
    toast(t("devices.device.added", { count: result.data.count }));
    router.push(`/devices/sbi/${sbiId}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5" data-testid="devices-form">
      <FormAlert>{formError ?? translateFieldMessage(t, errors.devices?.message ?? errors.devices?.root?.message)}</FormAlert>
      {fields.map((field, i) => {
        const subTypes = types.find((type) => type.code === rows[i]?.typeCode)?.subTypes ?? [];
        return (
          <fieldset key={field.id} className="rounded-md border border-slate-200 p-4" data-testid="device-fieldset">
            <legend className="px-1 text-sm font-semibold text-slate-900">{t("devices.device.legend", { n: i + 1 })}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <Field id={`devices-${i}-typeCode`} label={t("devices.fields.type")} error={rowError(i, "typeCode")} {...required}>
                <select
                  {...register(`devices.${i}.typeCode`, { onChange: () => setValue(`devices.${i}.subTypeCode`, "") })}
                  className={inputClass}
                >
                  <option value="">{t("devices.device.choose")}</option>
                  {types.map((type) => (
                    <option key={type.code} value={type.code}>
                      {type.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`devices-${i}-subTypeCode`} label={t("devices.fields.subType")} error={rowError(i, "subTypeCode")} {...required}>
                <select {...register(`devices.${i}.subTypeCode`)} className={inputClass} disabled={subTypes.length === 0}>
                  <option value="">{t("devices.device.choose")}</option>
                  {subTypes.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`devices-${i}-make`} label={t("devices.fields.make")} error={rowError(i, "make")} {...required}>
                <input {...register(`devices.${i}.make`)} className={inputClass} autoComplete="off" />
              </Field>
              <Field id={`devices-${i}-model`} label={t("devices.fields.model")} error={rowError(i, "model")} {...required}>
                <input {...register(`devices.${i}.model`)} className={inputClass} autoComplete="off" />
              </Field>
            </div>
            {fields.length > 1 && (
              <Button variant="ghost" className="mt-2" onClick={() => remove(i)} aria-label={t("devices.device.removeNamed", { n: i + 1 })}>
                {t("devices.device.remove")}
              </Button>
            )}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => append(EMPTY)} disabled={fields.length >= MAX_DEVICES_PER_REQUEST}>
          {t("devices.device.addRow")}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("devices.device.submitting") : t("devices.device.submit", { count: fields.length })}
        </Button>
      </div>
    </form>
  );
}
