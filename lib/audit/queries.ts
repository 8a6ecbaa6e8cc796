// Reads of the audit log for the admin page and the CSV export.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import type { AuditFilters, AuditSort } from "@/lib/audit/schemas";

export interface AuditRow {
  id: bigint;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string | null;
  hash: string | null;
}

const DAY_MS = 86_400_000;

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) at.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS);
  return {
    actorLabel: contains(filters.actor),
    // Partner and entity ids are looked up exactly: that is what the indexes serve and what an investigator means.
    partnerId: filters.partner,
    entityType: filters.entityType,
    entityId: filters.entityId,
    action: contains(filters.action),
    at: filters.from || filters.to ? at : undefined,
  };
}

function orderBy(sort: AuditSort, dir: "asc" | "desc"): Prisma.AuditEventOrderByWithRelationInput[] {
  // id is unique and follows time, so it breaks ties and keeps pages stable.
  return sort === "id" ? [{ id: dir }] : [{ [sort]: dir } as Prisma.AuditEventOrderByWithRelationInput, { id: dir }];
}

export async function listAuditEvents(filters: AuditFilters, page: PageRequest<AuditSort>): Promise<Page<AuditRow>> {
  const where = auditWhere(filters);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: orderBy(page.sort, page.dir), skip: page.page * page.size, take: page.size }),
    db.auditEvent.count({ where }),
  ]);
  return { rows, total, page: page.page, size: page.size };
}

/** Every matching row in id order, in batches (keyset paging), for the CSV export of any size. */
export async function* auditEventsForExport(filters: AuditFilters, batch = 500): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(filters);
  let after: bigint | null = null;
  for (;;) {
    const rows: AuditRow[] = await db.auditEvent.findMany({ where: after === null ? where : { AND: [where, { id: { gt: after } }] }, orderBy: { id: "asc" }, take: batch });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/** Distinct entity types, for the filter's choices: a skip scan over the (entityType, entityId) index, one probe per type. */
export async function auditEntityTypes(): Promise<string[]> {
  const rows = await db.$queryRaw<{ entityType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT "entityType" FROM "AuditEvent" WHERE "entityType" > types."entityType" ORDER BY "entityType" LIMIT 1)
      FROM types WHERE types."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`;
  return rows.map((r) => r.entityType);
}
