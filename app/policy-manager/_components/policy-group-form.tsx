"use client";
// Create or edit a policy group: name and description. The server's zod schema (through the action pipeline) is the one
// validator; the browser only checks for empty fields, so these pages stay within the first-load JavaScript budget (SPEC 8).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { createPolicyGroupAction, updatePolicyGroupAction } from "@/lib/policy-groups/actions";

type Values = { name: string; description: string };

export function PolicyGroupForm({ group }: { group?: { id: string; name: string; description: string } }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [values, setValues] = useState<Values>({ name: group?.name ?? "", description: group?.description ?? "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const empty = Object.fromEntries(Object.entries(values).filter(([, v]) => !v.trim()).map(([k]) => [k, t("validation.required")]));
    setErrors(empty);
    if (Object.keys(empty).length) return;
    setSaving(true);
    const result = group ? await updatePolicyGroupAction({ groupId: group.id, ...values }) : await createPolicyGroupAction(values);
    setSaving(false);
    if (!result.ok) {
      const fields = Object.fromEntries(actionFieldErrors(t, result));
      setErrors(fields);
      if (!Object.keys(fields).length) setFormError(actionErrorMessage(t, result));
      return;
    }
    if (group) {
      toast(t("policies.groups.saved"));
      router.refresh();
    } else {
      toast(t("policies.groups.created", { name: values.name.trim() }));
      router.push(`/policy-manager/groups/${result.data.id}`);
    }
  }

  const prefix = group ? "edit-group" : "new-group";
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert>{formError}</FormAlert>
      <Field id={`${prefix}-name`} label={t("policies.groups.name")} hint={t("policies.groups.nameHint")} error={errors.name} required requiredLabel={t("common.required")}>
        <input value={values.name} onChange={set("name")} maxLength={128} className={inputClass} autoComplete="off" />
      </Field>
      <Field id={`${prefix}-description`} label={t("policies.groups.description")} error={errors.description} required requiredLabel={t("common.required")}>
        <textarea value={values.description} onChange={set("description")} maxLength={256} rows={2} className={inputClass} />
      </Field>
      <Button type="submit" disabled={saving}>
        {group ? t("common.save") : t("policies.groups.create")}
      </Button>
    </form>
  );
}
