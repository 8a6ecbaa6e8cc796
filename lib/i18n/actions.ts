"use server";
// Remembers the chosen language: a cookie for everyone, and the account's preference when signed in.
import { cookies } from "next/headers";
import { z } from "zod";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

export const setLocaleAction = action({ schema: z.object({ locale: z.enum(LOCALES) }), permission: null }, async ({ locale }, ctx) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  if (ctx.principal?.kind === "user") await db.user.update({ where: { id: ctx.principal.userId }, data: { locale } });
  return { locale };
});
