"use client";
// Form editor for a MISP policy: the three required delegation flags and the optional ones (left out when not set).
import { useI18n } from "@/lib/i18n/client";
import { setIn } from "@/lib/policies/policy-form";
import type { PolicyFormProps } from "./auth-policy-form";
import { Labelled, Select } from "./form-controls";

const REQUIRED = ["allowAuthRequestDelegation", "allowKycRequestDelegation", "allowKeyBindingDelegation"] as const;
const OPTIONAL = ["trustBindedAuthVerificationToken", "allowVciRequestDelegation", "allowOTPRequestDelegation"] as const;

export function MispPolicyForm({ value, onChange }: PolicyFormProps) {
  const { t } = useI18n();
  return (
    <div className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("policies.editor.misp.required")}</legend>
        {REQUIRED.map((flag) => (
          <label key={flag} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={value[flag] === true} onChange={(e) => onChange(setIn(value, [flag], e.target.checked))} />
            {t(`policies.editor.misp.flags.${flag}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("policies.editor.misp.optional")}</legend>
        {OPTIONAL.map((flag) => (
          <Labelled key={flag} id={`misp-${flag}`} label={t(`policies.editor.misp.flags.${flag}`)}>
            <Select
              id={`misp-${flag}`}
              value={value[flag] === true ? "yes" : value[flag] === false ? "no" : ""}
              onChange={(v) => onChange(setIn(value, [flag], v === "" ? undefined : v === "yes"))}
              options={[
                { value: "", label: t("policies.editor.misp.notSet") },
                { value: "yes", label: t("policies.editor.misp.yes") },
                { value: "no", label: t("policies.editor.misp.no") },
              ]}
            />
          </Labelled>
        ))}
      </fieldset>
    </div>
  );
}
