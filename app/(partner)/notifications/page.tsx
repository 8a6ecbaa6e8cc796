import Link from "next/link";
import type { Metadata } from "next";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, type Tone } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { NOTIFICATION_CATEGORIES } from "@/lib/notifications/kinds";
import { listNotifications, type NotificationRow } from "@/lib/notifications/queries";
import { renderNotification } from "@/lib/notifications/render";
import { NOTIFICATION_SORTS, NOTIFICATION_STATUS_FILTERS, notificationFiltersSchema } from "@/lib/notifications/schemas";
import { uiPageRequest } from "@/lib/paging";
import { DismissButton, MarkAllReadButton } from "./notification-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("notifications.title") };
}

const STATUS_TONE: Record<string, Tone> = { UNREAD: "info", READ: "neutral", DISMISSED: "neutral" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, NOTIFICATION_SORTS, "createdAt");
  const filters = notificationFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const result = await listNotifications(user.userId, filters, page);

  const columns: Column<NotificationRow>[] = [
    { key: "createdAt", label: t("notifications.columns.createdAt"), render: (row) => formatDateTime(row.createdAt, locale) },
    {
      key: "message",
      label: t("notifications.columns.message"),
      sortable: false,
      render: (row) => {
        const text = renderNotification(t, locale, row.type, row.params);
        return (
          <div className="max-w-xl whitespace-normal">
            <p className={row.status === "UNREAD" ? "font-bold" : "font-semibold"}>{text.title}</p>
            <p className="text-slate-700">{text.body}</p>
            {text.href && (
              <Link href={text.href} className="text-sm font-semibold text-brand-700 underline">
                {t("notifications.open")}
                <span className="sr-only">: {text.title}</span>
              </Link>
            )}
          </div>
        );
      },
    },
    {
      key: "category",
      label: t("notifications.columns.category"),
      sortable: false,
      render: (row) => t(`notifications.categories.${renderNotification(t, locale, row.type, row.params).category}`),
    },
    { key: "status", label: t("notifications.columns.status"), render: (row) => <Badge tone={STATUS_TONE[row.status]}>{t(`notifications.status.${row.status}`)}</Badge> },
    {
      key: "actions",
      label: t("notifications.columns.actions"),
      sortable: false,
      render: (row) =>
        row.status === "DISMISSED" ? null : <DismissButton id={row.id} label={t("notifications.dismiss")} accessibleLabel={t("notifications.dismissNamed", { title: renderNotification(t, locale, row.type, row.params).title })} />,
    },
  ];

  const statusLabel = (value: (typeof NOTIFICATION_STATUS_FILTERS)[number]) =>
    value === "active" || value === "all" ? t(`notifications.statusFilter.${value}`) : t(`notifications.status.${value}`);

  return (
    <div>
      <PageHeader title={t("notifications.title")} description={t("notifications.description")} actions={<MarkAllReadButton label={t("notifications.markAllRead")} done={t("notifications.allRead")} />} />
      <DataTable
        caption={t("notifications.title")}
        basePath="/notifications"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          // "active" is the default, so it is the select's empty ("any") choice; the others are listed.
          {
            name: "status",
            label: t("notifications.columns.status"),
            type: "select",
            options: NOTIFICATION_STATUS_FILTERS.filter((s) => s !== "active").map((s) => ({ value: s, label: statusLabel(s) })),
          },
          {
            name: "category",
            label: t("notifications.columns.category"),
            type: "select",
            options: NOTIFICATION_CATEGORIES.map((c) => ({ value: c, label: t(`notifications.categories.${c}`) })),
          },
        ]}
      />
    </div>
  );
}
