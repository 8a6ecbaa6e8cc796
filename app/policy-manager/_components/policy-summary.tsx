// What a policy releases and to whom, in plain words in the reader's language (SPEC 4); used by every policy page.
import { getLocale, getT } from "@/lib/i18n/server";
import { summarizePolicy } from "@/lib/policies/policy-summary";
import type { PolicyType } from "@/lib/policies/policy-types";
import { describePolicy } from "@/lib/policies/summary-text";
import { validatePolicy } from "@/lib/policies/validate-policy";

export async function PolicySummary({ type, policyJson, recipient }: { type: PolicyType; policyJson: unknown; recipient: string }) {
  const t = await getT();
  const locale = await getLocale();
  const checked = validatePolicy(type, policyJson);
  // Stored policies were valid when saved; if the schema has since tightened, say so rather than guess.
  if (!checked.ok) return <p className="text-sm text-red-800">{checked.errors[0]?.message}</p>;
  const sentences = describePolicy(summarizePolicy(type, checked.policy), t, locale, recipient);
  return (
    <ul className="list-disc space-y-1 ps-5 text-sm text-slate-800" data-testid="policy-summary">
      {sentences.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}
