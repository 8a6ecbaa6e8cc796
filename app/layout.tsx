import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "@/components/layout/providers";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { directionOf } from "@/lib/i18n/locales";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <Providers locale={locale} catalogue={CATALOGUES[locale]}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
