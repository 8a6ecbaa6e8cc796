"use server";
// Remembers the chosen language: a cookie for everyone, and the account's preference when signed in.
import { cookies } from "next/headers";
import { z } from "zod";
import { currentPrincipal } from "@/lib/auth";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const schema = z.object({ locale: z.enum(LOCALES) });

export async function setLocaleAction(input: { locale: string }) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const principal = await currentPrincipal();
  if (principal?.kind === "user") await db.user.update({ where: { id: principal.userId }, data: { locale: parsed.data.locale } });
  return { ok: true as const };
}
