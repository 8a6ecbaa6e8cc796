// Dates shown in the user's language; the Gregorian calendar everywhere so that Arabic dates read as the programme's records do.
import type { AppLocale } from "@/lib/i18n/locales";

const tags: Record<AppLocale, string> = { en: "en-GB", fr: "fr-FR", ar: "ar-u-ca-gregory-nu-latn" };

export function formatDate(date: Date | string | null | undefined, locale: AppLocale): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(date));
}

export function formatDateTime(date: Date | string | null | undefined, locale: AppLocale): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(date));
}
