// Looks a dotted key up in a catalogue and fills {placeholders}; falls back to English, then to the key itself.
import en from "@/lib/i18n/messages/en";

export type Catalogue = { [key: string]: string | Catalogue };
export type TranslateParams = Record<string, string | number | undefined | null>;
export type Translate = (key: string, params?: TranslateParams) => string;

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function hasMessage(catalogue: Catalogue, key: string): boolean {
  return lookup(catalogue, key) !== undefined;
}

export function makeTranslate(catalogue: Catalogue): Translate {
  return (key, params) => {
    const template = lookup(catalogue, key) ?? lookup(en as unknown as Catalogue, key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? match : String(value);
    });
  };
}

/** English rendering of a validation key, for the REST API and logs. */
export const translateEnglish: Translate = makeTranslate(en as unknown as Catalogue);

/** Every key path of a catalogue, for the completeness test. */
export function keyPaths(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keyPaths(v, `${prefix}${k}.`)));
}
