import type { Metadata } from "next";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, type Tone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { EVENT_TOPICS } from "@/lib/events/topics";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { listWebhookDeliveries, listWebhookSubscriptions, type DeliveryRow } from "@/lib/webhooks/queries";
import { DELIVERY_SORTS, deliveryFiltersSchema } from "@/lib/webhooks/schemas";
import { OUTBOX_STATUSES } from "@/lib/webhooks/statuses";
import { RetryDeliveryButton, SubscriptionActions } from "./subscription-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("webhooks.title") };
}

const DELIVERY_TONES: Record<string, Tone> = { PENDING: "warning", SENT: "success", FAILED: "danger" };

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("webhooks.manage");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, DELIVERY_SORTS, "createdAt");
  const filters = deliveryFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const [subscriptions, deliveries] = await Promise.all([listWebhookSubscriptions(), listWebhookDeliveries(filters, page)]);

  const columns: Column<DeliveryRow>[] = [
    { key: "id", label: t("webhooks.deliveries.columns.id"), sortable: false, render: (row) => row.id.toString() },
    { key: "createdAt", label: t("webhooks.deliveries.columns.createdAt"), render: (row) => formatDateTime(row.createdAt, locale) },
    { key: "subscription", label: t("webhooks.deliveries.columns.subscription"), sortable: false, render: (row) => row.subscriptionName },
    { key: "topic", label: t("webhooks.deliveries.columns.topic"), render: (row) => <code className="text-xs">{row.topic}</code> },
    { key: "status", label: t("webhooks.deliveries.columns.status"), render: (row) => <Badge tone={DELIVERY_TONES[row.status]}>{t(`webhooks.status.${row.status}`)}</Badge> },
    { key: "attempts", label: t("webhooks.deliveries.columns.attempts"), render: (row) => row.attempts },
    { key: "lastStatusCode", label: t("webhooks.deliveries.columns.lastStatusCode"), sortable: false, render: (row) => row.lastStatusCode ?? "—" },
    {
      key: "lastError",
      label: t("webhooks.deliveries.columns.lastError"),
      sortable: false,
      render: (row) => <span className="block max-w-xs whitespace-normal break-words text-xs">{row.lastError ?? "—"}</span>,
    },
    { key: "nextAttemptAt", label: t("webhooks.deliveries.columns.nextAttemptAt"), render: (row) => (row.status === "PENDING" ? formatDateTime(row.nextAttemptAt, locale) : "—") },
    { key: "deliveredAt", label: t("webhooks.deliveries.columns.deliveredAt"), render: (row) => formatDateTime(row.deliveredAt, locale) },
    {
      key: "actions",
      label: t("webhooks.deliveries.columns.actions"),
      sortable: false,
      render: (row) => (row.status === "SENT" ? null : <RetryDeliveryButton id={row.id.toString()} />),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("webhooks.title")} description={t("webhooks.description")} actions={<ButtonLink href="/admin/webhooks/new">{t("webhooks.newSubscription")}</ButtonLink>} />

      <Card title={t("webhooks.subscriptions")}>
        {subscriptions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("webhooks.noSubscriptions")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="webhook-subscriptions">
            {subscriptions.map((s) => (
              <li key={s.id} className="grid gap-3 py-4 lg:grid-cols-[1fr_auto]">
                <div className="min-w-0 space-y-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-slate-900">{s.name}</span>
                    <Badge tone={s.isActive ? "success" : "neutral"}>{s.isActive ? t("webhooks.active") : t("webhooks.paused")}</Badge>
                  </p>
                  <p className="break-all font-mono text-xs text-slate-700">{s.url}</p>
                  <p className="text-xs text-slate-700">
                    {t("webhooks.columns.events")}: {s.events.map((e) => t(`webhooks.events.${e}`)).join(", ")}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("webhooks.columns.createdAt")}: {formatDateTime(s.createdAt, locale)} · {t("webhooks.status.PENDING")}: {s.pending} · {t("webhooks.status.FAILED")}: {s.failed}
                  </p>
                </div>
                <SubscriptionActions id={s.id} name={s.name} isActive={s.isActive} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-slate-600">{t("webhooks.verifyHint")}</p>
      </Card>

      <section aria-labelledby="deliveries-heading" className="space-y-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          {t("webhooks.deliveries.title")}
        </h2>
        <DataTable
          caption={t("webhooks.deliveries.title")}
          basePath="/admin/webhooks"
          searchParams={params}
          columns={columns}
          rows={deliveries.rows}
          rowKey={(row) => row.id.toString()}
          total={deliveries.total}
          page={page}
          t={t}
          filters={[
            { name: "subscription", label: t("webhooks.deliveries.columns.subscription"), type: "select", options: subscriptions.map((s) => ({ value: s.id, label: s.name })) },
            { name: "status", label: t("webhooks.deliveries.columns.status"), type: "select", options: OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`webhooks.status.${s}`) })) },
            { name: "topic", label: t("webhooks.deliveries.columns.topic"), type: "select", options: EVENT_TOPICS.map((e) => ({ value: e, label: t(`webhooks.events.${e}`) })) },
          ]}
        />
      </section>
    </div>
  );
}
