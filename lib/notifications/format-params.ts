// Turns a notification's stored params into display strings in the reader's language, and fills a text with them.
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export type RawParams = Record<string, unknown>;

/** Dates in the reader's calendar style, the expiring entity by its name in the reader's language, the rest as given. */
export function displayParams(params: RawParams, locale: AppLocale, entityName: (entity: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (key === "entity" && typeof value === "string") out[key] = entityName(value);
    else if (typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) out[key] = formatDate(value, locale);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = String(value);
    else out[key] = JSON.stringify(value);
  }
  return out;
}

/** Replaces {name} placeholders; a value the text asks for but the params lack shows as a dash, never as "{name}". */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? "—");
}

/** "SBI_APPROVED" → "Sbi approved": a last-resort title for a type that has no text yet. */
export function humanizeType(type: string): string {
  const words = type.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The params as "key: value" lines, for the generic text of a type that has no text of its own. */
export function paramLines(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
}

/** Which variant of a reminder text to use: today, tomorrow, or in N days. */
export function reminderVariant(params: RawParams): "today" | "one" | "many" {
  const days = Number(params.days);
  if (days <= 0) return "today";
  return days === 1 ? "one" : "many";
}
