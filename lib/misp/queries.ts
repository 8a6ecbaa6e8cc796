// Reads about MISP license keys: status, expiry and display fragments only, never a hash or a secret.
import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keyHash } from "@/lib/key-verification/secrets";
import type { MispLicenseFilters, MispLicenseSort } from "@/lib/misp/schemas";
import { contains, type Page, type PageRequest } from "@/lib/paging";

export type MispDisplayStatus = "ACTIVE" | "EXPIRED" | "DEACTIVATED";

export interface MispLicenseRow {
  id: string;
  partnerId: string;
  organizationName: string;
  partnerStatus: string;
  prefix: string;
  lastFour: string;
  status: "ACTIVE" | "DEACTIVATED";
  displayStatus: MispDisplayStatus;
  expiresAt: Date;
  createdAt: Date;
  deactivatedAt: Date | null;
}

function where(filters: MispLicenseFilters, now: Date): Prisma.MispLicenseKeyWhereInput {
  const status: Prisma.MispLicenseKeyWhereInput =
    filters.status === "ACTIVE"
      ? { status: "ACTIVE", expiresAt: { gt: now } }
      : filters.status === "EXPIRED"
        ? { status: "ACTIVE", expiresAt: { lte: now } }
        : filters.status === "DEACTIVATED"
          ? { status: "DEACTIVATED" }
          : {};
  return {
    ...status,
    partnerId: contains(filters.partnerId),
    partner: filters.organizationName ? { organizationName: contains(filters.organizationName) } : undefined,
  };
}

function orderBy(sort: MispLicenseSort, dir: "asc" | "desc"): Prisma.MispLicenseKeyOrderByWithRelationInput[] {
  const primary: Prisma.MispLicenseKeyOrderByWithRelationInput =
    sort === "organizationName" ? { partner: { organizationName: dir } } : ({ [sort]: dir } as Prisma.MispLicenseKeyOrderByWithRelationInput);
  return [primary, { id: dir }];
}

type LicenseWithPartner = Omit<Prisma.MispLicenseKeyGetPayload<{ include: { partner: { select: { organizationName: true; status: true } } } }>, "keyHash">;

function toRow(license: LicenseWithPartner, now: Date): MispLicenseRow {
  return {
    id: license.id,
    partnerId: license.partnerId,
    organizationName: license.partner.organizationName,
    partnerStatus: license.partner.status,
    prefix: license.prefix,
    lastFour: license.lastFour,
    status: license.status,
    displayStatus: license.status === "DEACTIVATED" ? "DEACTIVATED" : license.expiresAt <= now ? "EXPIRED" : "ACTIVE",
    expiresAt: license.expiresAt,
    createdAt: license.createdAt,
    deactivatedAt: license.deactivatedAt,
  };
}

export async function listMispLicenses(filters: MispLicenseFilters, page: PageRequest<MispLicenseSort>, scope: { partnerId?: string } = {}): Promise<Page<MispLicenseRow>> {
  const now = new Date();
  const w = { ...where(filters, now), ...(scope.partnerId ? { AND: [{ partnerId: scope.partnerId }] } : {}) };
  const [rows, total] = await Promise.all([
    db.mispLicenseKey.findMany({
      where: w,
      orderBy: orderBy(page.sort, page.dir),
      skip: page.page * page.size,
      take: page.size,
      include: { partner: { select: { organizationName: true, status: true } } },
    }),
    db.mispLicenseKey.count({ where: w }),
  ]);
  return { rows: rows.map((row) => toRow(row, now)), total, page: page.page, size: page.size };
}

/** The MISP partner's own keys, newest first: the current one and its history. */
export async function partnerMispLicenses(partnerId: string): Promise<MispLicenseRow[]> {
  const now = new Date();
  const rows = await db.mispLicenseKey.findMany({
    where: { partnerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    include: { partner: { select: { organizationName: true, status: true } } },
  });
  return rows.map((row) => toRow(row, now));
}

/** MOSIP's PUT /misps names the key by its value; it is found by its keyed hash, within the provider's keys. */
export async function findMispLicenseByKey(partnerId: string, licenseKey: string): Promise<{ id: string; status: "ACTIVE" | "DEACTIVATED" }> {
  const license = await db.mispLicenseKey.findFirst({ where: { partnerId, keyHash: keyHash(licenseKey) }, select: { id: true, status: true } });
  if (!license) throw notFound("MISP license key", "PMS_MSP_404");
  return license;
}

export async function mispLicenseCounts(): Promise<{ active: number; expiringSoon: number }> {
  const now = new Date();
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  const [active, expiringSoon] = await Promise.all([
    db.mispLicenseKey.count({ where: { status: "ACTIVE", expiresAt: { gt: now } } }),
    db.mispLicenseKey.count({ where: { status: "ACTIVE", expiresAt: { gt: now, lte: soon } } }),
  ]);
  return { active, expiringSoon };
}
