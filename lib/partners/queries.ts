// Reads about partners, returning plain objects for pages and the REST API.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { partnerType } from "@/lib/partners/partner-types";
import type { PartnerFilters, PartnerSort } from "@/lib/partners/schemas";

export interface PartnerRow {
  id: string;
  typeCode: string;
  mosipType: string;
  organizationName: string;
  email: string;
  status: string;
  policyGroupId: string | null;
  policyGroupName: string | null;
  hasCertificate: boolean;
  createdAt: Date;
}

function where(filters: PartnerFilters): Prisma.PartnerWhereInput {
  return {
    id: contains(filters.id),
    typeCode: filters.type,
    organizationName: contains(filters.organizationName),
    email: contains(filters.email),
    status: filters.status,
    policyGroup: filters.policyGroup ? { name: contains(filters.policyGroup) } : undefined,
    hasCertificate: filters.certificate ? filters.certificate === "uploaded" : undefined,
  };
}

function orderBy(sort: PartnerSort, dir: "asc" | "desc"): Prisma.PartnerOrderByWithRelationInput[] {
  const primary: Prisma.PartnerOrderByWithRelationInput =
    sort === "policyGroup" ? { policyGroup: { name: dir } } : ({ [sort]: dir } as Prisma.PartnerOrderByWithRelationInput);
  // A unique tie-breaker keeps pages stable when many rows share the sort value.
  return sort === "id" ? [primary] : [primary, { id: "asc" }];
}

export async function listPartners(filters: PartnerFilters, page: PageRequest<PartnerSort>): Promise<Page<PartnerRow>> {
  const w = where(filters);
  const [rows, total] = await Promise.all([
    db.partner.findMany({
      where: w,
      orderBy: orderBy(page.sort, page.dir),
      skip: page.page * page.size,
      take: page.size,
      include: { policyGroup: { select: { name: true } } },
    }),
    db.partner.count({ where: w }),
  ]);
  return {
    rows: rows.map((p) => ({
      id: p.id,
      typeCode: p.typeCode,
      mosipType: partnerType(p.typeCode).mosipCode,
      organizationName: p.organizationName,
      email: p.email,
      status: p.status,
      policyGroupId: p.policyGroupId,
      policyGroupName: p.policyGroup?.name ?? null,
      hasCertificate: p.hasCertificate,
      createdAt: p.createdAt,
    })),
    total,
    page: page.page,
    size: page.size,
  };
}

export async function getPartner(partnerId: string) {
  const partner = await db.partner.findUnique({
    where: { id: partnerId },
    include: {
      policyGroup: { select: { id: true, name: true, description: true } },
      memberships: { include: { user: { select: { id: true, email: true, displayName: true, lastSignInAt: true } } } },
      certificates: { where: { isCurrent: true }, select: { notAfter: true, uploadedAt: true, subject: true }, take: 1 },
    },
  });
  if (!partner) return null;
  const { certificates, ...rest } = partner;
  return { ...rest, mosipType: partnerType(partner.typeCode).mosipCode, currentCertificate: certificates[0] ?? null };
}

export async function partnerStatusCounts(): Promise<Record<string, number>> {
  const groups = await db.partner.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<string, number> = { PENDING_CERTIFICATE: 0, ACTIVE: 0, DEACTIVATED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

export async function recentPartnerAudit(partnerId: string, take = 10) {
  return db.auditEvent.findMany({
    where: { partnerId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true },
  });
}
