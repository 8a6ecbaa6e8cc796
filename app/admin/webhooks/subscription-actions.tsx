"use client";
// Pause/resume, new secret and delete for one subscription; retry for one delivery.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { deleteWebhookSubscriptionAction, retryWebhookDeliveryAction, rotateWebhookSecretAction, setWebhookSubscriptionActiveAction } from "@/lib/webhooks/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SecretOnce } from "./secret-once";

export function SubscriptionActions({ id, name, isActive }: { id: string; name: string; isActive: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string>();

  function run<T>(call: () => Promise<{ ok: true; data: T } | { ok: false; code: string; message: string; params?: Record<string, string | number> }>, onOk: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) onOk(result.data);
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          aria-label={`${isActive ? t("webhooks.pause") : t("webhooks.resume")}: ${name}`}
          onClick={() => run(() => setWebhookSubscriptionActiveAction({ id, isActive: !isActive }), () => toast(isActive ? t("webhooks.pausedDone") : t("webhooks.resumedDone")))}
        >
          {isActive ? t("webhooks.pause") : t("webhooks.resume")}
        </Button>
        <ConfirmDialog
          trigger={t("webhooks.rotateSecret")}
          triggerLabel={`${t("webhooks.rotateSecret")}: ${name}`}
          title={t("webhooks.rotateTitle", { name })}
          confirmLabel={t("common.confirm")}
          cancelLabel={t("common.cancel")}
          pending={pending}
          onConfirm={() => run(() => rotateWebhookSecretAction({ id }), (data) => setSecret(data.secret))}
        >
          {t("webhooks.rotateConfirm")}
        </ConfirmDialog>
        <ConfirmDialog
          trigger={t("webhooks.delete")}
          triggerLabel={`${t("webhooks.delete")}: ${name}`}
          title={t("webhooks.deleteTitle", { name })}
          confirmLabel={t("webhooks.delete")}
          cancelLabel={t("common.cancel")}
          variant="danger"
          pending={pending}
          onConfirm={() => run(() => deleteWebhookSubscriptionAction({ id }), () => toast(t("webhooks.deleted")))}
        >
          {t("webhooks.deleteConfirm")}
        </ConfirmDialog>
      </div>
      {secret && <SecretOnce secret={secret} />}
    </div>
  );
}

export function RetryDeliveryButton({ id }: { id: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={t("webhooks.deliveries.retryNamed", { id })}
      onClick={() =>
        startTransition(async () => {
          const result = await retryWebhookDeliveryAction({ id });
          if (result.ok) toast(t("webhooks.deliveries.retried", { id }));
          else toast(actionErrorMessage(t, result), "error");
          router.refresh();
        })
      }
    >
      {t("webhooks.deliveries.retry")}
    </Button>
  );
}
