"use client";
// Client-side context for every page: translations, toasts, and the query cache for interactive lists.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";
import { I18nProvider } from "@/lib/i18n/client";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Catalogue } from "@/lib/i18n/translate";

export function Providers({ locale, catalogue, children }: { locale: AppLocale; catalogue: Catalogue; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale} catalogue={catalogue}>
        <Toaster>{children}</Toaster>
      </I18nProvider>
    </QueryClientProvider>
  );
}
