"use client";
// Shows a webhook signing secret the one time it exists in clear, with a copy button.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function SecretOnce({ secret }: { secret: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4" role="status">
      <p className="text-sm font-semibold text-slate-900">{t("webhooks.secretShown.title")}</p>
      <p className="text-sm text-slate-800">{t("webhooks.secretShown.body")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 text-sm" data-testid="webhook-secret">
          {secret}
        </code>
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? t("webhooks.secretShown.copied") : t("webhooks.secretShown.copy")}
        </Button>
      </div>
    </div>
  );
}
