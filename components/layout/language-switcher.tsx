"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";

export function LanguageSwitcher({ current, label, names, tone = "dark" }: { current: AppLocale; label: string; names: Record<AppLocale, string>; tone?: "dark" | "light" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => {
          const locale = event.target.value as AppLocale;
          startTransition(async () => {
            await setLocaleAction({ locale });
            router.refresh();
          });
        }}
        className={tone === "dark" ? "rounded-md border border-brand-600 bg-brand-900 px-2 py-1 text-white" : "rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"}
        data-testid="language-switcher"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {names[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
