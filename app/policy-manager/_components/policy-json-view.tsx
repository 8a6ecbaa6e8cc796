// The stored policy JSON, read-only, with a download of the same bytes.
import { getT } from "@/lib/i18n/server";
import { formatPolicyJson } from "@/lib/policies/policy-form";

export async function PolicyJsonView({ policyJson, fileName }: { policyJson: unknown; fileName: string }) {
  const t = await getT();
  const text = formatPolicyJson(policyJson);
  return (
    <div className="space-y-2">
      <a href={`data:application/json;charset=utf-8,${encodeURIComponent(text)}`} download={`${fileName}.json`} className="text-sm font-semibold text-brand-700 underline">
        {t("policies.detail.download")}
      </a>
      <pre tabIndex={0} aria-label={t("policies.detail.json")} className="max-h-[32rem] overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-xs text-slate-900" data-testid="policy-json">
        {text}
      </pre>
    </div>
  );
}
