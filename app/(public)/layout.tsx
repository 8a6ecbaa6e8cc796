// The frame of public pages: a plain header with the language switcher.
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  const locale = await getLocale();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only-focusable absolute start-2 top-2 z-50 rounded bg-white px-3 py-2 font-semibold text-brand-800">
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-brand-900 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold">
            {t("common.appName")}
            <span className="ms-3 hidden text-sm font-normal text-brand-100 sm:inline">{t("common.programme")}</span>
          </Link>
          <LanguageSwitcher current={locale} label={t("common.language")} names={{ en: t("languages.en"), fr: t("languages.fr"), ar: t("languages.ar") }} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10">
        {children}
      </main>
    </div>
  );
}
