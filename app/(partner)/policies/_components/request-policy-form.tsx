"use client";
// A partner asks for a policy with its use case. The button stays disabled while the request is in flight, so a double
// click sends one request (and the server refuses a second one anyway). The server's zod schema is the validator; the
// browser only checks for an empty use case, keeping the page within the first-load budget (SPEC 8).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { createPolicyRequestAction } from "@/lib/policy-requests/actions";

export function RequestPolicyForm({ policyId }: { policyId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [useCase, setUseCase] = useState("");
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  // Belt and braces against a second click landing before the button re-renders as disabled.
  const inFlight = useRef(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    setFormError(undefined);
    if (!useCase.trim()) {
      setError(t("validation.required"));
      return;
    }
    inFlight.current = true;
    setState("sending");
    const result = await createPolicyRequestAction({ policyId, useCaseDescription: useCase }).finally(() => {
      inFlight.current = false;
    });
    if (!result.ok) {
      setState("idle");
      const field = result.fieldErrors?.useCaseDescription;
      if (field) setError(result.code === "VALIDATION" ? translateFieldMessage(t, field) : actionErrorMessage(t, result));
      else setFormError(actionErrorMessage(t, result));
      router.refresh();
      return;
    }
    setState("sent");
    setError(undefined);
    toast(t("policies.partner.requested"));
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert>{formError}</FormAlert>
      <Field id="use-case" label={t("policies.partner.useCase")} hint={t("policies.partner.useCaseHint")} error={error} required requiredLabel={t("common.required")}>
        <textarea value={useCase} onChange={(e) => setUseCase(e.target.value)} maxLength={4000} rows={4} className={inputClass} />
      </Field>
      <Button type="submit" disabled={state !== "idle"}>
        {state === "sending" ? t("policies.partner.submitting") : t("policies.partner.submit")}
      </Button>
    </form>
  );
}
