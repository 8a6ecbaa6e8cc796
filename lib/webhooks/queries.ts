// Reads of webhook subscriptions (never their secret) and of the delivery log, for the admin pages.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Page, PageRequest } from "@/lib/paging";
import type { DeliveryFilters, DeliverySort } from "@/lib/webhooks/schemas";

export interface SubscriptionRow {
  id: string;
  name: string;
  url: string;
  events: string[];
  isActive: boolean;
  createdAt: Date;
  pending: number;
  failed: number;
}

export async function listWebhookSubscriptions(): Promise<SubscriptionRow[]> {
  const [subscriptions, counts] = await Promise.all([
    db.webhookSubscription.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, url: true, events: true, isActive: true, createdAt: true },
    }),
    db.webhookDelivery.groupBy({ by: ["subscriptionId", "status"], where: { status: { in: ["PENDING", "FAILED"] } }, _count: { _all: true } }),
  ]);
  const count = (id: string, status: "PENDING" | "FAILED") => counts.find((c) => c.subscriptionId === id && c.status === status)?._count._all ?? 0;
  return subscriptions.map((s) => ({ ...s, pending: count(s.id, "PENDING"), failed: count(s.id, "FAILED") }));
}

export interface DeliveryRow {
  id: bigint;
  subscriptionId: string;
  subscriptionName: string;
  topic: string;
  status: "PENDING" | "SENT" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  deliveredAt: Date | null;
}

export async function listWebhookDeliveries(filters: DeliveryFilters, page: PageRequest<DeliverySort>): Promise<Page<DeliveryRow>> {
  const where: Prisma.WebhookDeliveryWhereInput = { subscriptionId: filters.subscription, status: filters.status, topic: filters.topic };
  const [rows, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ [page.sort]: page.dir } as Prisma.WebhookDeliveryOrderByWithRelationInput, { id: "desc" }],
      skip: page.page * page.size,
      take: page.size,
      select: {
        id: true,
        subscriptionId: true,
        topic: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastError: true,
        nextAttemptAt: true,
        createdAt: true,
        deliveredAt: true,
        subscription: { select: { name: true } },
      },
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return {
    rows: rows.map(({ subscription, ...row }) => ({ ...row, subscriptionName: subscription.name })),
    total,
    page: page.page,
    size: page.size,
  };
}
