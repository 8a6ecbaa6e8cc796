// The signed-in frame: header with organisation and user menu, side navigation by role, main content.
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { NavLinks } from "@/components/layout/nav-links";
import { NotificationBell } from "@/components/layout/notification-bell";
import { SignOutButton } from "@/components/layout/sign-out-button";
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { getLocale, getT } from "@/lib/i18n/server";
import { NAV_ITEMS } from "@/lib/navigation";

export async function AppShell({ user, children }: { user: UserPrincipal; children: ReactNode }) {
  const t = await getT();
  const locale = await getLocale();
  const items = NAV_ITEMS.filter((item) => item.permission === null || hasPermission(user, item.permission)).map((item) => ({
    href: item.href,
    label: t(item.labelKey),
  }));
  const organisation = user.partner?.organizationName ?? t("common.programme");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only-focusable absolute start-2 top-2 z-50 rounded bg-white px-3 py-2 font-semibold text-brand-800">
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-brand-900 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link href="/dashboard" className="text-lg font-bold tracking-tight">
              {t("common.appName")}
            </Link>
            <span className="hidden text-sm text-brand-100 sm:inline" data-testid="header-organisation">
              {organisation}
            </span>
          </div>
          <div className="flex items-center gap-3">
            <NotificationBell />
            <LanguageSwitcher current={locale} label={t("common.language")} names={{ en: t("languages.en"), fr: t("languages.fr"), ar: t("languages.ar") }} />
            <details className="relative">
              <summary className="cursor-pointer list-none rounded-md px-3 py-1.5 text-sm font-semibold hover:bg-brand-700" data-testid="user-menu">
                <span className="sr-only">{t("common.userMenu")}: </span>
                {user.displayName}
              </summary>
              <div className="absolute end-0 z-40 mt-2 w-64 rounded-md border border-slate-200 bg-white p-3 text-slate-800 shadow-lg">
                <p className="truncate text-sm font-semibold">{user.email}</p>
                <p className="mb-3 text-xs text-slate-600">{user.roles.map((r) => t(`roles.${r}`)).join(", ")}</p>
                <SignOutButton label={t("common.signOut")} />
              </div>
            </details>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("common.mainNavigation")} className="md:w-56 md:shrink-0">
          <NavLinks items={items} />
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
