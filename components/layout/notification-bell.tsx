"use client";
// The header's notification bell: a dot while something is unread, the latest items on open (which marks them read).
import Link from "next/link";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";
import { formatDateTime } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { markAllNotificationsReadAction, markNotificationsReadAction } from "@/lib/notifications/actions";
import { notificationKeys } from "@/lib/notifications/query-keys";
import { renderNotification } from "@/lib/notifications/render";

interface BellItem {
  id: string;
  type: string;
  params: Record<string, string | number>;
  status: "UNREAD" | "READ" | "DISMISSED";
  createdAt: string;
}

interface BellData {
  unread: number;
  items: BellItem[];
}

async function fetchBell(): Promise<BellData> {
  const response = await fetch("/api/notifications", { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`notifications: HTTP ${response.status}`);
  const body = (await response.json()) as { response: BellData | null };
  if (!body.response) throw new Error("notifications: empty response");
  return body.response;
}

export function NotificationBell() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { data, isError } = useQuery({ queryKey: notificationKeys.bell(), queryFn: fetchBell, refetchInterval: 60_000 });
  const unread = data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onPointer);
    return () => document.removeEventListener("mousedown", onPointer);
  }, [open]);

  function toggle() {
    const next = !open;
    setOpen(next);
    // Seeing them is reading them: the shown unread items become read, and the dot goes.
    const unseen = data?.items.filter((item) => item.status === "UNREAD").map((item) => item.id) ?? [];
    if (next && unseen.length > 0) {
      void markNotificationsReadAction({ ids: unseen }).then(() => queryClient.invalidateQueries({ queryKey: notificationKeys.all }));
    }
  }

  function markAll() {
    void markAllNotificationsReadAction({}).then(() => queryClient.invalidateQueries({ queryKey: notificationKeys.all }));
  }

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        onClick={toggle}
        aria-expanded={open}
        aria-controls={panelId}
        className="relative rounded-md p-1.5 hover:bg-brand-700"
        data-testid="notification-bell"
      >
        <span className="sr-only">{unread > 0 ? t("notifications.bell.labelUnread", { count: unread }) : t("notifications.bell.label")}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && <span aria-hidden="true" className="absolute end-1 top-1 h-2.5 w-2.5 rounded-full bg-red-500 ring-2 ring-brand-800" data-testid="notification-dot" />}
      </button>
      <div
        id={panelId}
        hidden={!open}
        role="region"
        aria-label={t("notifications.bell.latest")}
        className="absolute end-0 z-40 mt-2 w-80 max-w-[90vw] rounded-md border border-slate-200 bg-white text-slate-800 shadow-lg"
      >
        <p className="border-b border-slate-200 px-4 py-2 text-sm font-semibold">{t("notifications.bell.latest")}</p>
        {isError ? (
          <p className="px-4 py-6 text-sm text-red-700">{t("notifications.bell.loadFailed")}</p>
        ) : !data ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t("common.loading")}</p>
        ) : data.items.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t("notifications.bell.none")}</p>
        ) : (
          <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto" data-testid="notification-bell-items">
            {data.items.map((item) => {
              const text = renderNotification(t, locale, item.type, item.params);
              const content = (
                <>
                  <span className={cx("block text-sm", item.status === "UNREAD" ? "font-bold text-slate-900" : "font-medium text-slate-800")}>{text.title}</span>
                  <span className="mt-0.5 line-clamp-2 block text-xs text-slate-700">{text.body}</span>
                  <span className="mt-1 block text-xs text-slate-600">{formatDateTime(item.createdAt, locale)}</span>
                </>
              );
              return (
                <li key={item.id}>
                  {text.href ? (
                    <Link href={text.href} className="block px-4 py-3 hover:bg-slate-50" onClick={() => setOpen(false)}>
                      {content}
                    </Link>
                  ) : (
                    <div className="px-4 py-3">{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-2">
          <Link href="/notifications" className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline" onClick={() => setOpen(false)}>
            {t("notifications.bell.viewAll")}
          </Link>
          {unread > 0 && (
            <button type="button" onClick={markAll} className="text-sm text-slate-700 underline-offset-2 hover:underline">
              {t("notifications.bell.markAllRead")}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
