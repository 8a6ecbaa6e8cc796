// The attribute-by-attribute difference between a policy and the one it was cloned from (SPEC 4).
import { getT } from "@/lib/i18n/server";
import { diffPolicies } from "@/lib/policies/policy-diff";
import type { PolicyType } from "@/lib/policies/policy-types";
import { validatePolicy } from "@/lib/policies/validate-policy";

function show(value: unknown, absent: string): string {
  if (value === undefined) return absent;
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function PolicyDiffView({ type, before, after }: { type: PolicyType; before: unknown; after: unknown }) {
  const t = await getT();
  const a = validatePolicy(type, before);
  const b = validatePolicy(type, after);
  if (!a.ok || !b.ok) return <p className="text-sm text-red-800">{(!a.ok ? a.errors : !b.ok ? b.errors : [])[0]?.message}</p>;
  const diff = diffPolicies(type, a.policy, b.policy);
  if (diff.identical) return <p className="text-sm text-slate-700" data-testid="policy-diff">{t("policies.detail.diffIdentical")}</p>;
  const absent = t("policies.detail.absent");
  const cell = "px-3 py-2 align-top";
  return (
    <div className="space-y-4" data-testid="policy-diff">
      {diff.settings.length > 0 && (
        <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="mb-1 text-start text-sm font-semibold text-slate-900">{t("policies.detail.diffSettings")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffSetting")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffBefore")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffAfter")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {diff.settings.map((s) => (
              <tr key={s.path}>
                <th scope="row" className={`${cell} text-start font-mono text-xs`}>{s.setting}</th>
                <td className={`${cell} font-mono text-xs text-red-800`}>{show(s.before, absent)}</td>
                <td className={`${cell} font-mono text-xs text-green-800`}>{show(s.after, absent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {diff.items.length > 0 && (
        <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="mb-1 text-start text-sm font-semibold text-slate-900">{t("policies.detail.diffItems")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffList")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffEntry")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffChange")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffBefore")}</th>
              <th scope="col" className={`${cell} text-start`}>{t("policies.detail.diffAfter")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {diff.items.map((item) => (
              <tr key={`${item.list}:${item.key}`}>
                <td className={cell}>{t(`policies.detail.lists.${item.list}`)}</td>
                <th scope="row" className={`${cell} text-start font-mono text-xs`}>{item.key}</th>
                <td className={cell}>{t(`policies.detail.changes.${item.change}`)}</td>
                <td className={`${cell} font-mono text-xs text-red-800`}>
                  {item.change === "changed" ? item.fields.map((f) => `${f.field}: ${show(f.before, absent)}`).join("; ") : item.change === "removed" ? show(item.before, absent) : absent}
                </td>
                <td className={`${cell} font-mono text-xs text-green-800`}>
                  {item.change === "changed" ? item.fields.map((f) => `${f.field}: ${show(f.after, absent)}`).join("; ") : item.change === "added" ? show(item.after, absent) : absent}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
