"use client";
// Hands the request's catalogue to client components.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { AppLocale } from "@/lib/i18n/locales";
import { makeTranslate, type Catalogue, type Translate } from "@/lib/i18n/translate";

interface I18nValue {
  locale: AppLocale;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, catalogue, children }: { locale: AppLocale; catalogue: Catalogue; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: makeTranslate(catalogue) }), [locale, catalogue]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside I18nProvider");
  return value;
}
