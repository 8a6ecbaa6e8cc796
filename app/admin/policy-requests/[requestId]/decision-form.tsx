"use client";
// Approve or reject a pending request, with a comment the partner reads (required to reject).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { decidePolicyRequestAction } from "@/lib/policy-requests/actions";

export function DecisionForm({ requestId, canApprove }: { requestId: string; canApprove: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function decide(decision: "APPROVED" | "REJECTED") {
    startTransition(async () => {
      const result = await decidePolicyRequestAction({ requestId, decision, comment: comment.trim() || undefined });
      if (!result.ok) {
        const fields = Object.fromEntries(actionFieldErrors(t, result));
        setErrors(fields.comment ? fields : { _form: actionErrorMessage(t, result) });
        router.refresh();
        return;
      }
      setErrors({});
      toast(t(decision === "APPROVED" ? "policies.requests.approved" : "policies.requests.rejected"));
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <FormAlert>{errors._form}</FormAlert>
      <Field id="decision-comment" label={t("policies.requests.comment")} hint={t("policies.requests.commentHint")} error={errors.comment}>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} className={inputClass} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => decide("APPROVED")} disabled={pending || !canApprove}>
          {t("policies.requests.approve")}
        </Button>
        <Button variant="danger" onClick={() => decide("REJECTED")} disabled={pending}>
          {t("policies.requests.reject")}
        </Button>
      </div>
    </div>
  );
}
