"use client";
// Form editor for an Auth policy's fields: token type, auth types with modality and mandatory flag, e-KYC attributes and languages.
import { useI18n } from "@/lib/i18n/client";
import { AUTH_TYPE_SUGGESTIONS, BIO_SUBTYPES, KYC_ATTRIBUTE_SUGGESTIONS, appendIn, asArray, asRecord, asString, removeIn, setIn } from "@/lib/policies/policy-form";
import { AUTH_TOKEN_TYPES } from "@/lib/policies/policy-types";
import { AddButton, Labelled, ListInput, Select, SmallButton, Suggestions, TextInput, smallInputClass } from "./form-controls";

export interface PolicyFormProps {
  value: Record<string, unknown>;
  onChange: (next: unknown) => void;
}

export function AuthPolicyForm({ value, onChange }: PolicyFormProps) {
  const { t } = useI18n();
  const authTypes = asArray(value.allowedAuthTypes).map(asRecord);
  const kycAttributes = asArray(value.allowedKycAttributes).map(asRecord);
  const languages = asArray(value.kycLanguages).map(asString);

  return (
    <div className="space-y-6">
      <Labelled id="auth-token-type" label={t("policies.editor.auth.tokenType")}>
        <Select
          id="auth-token-type"
          value={asString(value.authTokenType)}
          onChange={(v) => onChange(setIn(value, ["authTokenType"], v))}
          options={[
            ...(AUTH_TOKEN_TYPES.includes(value.authTokenType as never) ? [] : [{ value: asString(value.authTokenType), label: asString(value.authTokenType) || "—" }]),
            ...AUTH_TOKEN_TYPES.map((v) => ({ value: v, label: t(`policies.editor.auth.tokenTypes.${v}`) })),
          ]}
        />
      </Labelled>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("policies.editor.auth.authTypes")}</legend>
        <Suggestions id="auth-type-suggestions" values={AUTH_TYPE_SUGGESTIONS} />
        {authTypes.length === 0 && <p className="text-sm text-slate-600">{t("policies.editor.auth.none")}</p>}
        <ul className="space-y-2">
          {authTypes.map((entry, index) => {
            const n = index + 1;
            const isBio = entry.authType === "bio";
            return (
              <li key={index} className="grid grid-cols-1 items-center gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_auto_auto]">
                <TextInput
                  value={asString(entry.authType)}
                  onChange={(v) => onChange(setIn(value, ["allowedAuthTypes", index, "authType"], v))}
                  list="auth-type-suggestions"
                  ariaLabel={t("policies.editor.auth.authType", { index: n })}
                  className={smallInputClass}
                />
                <Select
                  value={asString(entry.authSubType)}
                  onChange={(v) => onChange(setIn(value, ["allowedAuthTypes", index, "authSubType"], v))}
                  ariaLabel={t("policies.editor.auth.authSubType", { index: n })}
                  className={smallInputClass}
                  options={[
                    { value: "", label: t("policies.editor.auth.noSubType") },
                    ...(isBio || BIO_SUBTYPES.includes(entry.authSubType as never) ? BIO_SUBTYPES.map((s) => ({ value: s, label: s })) : []),
                    ...(entry.authSubType && !BIO_SUBTYPES.includes(entry.authSubType as never) ? [{ value: asString(entry.authSubType), label: asString(entry.authSubType) }] : []),
                  ]}
                />
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    checked={entry.mandatory === true}
                    onChange={(e) => onChange(setIn(value, ["allowedAuthTypes", index, "mandatory"], e.target.checked))}
                    aria-label={t("policies.editor.auth.mandatoryLabel", { index: n })}
                  />
                  <span aria-hidden="true">{t("policies.editor.auth.mandatory")}</span>
                </label>
                <SmallButton onClick={() => onChange(removeIn(value, ["allowedAuthTypes"], index))} label={t("policies.editor.auth.removeAuthType", { index: n })}>
                  {t("policies.editor.auth.remove")}
                </SmallButton>
              </li>
            );
          })}
        </ul>
        <AddButton onClick={() => onChange(appendIn(value, ["allowedAuthTypes"], { authType: "otp", authSubType: "", mandatory: false }))}>{t("policies.editor.auth.addAuthType")}</AddButton>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("policies.editor.auth.kycAttributes")}</legend>
        <Suggestions id="kyc-attribute-suggestions" values={KYC_ATTRIBUTE_SUGGESTIONS} />
        {kycAttributes.length === 0 && <p className="text-sm text-slate-600">{t("policies.editor.auth.none")}</p>}
        <ul className="grid gap-2 sm:grid-cols-2">
          {kycAttributes.map((entry, index) => (
            <li key={index} className="flex items-center gap-2">
              <TextInput
                value={asString(entry.attributeName)}
                onChange={(v) => onChange(setIn(value, ["allowedKycAttributes", index, "attributeName"], v))}
                list="kyc-attribute-suggestions"
                ariaLabel={t("policies.editor.auth.kycAttribute", { index: index + 1 })}
                className={smallInputClass}
              />
              <SmallButton onClick={() => onChange(removeIn(value, ["allowedKycAttributes"], index))} label={t("policies.editor.auth.removeKycAttribute", { index: index + 1 })}>
                ×
              </SmallButton>
            </li>
          ))}
        </ul>
        <AddButton onClick={() => onChange(appendIn(value, ["allowedKycAttributes"], { attributeName: "" }))}>{t("policies.editor.auth.addKycAttribute")}</AddButton>
      </fieldset>

      <Labelled id="auth-kyc-languages" label={t("policies.editor.auth.kycLanguages")} hint={t("policies.editor.auth.kycLanguagesHint")}>
        <ListInput id="auth-kyc-languages" values={languages} onChange={(list) => onChange(setIn(value, ["kycLanguages"], list.length ? list : undefined))} describedBy="auth-kyc-languages-hint" />
      </Labelled>
    </div>
  );
}
