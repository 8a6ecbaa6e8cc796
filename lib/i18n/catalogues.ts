// The three catalogues by locale.
import en from "@/lib/i18n/messages/en";
import fr from "@/lib/i18n/messages/fr";
import ar from "@/lib/i18n/messages/ar";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Catalogue } from "@/lib/i18n/translate";

export const CATALOGUES: Record<AppLocale, Catalogue> = {
  en: en as unknown as Catalogue,
  fr: fr as unknown as Catalogue,
  ar: ar as unknown as Catalogue,
};
