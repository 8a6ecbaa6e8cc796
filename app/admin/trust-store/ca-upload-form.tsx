"use client";
// The admin's CA upload: a file (PEM, DER or PKCS#7) or pasted text, to one domain; every certificate of the upload is reported.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { useToast } from "@/components/ui/toaster";
import { findingText } from "@/lib/certificates/finding-text";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { uploadCaCertificatesAction } from "@/lib/trust-store/actions";
import { CERT_DOMAIN_VALUES, type CertDomainValue } from "@/lib/trust-store/domains";
import type { CaUploadOutcome } from "@/lib/trust-store/service";

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function CaUploadForm() {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [domain, setDomain] = useState<string>("");
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<CaUploadOutcome | null>(null);
  const [pending, startTransition] = useTransition();

  async function readFile(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    setFileName(file.name);
    // DER and binary PKCS#7 travel as base64; PEM as it is.
    setText(bytes[0] === 0x30 ? bytesToBase64(bytes) : new TextDecoder().decode(bytes));
  }

  function submit() {
    setErrors({});
    startTransition(async () => {
      const result = await uploadCaCertificatesAction({ domain: domain as CertDomainValue, certificateData: text });
      if (!result.ok) {
        const fields = Object.fromEntries(actionFieldErrors(t, result));
        setErrors(Object.keys(fields).length ? fields : { _form: actionErrorMessage(t, result) });
        setOutcome(null);
        return;
      }
      setOutcome(result.data);
      if (result.data.storedCount > 0) {
        toast(t("certificates.trustStore.uploaded", { count: result.data.storedCount }));
        setText("");
        setFileName(null);
        router.refresh();
      }
    });
  }

  const statusKey = outcome ? ({ "Upload Success.": "success", "Partial Upload Success.": "partial", "Upload Failed.": "failed" } as const)[outcome.status] : null;

  return (
    <Card title={t("certificates.trustStore.uploadTitle")}>
      <p className="mb-4 text-sm text-slate-700">{t("certificates.trustStore.uploadHint")}</p>
      <div className="grid gap-4 lg:grid-cols-3">
        <Field id="ca-domain" label={t("certificates.trustStore.columns.domain")} error={errors.domain} required requiredLabel={t("common.required")}>
          <select value={domain} onChange={(e) => setDomain(e.target.value)} className={inputClass} name="domain">
            <option value="">{t("certificates.trustStore.chooseDomain")}</option>
            {CERT_DOMAIN_VALUES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </Field>
        <div className="space-y-1 lg:col-span-2">
          <span className="block text-sm font-medium text-slate-800">{t("certificates.trustStore.file")}</span>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={() => fileInput.current?.click()}>
              {t("certificates.upload.chooseFile")}
            </Button>
            {fileName && <span className="text-sm text-slate-800">{t("certificates.upload.fileChosen", { name: fileName })}</span>}
          </div>
          <input
            ref={fileInput}
            type="file"
            accept=".pem,.crt,.cer,.der,.p7b,.p7c"
            className="sr-only"
            tabIndex={-1}
            aria-label={t("certificates.upload.chooseFile")}
            data-testid="ca-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = "";
            }}
          />
        </div>
      </div>
      <Field id="ca-certificateData" label={t("certificates.upload.pasteLabel")} hint={t("certificates.trustStore.pasteHint")} error={errors.certificateData} className="mt-4">
        <textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(null);
          }}
          rows={6}
          spellCheck={false}
          className={cx(inputClass, "font-mono text-xs")}
          placeholder="-----BEGIN CERTIFICATE-----"
        />
      </Field>
      <div className="mt-3">
        <FormAlert>{errors._form}</FormAlert>
      </div>
      <div className="mt-4">
        <Button onClick={submit} disabled={pending} data-testid="ca-submit">
          {pending ? t("certificates.upload.uploading") : t("certificates.trustStore.submit")}
        </Button>
      </div>

      {outcome && statusKey && (
        <div aria-live="polite" className="mt-5 space-y-2" data-testid="ca-upload-result" data-status={statusKey}>
          <p className={cx("text-sm font-semibold", statusKey === "success" ? "text-green-800" : statusKey === "partial" ? "text-amber-900" : "text-red-800")}>
            {t(`certificates.trustStore.status.${statusKey}`)}
          </p>
          <ul className="space-y-2">
            {outcome.items.map((item) => (
              <li key={item.index} className={cx("rounded-md border p-3 text-sm", item.ok ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50")}>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={item.ok ? "success" : "danger"}>{item.ok ? t("certificates.trustStore.stored") : t("certificates.trustStore.refused")}</Badge>
                  {item.kind && <span className="text-xs font-semibold uppercase text-slate-600">{t(`certificates.kinds.${item.kind}`)}</span>}
                  <span className="break-all font-mono text-xs text-slate-900">{item.subject ?? t("certificates.trustStore.unreadable", { index: item.index + 1 })}</span>
                </div>
                {item.findings.length > 0 && (
                  <ul className="mt-2 list-disc space-y-1 ps-5 text-red-800">
                    {item.findings.map((f, i) => (
                      <li key={i}>
                        {findingText(t, f)} <span className="font-mono text-xs">({f.errorCode})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
