"use client";
// A credential or online-verification partner declares the biometric extractor it uses for each attribute of a policy.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { declareExtractorsAction } from "@/lib/extractors/actions";
import { BIOMETRIC_MODALITIES } from "@/lib/extractors/rules";
import { actionErrorMessage, actionFieldErrors } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";

interface Row {
  attributeName: string;
  biometric: string;
  provider: string;
  version: string;
}

const controlClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

export function ExtractorsForm({ policyId, initial, attributes }: { policyId: string; initial: Row[]; attributes: string[] }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const blank = (): Row => ({ attributeName: attributes[0] ?? "", biometric: "face", provider: "", version: "" });
  const [rows, setRows] = useState<Row[]>(initial.length ? initial : [blank()]);
  const [errors, setErrors] = useState<[string, string][]>([]);
  const [pending, startTransition] = useTransition();
  const update = (index: number, key: keyof Row, value: string) => setRows((list) => list.map((r, i) => (i === index ? { ...r, [key]: value } : r)));

  function save() {
    startTransition(async () => {
      const result = await declareExtractorsAction({ policyId, extractors: rows });
      if (!result.ok) {
        const fields = actionFieldErrors(t, result);
        setErrors(fields.length ? fields : [["_form", actionErrorMessage(t, result)]]);
        return;
      }
      setErrors([]);
      toast(t("policies.partner.extractorsSaved"));
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert>{errors.length ? errors.map(([, message]) => message).join(" ") : undefined}</FormAlert>
      <datalist id="extractor-attributes">
        {attributes.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <ul className="space-y-2">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li key={index} className="grid grid-cols-1 items-end gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_1fr_1fr_auto]">
              <label className="text-xs font-semibold text-slate-700">
                {t("policies.partner.extractorAttribute")} {n}
                <input value={row.attributeName} onChange={(e) => update(index, "attributeName", e.target.value)} list="extractor-attributes" className={controlClass} />
              </label>
              <label className="text-xs font-semibold text-slate-700">
                {t("policies.partner.extractorModality")} {n}
                <select value={row.biometric} onChange={(e) => update(index, "biometric", e.target.value)} className={controlClass}>
                  {BIOMETRIC_MODALITIES.map((m) => (
                    <option key={m} value={m}>
                      {t(`policies.partner.modalities.${m}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-xs font-semibold text-slate-700">
                {t("policies.partner.extractorProvider")} {n}
                <input value={row.provider} onChange={(e) => update(index, "provider", e.target.value)} className={controlClass} />
              </label>
              <label className="text-xs font-semibold text-slate-700">
                {t("policies.partner.extractorVersion")} {n}
                <input value={row.version} onChange={(e) => update(index, "version", e.target.value)} className={controlClass} />
              </label>
              <button
                type="button"
                onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
                aria-label={t("policies.partner.removeExtractor", { index: n })}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-100"
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="ghost" onClick={() => setRows((list) => [...list, blank()])}>
          + {t("policies.partner.addExtractor")}
        </Button>
        <Button onClick={save} disabled={pending || rows.length === 0}>
          {t("policies.partner.saveExtractors")}
        </Button>
      </div>
    </div>
  );
}
