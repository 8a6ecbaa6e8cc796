"use client";
// A partner maps one of MOSIP's credential types to this approved policy.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { mapCredentialTypeAction } from "@/lib/extractors/actions";
import { CREDENTIAL_TYPES, type CredentialType } from "@/lib/extractors/rules";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";

export function CredentialTypeForm({ policyId }: { policyId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [type, setType] = useState<CredentialType>("euin");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function map() {
    startTransition(async () => {
      const result = await mapCredentialTypeAction({ policyId, credentialType: type });
      if (!result.ok) {
        setError(actionErrorMessage(t, result));
        return;
      }
      setError(undefined);
      toast(t("policies.partner.credentialMapped", { type: t(`policies.partner.credentialTypes.${type}`) }));
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <FormAlert>{error}</FormAlert>
      <Field id="credential-type" label={t("policies.partner.credentialType")}>
        <select value={type} onChange={(e) => setType(e.target.value as CredentialType)} className={inputClass}>
          {CREDENTIAL_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`policies.partner.credentialTypes.${c}`)} ({c})
            </option>
          ))}
        </select>
      </Field>
      <Button onClick={map} disabled={pending}>
        {t("policies.partner.mapCredential")}
      </Button>
    </div>
  );
}
