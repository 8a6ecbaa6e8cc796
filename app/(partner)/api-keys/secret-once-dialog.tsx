"use client";
// Shows a freshly created secret (API key, MISP license key, client secret) exactly once, with a copy button and the
// warning that it will never be shown again. Closing it forgets the secret: the parent clears its state.
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";
import { useI18n } from "@/lib/i18n/client";

interface SecretOnceDialogProps {
  secret: string | null;
  /** What the secret is, e.g. "API key for auth-policy · branch app". */
  label: string;
  /** Other values worth copying with it (a client id). */
  details?: { label: string; value: string }[];
  onClose: () => void;
}

export function SecretOnceDialog({ secret, label, details = [], onClose }: SecretOnceDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (secret && !dialog.open) {
      setCopyState("idle");
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!secret && dialog.open) dialog.close();
  }, [secret]);

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState("copied");
    } catch {
      inputRef.current?.select();
      setCopyState("failed");
    }
  }

  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} aria-describedby={`${id}-warning`} onClose={onClose} className="m-auto w-[40rem] max-w-[94vw] rounded-lg p-0 shadow-xl" data-testid="secret-once-dialog">
      {secret && (
        <div className="space-y-4 p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {t("secretOnce.title")}
          </h2>
          <p id={`${id}-warning`} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950">
            {t("secretOnce.warning")}
          </p>
          {details.map((detail) => (
            <div key={detail.label}>
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{detail.label}</p>
              <p className="font-mono text-sm text-slate-900" data-testid="secret-detail">
                {detail.value}
              </p>
            </div>
          ))}
          <div className="space-y-1">
            <label htmlFor={`${id}-secret`} className="block text-sm font-medium text-slate-800">
              {label}
            </label>
            <div className="flex gap-2">
              <input ref={inputRef} id={`${id}-secret`} readOnly value={secret} className={`${inputClass} font-mono`} data-testid="secret-value" onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={copy}>
                {t("secretOnce.copy")}
              </Button>
            </div>
            <p aria-live="polite" className="min-h-5 text-sm text-slate-700">
              {copyState === "copied" ? t("secretOnce.copied") : copyState === "failed" ? t("secretOnce.copyFailed") : ""}
            </p>
          </div>
          <div className="flex justify-end">
            <Button onClick={() => ref.current?.close()}>{t("secretOnce.done")}</Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
