// A validator finding in the user's language when the catalogue has its code (same placeholders as lib/pki), else in the validator's English.
import type { Translate } from "@/lib/i18n/translate";

export interface FindingLike {
  code: string;
  message: string;
  params: Record<string, string | number>;
}

export function findingText(t: Translate, f: FindingLike): string {
  const key = `certificates.findings.${f.code}`;
  const text = t(key, f.params);
  if (text === key) return f.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
