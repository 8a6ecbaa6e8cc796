// Validation messages travel as catalogue keys with their values ("validation.tooLong::{"max":36}"),
// so one zod schema serves the browser form (translated) and the REST API (rendered in English).
import type { Translate, TranslateParams } from "@/lib/i18n/translate";

const SEPARATOR = "::";

export function m(key: string, params?: TranslateParams): string {
  return params ? `${key}${SEPARATOR}${JSON.stringify(params)}` : key;
}

export function translateFieldMessage(t: Translate, encoded: string | undefined): string {
  if (!encoded) return "";
  const index = encoded.indexOf(SEPARATOR);
  if (index < 0) return t(encoded);
  try {
    return t(encoded.slice(0, index), JSON.parse(encoded.slice(index + SEPARATOR.length)) as TranslateParams);
  } catch {
    return t(encoded.slice(0, index));
  }
}
