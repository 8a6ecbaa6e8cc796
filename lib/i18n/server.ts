// The locale of the current request (the signed-in user's choice, else the cookie, else Accept-Language) and its translator.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { currentPrincipal } from "@/lib/auth";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { makeTranslate, type Translate } from "@/lib/i18n/translate";

export const getLocale = cache(async (): Promise<AppLocale> => {
  // A signed-in user's choice travels with the account; the cookie serves visitors.
  const principal = await currentPrincipal();
  if (principal?.kind === "user" && isLocale(principal.locale)) return principal.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const accept = (await headers()).get("accept-language") ?? "";
  const preferred = accept
    .split(",")
    .map((part) => part.split(";")[0]?.trim().slice(0, 2).toLowerCase())
    .find((code) => (LOCALES as readonly string[]).includes(code ?? ""));
  return isLocale(preferred) ? preferred : DEFAULT_LOCALE;
});

export async function getT(): Promise<Translate> {
  return makeTranslate(CATALOGUES[await getLocale()]);
}
