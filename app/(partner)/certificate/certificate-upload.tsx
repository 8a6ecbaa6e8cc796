"use client";
// Drag-and-drop or paste a certificate; the pre-flight check runs lib/pki in the browser, then the server decides.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type DragEvent } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { useToast } from "@/components/ui/toaster";
import { uploadMyCertificateAction, type CertificateUploadResult } from "@/lib/certificates/actions";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { findingText } from "@/lib/certificates/finding-text";
import { ChainView, type ChainFinding, type ChainNode } from "./chain-view";

interface Props {
  domain: string;
  organizationName: string;
  minRemainingDays: number;
  /** base64 DER of the domain's CA certificates */
  trust: { kind: string; der: string }[];
  hasCertificate: boolean;
}

interface Preflight {
  state: "idle" | "checking" | "done";
  chain: ChainNode[];
  findings: ChainFinding[];
  reachedRoot: boolean;
}

const IDLE: Preflight = { state: "idle", chain: [], findings: [], reachedRoot: false };

function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The same checks as the server, on the same code (lib/pki), loaded only when needed. */
async function runPreflight(input: string, props: Props): Promise<Preflight> {
  const [pki, { pickLeaf }] = await Promise.all([import("@/lib/pki"), import("@/lib/certificates/pick-leaf")]);
  const parsed = await pki.parseCertificateInput(input);
  if (!parsed.ok) return { state: "done", chain: [], findings: parsed.findings, reachedRoot: false };
  const { leaf, others } = pickLeaf(parsed.certificates);
  const trusted = await Promise.all(props.trust.map((t) => pki.loadCertificate(base64ToBytes(t.der))));
  const result = await pki.validatePartnerCertificate(leaf, {
    trusted,
    extraChain: others,
    organizationName: props.organizationName,
    requireEndEntity: pki.requiresEndEntity(props.domain),
    minRemainingDays: props.minRemainingDays,
  });
  const last = result.chain[result.chain.length - 1];
  return { state: "done", chain: result.chain, findings: result.findings, reachedRoot: Boolean(last && last.selfSigned && result.chain.length > 1) };
}

export function CertificateUpload(props: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [preflight, setPreflight] = useState<Preflight>(IDLE);
  const [server, setServer] = useState<CertificateUploadResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!text.trim()) {
      setPreflight(IDLE);
      return;
    }
    let cancelled = false;
    setPreflight((p) => ({ ...p, state: "checking" }));
    const timer = setTimeout(() => {
      runPreflight(text, props)
        .then((result) => !cancelled && setPreflight(result))
        .catch(() => !cancelled && setPreflight({ ...IDLE, state: "done", findings: [{ code: "PREFLIGHT_FAILED", message: t("certificates.upload.preflightFailed"), params: {} }] }));
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // props are stable for the page's life; re-run on new input only
  }, [text]);

  async function readFile(file: File) {
    setServer(null);
    setFormError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setFileName(file.name);
    // DER (binary) travels as base64; PEM as it is.
    setText(bytes[0] === 0x30 ? bytesToBase64(bytes) : new TextDecoder().decode(bytes));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  function submit() {
    setFormError(null);
    startTransition(async () => {
      const result = await uploadMyCertificateAction({ certificateData: text });
      if (!result.ok) {
        setServer(null);
        setFormError(actionErrorMessage(t, result));
        return;
      }
      setServer(result.data);
      if (result.data.accepted) {
        toast(t(result.data.renewed ? "certificates.upload.renewed" : "certificates.upload.accepted"));
        setText("");
        setFileName(null);
        router.refresh();
      }
    });
  }

  const problems = preflight.findings.length;
  const rejected = server && !server.accepted ? server : null;

  return (
    <Card title={props.hasCertificate ? t("certificates.upload.renewTitle") : t("certificates.upload.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("certificates.upload.intro", { organization: props.organizationName, domain: props.domain })}</p>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="certificate-dropzone"
        className={cx("mb-4 rounded-lg border-2 border-dashed p-6 text-center", dragging ? "border-brand-600 bg-brand-50" : "border-slate-300")}
      >
        <p className="text-sm text-slate-700" id={hintId}>
          {t("certificates.upload.dropHint")}
        </p>
        <Button variant="secondary" className="mt-3" onClick={() => fileInput.current?.click()} aria-describedby={hintId}>
          {t("certificates.upload.chooseFile")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".pem,.crt,.cer,.der,.p7b,.p7c"
          className="sr-only"
          tabIndex={-1}
          aria-label={t("certificates.upload.chooseFile")}
          data-testid="certificate-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
            e.target.value = "";
          }}
        />
        {fileName && <p className="mt-2 text-sm text-slate-800">{t("certificates.upload.fileChosen", { name: fileName })}</p>}
      </div>
      <Field id="certificateData" label={t("certificates.upload.pasteLabel")} hint={t("certificates.upload.pasteHint")}>
        <textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(null);
            setServer(null);
          }}
          rows={8}
          spellCheck={false}
          className={cx(inputClass, "font-mono text-xs")}
          placeholder="-----BEGIN CERTIFICATE-----"
        />
      </Field>

      <section aria-live="polite" className="mt-5 space-y-3" aria-labelledby="preflight-heading">
        <h3 id="preflight-heading" className="text-sm font-semibold text-slate-900">
          {t("certificates.preflight.title")}
        </h3>
        {preflight.state === "idle" && <p className="text-sm text-slate-600">{t("certificates.preflight.idle")}</p>}
        {preflight.state === "checking" && <p className="text-sm text-slate-600">{t("certificates.preflight.checking")}</p>}
        {preflight.state === "done" && (
          <div data-testid="preflight-result" data-problems={problems}>
            <p className={cx("mb-3 text-sm font-medium", problems ? "text-red-800" : "text-green-800")} data-testid="preflight-summary">
              {problems ? t("certificates.preflight.problems", { count: problems }) : t("certificates.preflight.ok")}
            </p>
            {preflight.chain.length > 0 ? (
              <ChainView chain={preflight.chain} findings={preflight.findings} reachedRoot={preflight.reachedRoot} testId="preflight-chain" />
            ) : (
              <ul className="list-disc ps-5 text-sm text-red-800">
                {preflight.findings.map((f, i) => (
                  <li key={i}>{findingText(t, f)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      {rejected && (
        <div role="alert" className="mt-5 rounded-md border border-red-300 bg-red-50 p-4" data-testid="server-rejection">
          <p className="text-sm font-semibold text-red-900">{t("certificates.upload.rejected", { code: rejected.code })}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-red-800">
            {rejected.findings.map((f, i) => (
              <li key={i}>
                {findingText(t, f)} <span className="font-mono text-xs">({f.errorCode})</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-red-900">{t("certificates.upload.nothingChanged")}</p>
        </div>
      )}
      <div className="mt-3">
        <FormAlert>{formError}</FormAlert>
      </div>

      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button onClick={submit} disabled={pending || !text.trim()} data-testid="certificate-submit">
          {pending ? t("certificates.upload.uploading") : props.hasCertificate ? t("certificates.upload.renewSubmit") : t("certificates.upload.submit")}
        </Button>
        {problems > 0 && <p className="text-sm text-slate-700">{t("certificates.upload.serverDecides")}</p>}
      </div>
    </Card>
  );
}
