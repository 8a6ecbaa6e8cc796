"use client";
// Upload or replace a chip certificate: a file or pasted PEM, checked in the browser first (the server decides).
// Replacing the certificate of an approved chip sends it back for approval; the user confirms that first.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { useToast } from "@/components/ui/toaster";
import { uploadChipCertificateAction, type ChipCertificateUploadResult } from "@/lib/ftm/actions";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { ActionDialog } from "@/components/ui/action-dialog";
import { ChainView, type ChainFinding, type ChainNode } from "@/app/(partner)/certificate/chain-view";
import { findingText } from "@/lib/certificates/finding-text";

interface Props {
  chipId: string;
  organizationName: string;
  minRemainingDays: number;
  /** base64 DER of the FTM domain's CA certificates */
  trust: { kind: string; der: string }[];
  hasCertificate: boolean;
  isApproved: boolean;
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
    requireEndEntity: pki.requiresEndEntity("FTM"),
    minRemainingDays: props.minRemainingDays,
  });
  const last = result.chain[result.chain.length - 1];
  return { state: "done", chain: result.chain, findings: result.findings, reachedRoot: Boolean(last && last.selfSigned && result.chain.length > 1) };
}

export function ChipCertificateUpload(props: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [preflight, setPreflight] = useState<Preflight>(IDLE);
  const [server, setServer] = useState<ChipCertificateUploadResult | null>(null);
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
        .catch(() => !cancelled && setPreflight({ ...IDLE, state: "done", findings: [{ code: "PREFLIGHT_FAILED", message: t("ftm.certificate.preflightFailed"), params: {} }] }));
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

  async function upload(): Promise<string | null> {
    setFormError(null);
    const result = await uploadChipCertificateAction({ id: props.chipId, certificateData: text });
    if (!result.ok) {
      setServer(null);
      return actionErrorMessage(t, result);
    }
    setServer(result.data);
    if (result.data.accepted) {
      toast(t(result.data.approvalWithdrawn ? "ftm.certificate.acceptedBackToPending" : "ftm.certificate.accepted"));
      setText("");
      setFileName(null);
      router.refresh();
    }
    return null;
  }

  function submit() {
    startTransition(async () => {
      const problem = await upload();
      if (problem) setFormError(problem);
    });
  }

  const problems = preflight.findings.length;
  const rejected = server && !server.accepted ? server : null;
  const submitLabel = props.hasCertificate ? t("ftm.certificate.replaceSubmit") : t("ftm.certificate.submit");

  return (
    <Card title={props.hasCertificate ? t("ftm.certificate.replaceTitle") : t("ftm.certificate.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("ftm.certificate.intro", { organization: props.organizationName })}</p>
      {props.isApproved && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="reupload-warning">
          {t("ftm.certificate.reuploadWarning")}
        </p>
      )}
      {props.trust.length === 0 && <p className="mb-4 text-sm text-amber-900">{t("ftm.certificate.emptyTrustStore")}</p>}
      <div className="mb-4">
        <Button variant="secondary" onClick={() => fileInput.current?.click()} aria-describedby={hintId}>
          {t("ftm.certificate.chooseFile")}
        </Button>
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {t("ftm.certificate.fileHint")}
        </p>
        <input
          ref={fileInput}
          type="file"
          accept=".pem,.crt,.cer,.der"
          className="sr-only"
          tabIndex={-1}
          aria-label={t("ftm.certificate.chooseFile")}
          data-testid="chip-certificate-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
            e.target.value = "";
          }}
        />
        {fileName && <p className="mt-2 text-sm text-slate-800">{t("ftm.certificate.fileChosen", { name: fileName })}</p>}
      </div>
      <Field id="chipCertificateData" label={t("ftm.certificate.pasteLabel")} hint={t("ftm.certificate.pasteHint")}>
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

      <section aria-live="polite" className="mt-5 space-y-3" aria-labelledby="chip-preflight-heading">
        <h3 id="chip-preflight-heading" className="text-sm font-semibold text-slate-900">
          {t("ftm.certificate.preflightTitle")}
        </h3>
        {preflight.state === "idle" && <p className="text-sm text-slate-600">{t("ftm.certificate.preflightIdle")}</p>}
        {preflight.state === "checking" && <p className="text-sm text-slate-600">{t("ftm.certificate.preflightChecking")}</p>}
        {preflight.state === "done" && (
          <div data-testid="chip-preflight" data-problems={problems}>
            <p className={cx("mb-3 text-sm font-medium", problems ? "text-red-800" : "text-green-800")}>
              {problems ? t("ftm.certificate.preflightProblems", { count: problems }) : t("ftm.certificate.preflightOk")}
            </p>
            {preflight.chain.length > 0 ? (
              <ChainView chain={preflight.chain} findings={preflight.findings} reachedRoot={preflight.reachedRoot} />
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
        <div role="alert" className="mt-5 rounded-md border border-red-300 bg-red-50 p-4" data-testid="chip-certificate-rejection">
          <p className="text-sm font-semibold text-red-900">{t("ftm.certificate.rejected", { code: rejected.code })}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-red-800">
            {rejected.findings.map((f, i) => (
              <li key={i}>
                {findingText(t, f)} <span className="font-mono text-xs">({f.errorCode})</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-red-900">{t("ftm.certificate.nothingChanged")}</p>
        </div>
      )}
      <div className="mt-3">
        <FormAlert>{formError}</FormAlert>
      </div>

      <div className="mt-5 flex flex-wrap items-center gap-3">
        {props.isApproved ? (
          <ActionDialog
            trigger={submitLabel}
            triggerVariant="primary"
            title={t("ftm.certificate.reuploadTitle")}
            confirmLabel={t("ftm.certificate.reuploadConfirm")}
            cancelLabel={t("common.cancel")}
            disabled={pending || !text.trim()}
            testId="chip-certificate-submit"
            onConfirm={upload}
          >
            <p>{t("ftm.certificate.reuploadWarning")}</p>
          </ActionDialog>
        ) : (
          <Button onClick={submit} disabled={pending || !text.trim()} data-testid="chip-certificate-submit">
            {pending ? t("ftm.certificate.uploading") : submitLabel}
          </Button>
        )}
        {problems > 0 && <p className="text-sm text-slate-700">{t("ftm.certificate.serverDecides")}</p>}
      </div>
    </Card>
  );
}
