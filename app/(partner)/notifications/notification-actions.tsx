"use client";
// Dismiss one notification, or mark them all read; both act on the signed-in user's own notifications only.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { dismissNotificationAction, markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { notificationKeys } from "@/lib/notifications/query-keys";

export function DismissButton({ id, label, accessibleLabel }: { id: string; label: string; accessibleLabel: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={accessibleLabel}
      onClick={() =>
        startTransition(async () => {
          const result = await dismissNotificationAction({ id });
          if (result.ok) toast(t("notifications.dismissed"));
          else toast(actionErrorMessage(t, result), "error");
          await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
          router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}

export function MarkAllReadButton({ label, done }: { label: string; done: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await markAllNotificationsReadAction({});
          if (result.ok) toast(done);
          else toast(actionErrorMessage(t, result), "error");
          await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
          router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}
