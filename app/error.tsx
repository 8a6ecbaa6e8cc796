"use client";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errorPage.title")}</h1>
      <p className="mt-2 text-slate-700">{t("errorPage.body")}</p>
      {error.digest && <p className="mt-2 font-mono text-sm text-slate-600">{t("common.reference", { requestId: error.digest })}</p>}
      <Button className="mt-6" onClick={reset}>
        {t("errorPage.retry")}
      </Button>
    </main>
  );
}
