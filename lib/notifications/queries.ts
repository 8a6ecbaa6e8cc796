// Reads of a user's own notifications for the list page and the bell; every query names the user.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationStatus } from "@/lib/generated/prisma/enums";
import { prefixesOf } from "@/lib/notifications/kinds";
import type { NotificationFilters, NotificationSort } from "@/lib/notifications/schemas";
import type { Page, PageRequest } from "@/lib/paging";

export interface NotificationRow {
  id: string;
  type: string;
  params: Record<string, string | number>;
  status: NotificationStatus;
  createdAt: Date;
}

const rowSelect = { id: true, type: true, params: true, status: true, createdAt: true } as const;

function toRow(row: { id: string; type: string; params: unknown; status: NotificationStatus; createdAt: Date }): NotificationRow {
  const params = row.params && typeof row.params === "object" && !Array.isArray(row.params) ? (row.params as Record<string, string | number>) : {};
  return { id: row.id, type: row.type, params, status: row.status, createdAt: row.createdAt };
}

function where(userId: string, filters: NotificationFilters): Prisma.NotificationWhereInput {
  const status: Prisma.NotificationWhereInput["status"] =
    filters.status === "active" ? { not: "DISMISSED" } : filters.status === "all" ? undefined : filters.status;
  const prefixes = filters.category ? prefixesOf(filters.category) : [];
  const category: Prisma.NotificationWhereInput | undefined =
    filters.category === "other"
      ? // "other": none of the known prefixes.
        { NOT: { OR: (["expiry", "requests", "keys", "devices", "account", "summary"] as const).flatMap(prefixesOf).map((p) => ({ type: { startsWith: p } })) } }
      : prefixes.length
        ? { OR: prefixes.map((p) => ({ type: { startsWith: p } })) }
        : undefined;
  return { userId, status, ...(category ?? {}) };
}

export async function listNotifications(userId: string, filters: NotificationFilters, page: PageRequest<NotificationSort>): Promise<Page<NotificationRow>> {
  const w = where(userId, filters);
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where: w,
      orderBy: [{ [page.sort]: page.dir } as Prisma.NotificationOrderByWithRelationInput, { createdAt: "desc" }, { id: "asc" }],
      skip: page.page * page.size,
      take: page.size,
      select: rowSelect,
    }),
    db.notification.count({ where: w }),
  ]);
  return { rows: rows.map(toRow), total, page: page.page, size: page.size };
}

/** What the bell shows: the unread count and the latest notifications that are not dismissed. */
export async function bellNotifications(userId: string, take = 6): Promise<{ unread: number; items: NotificationRow[] }> {
  const [unread, items] = await Promise.all([
    db.notification.count({ where: { userId, status: "UNREAD" } }),
    db.notification.findMany({ where: { userId, status: { not: "DISMISSED" } }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take, select: rowSelect }),
  ]);
  return { unread, items: items.map(toRow) };
}
