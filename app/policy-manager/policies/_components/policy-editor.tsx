"use client";
// The policy editor: details, a form for the common fields and a JSON editor kept in step (the JSON text is the single
// source of truth), live validation against the type's JSON Schema with each error located, .json upload, save as draft.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useId, useMemo, useState, type ChangeEvent } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { createPolicyAction, updatePolicyAction } from "@/lib/policies/actions";
import { locateJsonPointer } from "@/lib/policies/json-locate";
import { formatPolicyJson, parsePolicyObject, policyTemplate, unwrapPolicyFile } from "@/lib/policies/policy-form";
import { POLICY_TYPES, type PolicyType } from "@/lib/policies/policy-types";
import type { validatePolicy as ValidatePolicy } from "@/lib/policies/validate-policy";
import { AuthPolicyForm } from "./auth-policy-form";
import type { JumpTarget } from "./codemirror-json";
import { DataSharePolicyForm } from "./data-share-policy-form";
import { MispPolicyForm } from "./misp-policy-form";

function EditorLoading() {
  const { t } = useI18n();
  return (
    <div className="flex h-[34rem] items-center justify-center rounded-md border border-slate-300 bg-slate-50 text-sm text-slate-700" role="status">
      {t("policies.editor.loadingEditor")}
    </div>
  );
}

const CodeMirrorJson = dynamic(() => import("./codemirror-json"), { ssr: false, loading: EditorLoading });

/** Files this big cannot hold a policy (at most 64 KiB of JSON, which the checker enforces exactly); refused before reading. */
const MAX_UPLOAD_BYTES = 128 * 1024;

interface Props {
  mode: "create" | "edit";
  groups: { id: string; name: string }[];
  initial: { policyId?: string; groupId: string; type: PolicyType; name: string; description: string; version: string; json: string };
}

type Details = { groupId: string; type: PolicyType; name: string; description: string; version: string };

export function PolicyEditor({ mode, groups, initial }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const errorsId = useId();
  const [details, setDetails] = useState<Details>({ groupId: initial.groupId, type: initial.type, name: initial.name, description: initial.description, version: initial.version });
  const [text, setText] = useState(initial.json);
  const [jump, setJump] = useState<JumpTarget>();
  const [notice, setNotice] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  // The schema checker (Ajv and the four schemas) loads after the page, so it does not weigh on the first load.
  const [validate, setValidate] = useState<typeof ValidatePolicy | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/lib/policies/validate-policy").then((m) => live && setValidate(() => m.validatePolicy));
    return () => {
      live = false;
    };
  }, []);
  const deferredText = useDeferredValue(text);
  const validation = useMemo(() => (validate ? validate(details.type, deferredText) : null), [validate, details.type, deferredText]);
  const parsed = useMemo(() => parsePolicyObject(deferredText), [deferredText]);
  const problems = useMemo(
    () =>
      !validation || validation.ok
        ? []
        : validation.errors.map((error) => {
            const offset = typeof error.params.offset === "number" ? error.params.offset : undefined;
            const span =
              error.keyword === "syntax" && offset !== undefined
                ? { from: offset, to: offset + 1, line: error.line ?? 1, column: error.column ?? 1 }
                : locateJsonPointer(deferredText, error.pointer);
            return { ...error, span };
          }),
    [validation, deferredText],
  );

  const typeLabel = t(`policies.types.${details.type}`);
  const setDetail = <K extends keyof Details>(key: K, value: Details[K]) => setDetails((d) => ({ ...d, [key]: value }));

  function changeType(type: PolicyType) {
    // A template nobody touched follows the type; a policy someone wrote stays, and the checker says what no longer fits.
    if (text === formatPolicyJson(policyTemplate(details.type))) setText(formatPolicyJson(policyTemplate(type)));
    setDetail("type", type);
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setNotice(t("policies.editor.uploadTooLarge", { file: file.name }));
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setNotice(t("policies.editor.uploadUnreadable", { file: file.name }));
      return;
    }
    try {
      const { policy, unwrapped } = unwrapPolicyFile(JSON.parse(content.startsWith("\uFEFF") ? content.slice(1) : content));
      if (unwrapped) {
        setText(formatPolicyJson(policy));
        setNotice(t("policies.editor.uploadedUnwrapped", { file: file.name }));
        return;
      }
    } catch {
      // Not JSON: load it as it is, so the checker can point at the syntax error.
    }
    setText(content);
    setNotice(t("policies.editor.uploaded", { file: file.name }));
  }

  async function save() {
    setFormError(undefined);
    setServerProblems([]);
    const input = { policyGroupId: details.groupId, type: details.type, name: details.name, description: details.description, version: details.version || undefined, policyJson: text };
    // The server's zod schema is the validator (it answers with field errors); the browser only checks for empty fields,
    // which keeps zod out of this page's first load (SPEC 8).
    const empty: Record<string, string> = {};
    if (!details.groupId) empty.policyGroupId = t("validation.choose");
    if (!details.name.trim()) empty.name = t("validation.required");
    if (!details.description.trim()) empty.description = t("validation.required");
    if (Object.keys(empty).length) {
      setFieldErrors(empty);
      return;
    }
    setFieldErrors({});
    setSaving(true);
    const result =
      mode === "create"
        ? await createPolicyAction(input)
        : await updatePolicyAction({ policyId: initial.policyId!, name: details.name, description: details.description, version: details.version || undefined, policyJson: text });
    setSaving(false);
    if (!result.ok) {
      const entries = Object.entries(result.fieldErrors ?? {});
      const fields = Object.fromEntries(entries.filter(([k]) => !k.startsWith("policies")).map(([k, v]) => [k, result.code === "VALIDATION" ? translateFieldMessage(t, v) : actionErrorMessage(t, result)]));
      setFieldErrors(fields);
      setServerProblems(entries.filter(([k]) => k.startsWith("policies")).map(([, v]) => v));
      if (!entries.length) setFormError(actionErrorMessage(t, result));
      return;
    }
    toast(mode === "create" ? t("policies.editor.created", { name: details.name }) : t("policies.editor.saved"));
    router.push(`/policy-manager/policies/${result.data.id}`);
    router.refresh();
  }

  const FormFor = details.type === "Auth" ? AuthPolicyForm : details.type === "MISP" ? MispPolicyForm : DataSharePolicyForm;
  const required = { required: true, requiredLabel: t("common.required") };

  return (
    <div className="space-y-6">
      <FormAlert>{formError}</FormAlert>
      <Card title={t("policies.editor.details")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {mode === "create" ? (
            <>
              <Field id="policy-group" label={t("policies.editor.group")} hint={t("policies.editor.groupHint")} error={fieldErrors.policyGroupId} {...required}>
                <select value={details.groupId} onChange={(e) => setDetail("groupId", e.target.value)} className={inputClass}>
                  <option value="">{t("register.choose")}</option>
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="policy-type" label={t("policies.editor.type")} hint={t(`policies.typeHints.${details.type}`)} error={fieldErrors.type} {...required}>
                <select value={details.type} onChange={(e) => changeType(e.target.value as PolicyType)} className={inputClass}>
                  {POLICY_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`policies.types.${type}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          ) : (
            <p className="text-sm text-slate-700 sm:col-span-2">
              <strong>{typeLabel}</strong> · {t("policies.editor.typeFixed")}
            </p>
          )}
          <Field id="policy-name" label={t("policies.editor.name")} hint={t("policies.editor.nameHint")} error={fieldErrors.name} {...required}>
            <input value={details.name} onChange={(e) => setDetail("name", e.target.value)} className={inputClass} autoComplete="off" />
          </Field>
          <Field id="policy-version" label={t("policies.editor.version")} error={fieldErrors.version}>
            <input value={details.version} onChange={(e) => setDetail("version", e.target.value)} className={inputClass} autoComplete="off" />
          </Field>
          <Field id="policy-description" label={t("policies.editor.description")} error={fieldErrors.description} className="sm:col-span-2" {...required}>
            <textarea value={details.description} onChange={(e) => setDetail("description", e.target.value)} rows={2} className={inputClass} />
          </Field>
        </div>
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("policies.editor.formTitle")}>
          <p className="mb-4 text-sm text-slate-600">{t("policies.editor.formIntro")}</p>
          {parsed ? <FormFor value={parsed} onChange={(next) => setText(formatPolicyJson(next))} /> : <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("policies.editor.formUnavailable")}</p>}
        </Card>

        <Card title={t("policies.editor.jsonTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("policies.editor.jsonIntro", { type: typeLabel })}</p>
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <label className="text-sm font-medium text-slate-800">
              {t("policies.editor.upload")}
              <input type="file" accept=".json,application/json" onChange={upload} className="mt-1 block text-sm" aria-describedby="policy-upload-hint" data-testid="policy-upload" />
            </label>
            <Button variant="ghost" onClick={() => setText(formatPolicyJson(policyTemplate(details.type)))}>
              {t("policies.editor.reset")}
            </Button>
          </div>
          <p id="policy-upload-hint" className="mb-3 text-xs text-slate-600">
            {t("policies.editor.uploadHint")}
          </p>
          {notice && (
            <p className="mb-3 text-sm text-slate-800" role="status">
              {notice}
            </p>
          )}
          <CodeMirrorJson value={text} onChange={setText} label={t("policies.editor.jsonLabel", { type: typeLabel })} describedBy={errorsId} jump={jump} />
          <div id={errorsId} className="mt-3" aria-live="polite" data-testid="policy-problems">
            {!validation ? (
              <p className="text-sm text-slate-700">{t("policies.editor.checking")}</p>
            ) : problems.length === 0 ? (
              <p className="text-sm font-medium text-green-800">{t("policies.editor.valid", { type: typeLabel })}</p>
            ) : (
              <>
                <p className="text-sm font-semibold text-red-800">{problems.length === 1 ? t("policies.editor.problem") : t("policies.editor.problems", { count: problems.length })}</p>
                <ul className="mt-2 space-y-2">
                  {problems.map((problem, index) => (
                    <li key={index} className="rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900">
                      <p className="font-mono text-xs">
                        {problem.span ? t("policies.editor.problemAt", { line: problem.span.line, column: problem.span.column, path: problem.path }) : t("policies.editor.problemPath", { path: problem.path })}
                      </p>
                      <p>{problem.message}</p>
                      {problem.span && (
                        <button type="button" className="mt-1 text-xs font-semibold text-brand-800 underline" onClick={() => setJump({ from: problem.span!.from, to: problem.span!.to, nonce: Date.now() })}>
                          {t("policies.editor.showInEditor")}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </Card>
      </div>

      {serverProblems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">{t("policies.editor.serverProblems")}</p>
          <ul className="ms-5 list-disc">
            {serverProblems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={save} disabled={saving || !validation || problems.length > 0} aria-describedby={problems.length > 0 ? "policy-save-blocked" : undefined}>
          {saving ? t("policies.editor.saving") : t("policies.editor.saveDraft")}
        </Button>
        <ButtonLink href={initial.policyId ? `/policy-manager/policies/${initial.policyId}` : "/policy-manager/policies"} variant="secondary">
          {t("policies.editor.cancel")}
        </ButtonLink>
        {problems.length > 0 && (
          <p id="policy-save-blocked" className="text-sm text-red-800">
            {t("policies.editor.fixBeforeSaving")}
          </p>
        )}
      </div>
    </div>
  );
}
