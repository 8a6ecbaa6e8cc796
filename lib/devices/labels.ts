// Device type and subtype names in the user's language; codes the catalogue does not know show as they are.
import type { Translate } from "@/lib/i18n/translate";

function labelOr(t: Translate, key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

export const deviceTypeLabel = (t: Translate, code: string) => labelOr(t, `devices.types.${code}`, code);
export const deviceSubTypeLabel = (t: Translate, code: string) => labelOr(t, `devices.subTypes.${code}`, code);
