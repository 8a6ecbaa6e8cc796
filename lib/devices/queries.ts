// Reads about SBIs and devices, returning plain objects for pages and the REST API; always scoped to the caller.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { isSbiExpired, utcDay } from "@/lib/devices/sbi-dates";
import type { DeviceFilters, DeviceSort, SbiFilters, SbiSort } from "@/lib/devices/schemas";
import { providerWhere, type DeviceScope } from "@/lib/devices/scope";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

export interface DeviceCounts {
  total: number;
  approved: number;
  pending: number;
  rejected: number;
  deactivated: number;
}

export interface SbiRow {
  id: string;
  providerId: string;
  organizationName: string;
  version: string;
  binaryHash: string;
  swCreatedAt: Date;
  swExpiresAt: Date;
  isExpired: boolean;
  status: ApprovalStatus;
  adminComment: string | null;
  createdAt: Date;
  devices: DeviceCounts;
}

export interface DeviceRow {
  id: string;
  providerId: string;
  organizationName: string;
  sbiId: string;
  sbiVersion: string;
  typeCode: string;
  subTypeCode: string;
  make: string;
  model: string;
  status: ApprovalStatus;
  adminComment: string | null;
  createdAt: Date;
}

const emptyCounts = (): DeviceCounts => ({ total: 0, approved: 0, pending: 0, rejected: 0, deactivated: 0 });

async function deviceCountsBySbi(sbiIds: string[]): Promise<Map<string, DeviceCounts>> {
  const out = new Map<string, DeviceCounts>(sbiIds.map((id) => [id, emptyCounts()]));
  if (sbiIds.length === 0) return out;
  const groups = await db.device.groupBy({ by: ["sbiId", "status"], where: { sbiId: { in: sbiIds } }, _count: { _all: true } });
  for (const g of groups) {
    const counts = out.get(g.sbiId) ?? emptyCounts();
    const n = g._count._all;
    counts.total += n;
    if (g.status === "APPROVED") counts.approved += n;
    else if (g.status === "PENDING_APPROVAL") counts.pending += n;
    else if (g.status === "REJECTED") counts.rejected += n;
    else counts.deactivated += n;
    out.set(g.sbiId, counts);
  }
  return out;
}

type SbiWithProvider = Prisma.SbiGetPayload<{ include: { provider: { select: { organizationName: true } } } }>;

function sbiRow(sbi: SbiWithProvider, counts: DeviceCounts, now = new Date()): SbiRow {
  return {
    id: sbi.id,
    providerId: sbi.providerId,
    organizationName: sbi.provider.organizationName,
    version: sbi.version,
    binaryHash: sbi.binaryHash,
    swCreatedAt: sbi.swCreatedAt,
    swExpiresAt: sbi.swExpiresAt,
    isExpired: isSbiExpired(sbi.swExpiresAt, now),
    status: sbi.status,
    adminComment: sbi.adminComment,
    createdAt: sbi.createdAt,
    devices: counts,
  };
}

function sbiWhere(scope: DeviceScope, filters: SbiFilters, now = new Date()): Prisma.SbiWhereInput {
  const today = new Date(utcDay(now));
  const expiry: Prisma.DateTimeFilter = {};
  if (filters.expiry === "expired") expiry.lt = today;
  if (filters.expiry === "valid") expiry.gte = today;
  if (filters.expiringWithinDays !== undefined) {
    expiry.gte = today;
    expiry.lt = new Date(today.getTime() + (filters.expiringWithinDays + 1) * DAY_MS);
  }
  return {
    ...providerWhere(scope),
    AND: filters.partnerId ? [{ providerId: contains(filters.partnerId) }] : [],
    provider: filters.organizationName ? { organizationName: contains(filters.organizationName) } : undefined,
    // An id filter that is not a uuid matches nothing rather than failing.
    id: filters.sbiId ? (UUID.test(filters.sbiId) ? filters.sbiId : "00000000-0000-0000-0000-000000000000") : undefined,
    version: contains(filters.version),
    status: filters.status,
    swExpiresAt: Object.keys(expiry).length ? expiry : undefined,
  };
}

function sbiOrderBy(sort: SbiSort, dir: "asc" | "desc"): Prisma.SbiOrderByWithRelationInput[] {
  const primary: Prisma.SbiOrderByWithRelationInput =
    sort === "organizationName"
      ? { provider: { organizationName: dir } }
      : sort === "devices"
        ? { devices: { _count: dir } }
        : ({ [sort]: dir } as Prisma.SbiOrderByWithRelationInput);
  // A unique tie-breaker keeps pages stable.
  return [primary, { id: "asc" }];
}

/** SBIs, server-paged, filtered and sorted; an admin sees all, a provider its own. */
export async function listSbis(scope: DeviceScope, filters: SbiFilters, page: PageRequest<SbiSort>): Promise<Page<SbiRow>> {
  const where = sbiWhere(scope, filters);
  const [rows, total] = await Promise.all([
    db.sbi.findMany({
      where,
      orderBy: sbiOrderBy(page.sort, page.dir),
      skip: page.page * page.size,
      take: page.size,
      include: { provider: { select: { organizationName: true } } },
    }),
    db.sbi.count({ where }),
  ]);
  const counts = await deviceCountsBySbi(rows.map((r) => r.id));
  return { rows: rows.map((r) => sbiRow(r, counts.get(r.id) ?? emptyCounts())), total, page: page.page, size: page.size };
}

/** Every SBI of a provider, newest first (the provider's cards; a provider has few). */
export async function listProviderSbis(partnerId: string): Promise<SbiRow[]> {
  const rows = await db.sbi.findMany({
    where: { providerId: partnerId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { provider: { select: { organizationName: true } } },
  });
  const counts = await deviceCountsBySbi(rows.map((r) => r.id));
  return rows.map((r) => sbiRow(r, counts.get(r.id) ?? emptyCounts()));
}

export async function getSbi(scope: DeviceScope, sbiId: string): Promise<SbiRow | null> {
  if (!UUID.test(sbiId)) return null;
  const sbi = await db.sbi.findFirst({ where: { id: sbiId, ...providerWhere(scope) }, include: { provider: { select: { organizationName: true } } } });
  if (!sbi) return null;
  const counts = await deviceCountsBySbi([sbi.id]);
  return sbiRow(sbi, counts.get(sbi.id) ?? emptyCounts());
}

type DeviceWithRelations = Prisma.DeviceGetPayload<{ include: { provider: { select: { organizationName: true } }; sbi: { select: { version: true } } } }>;

function deviceRow(d: DeviceWithRelations): DeviceRow {
  return {
    id: d.id,
    providerId: d.providerId,
    organizationName: d.provider.organizationName,
    sbiId: d.sbiId,
    sbiVersion: d.sbi.version,
    typeCode: d.typeCode,
    subTypeCode: d.subTypeCode,
    make: d.make,
    model: d.model,
    status: d.status,
    adminComment: d.adminComment,
    createdAt: d.createdAt,
  };
}

const deviceInclude = { provider: { select: { organizationName: true } }, sbi: { select: { version: true } } } as const;

/** The devices of one SBI, in the caller's scope (empty when the SBI is not the caller's). */
export async function listSbiDevices(scope: DeviceScope, sbiId: string): Promise<DeviceRow[]> {
  if (!UUID.test(sbiId)) return [];
  const rows = await db.device.findMany({
    where: { sbiId, ...providerWhere(scope) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: deviceInclude,
  });
  return rows.map(deviceRow);
}

function deviceWhere(scope: DeviceScope, filters: DeviceFilters): Prisma.DeviceWhereInput {
  const uuidOrNothing = (v: string) => (UUID.test(v) ? v : "00000000-0000-0000-0000-000000000000");
  const and: Prisma.DeviceWhereInput[] = [];
  if (filters.partnerId) and.push({ providerId: contains(filters.partnerId) });
  if (filters.organizationName) and.push({ provider: { organizationName: contains(filters.organizationName) } });
  if (filters.sbiVersion) and.push({ sbi: { version: contains(filters.sbiVersion) } });
  return {
    ...providerWhere(scope),
    AND: and,
    id: filters.deviceId ? uuidOrNothing(filters.deviceId) : undefined,
    sbiId: filters.sbiId ? uuidOrNothing(filters.sbiId) : undefined,
    typeCode: contains(filters.typeCode),
    subTypeCode: contains(filters.subTypeCode),
    make: contains(filters.make),
    model: contains(filters.model),
    status: filters.status,
  };
}

function deviceOrderBy(sort: DeviceSort, dir: "asc" | "desc"): Prisma.DeviceOrderByWithRelationInput[] {
  const primary: Prisma.DeviceOrderByWithRelationInput =
    sort === "organizationName"
      ? { provider: { organizationName: dir } }
      : sort === "sbiVersion"
        ? { sbi: { version: dir } }
        : ({ [sort]: dir } as Prisma.DeviceOrderByWithRelationInput);
  return [primary, { id: "asc" }];
}

/** Devices, server-paged, filtered and sorted; an admin sees all, a provider its own. */
export async function listDevices(scope: DeviceScope, filters: DeviceFilters, page: PageRequest<DeviceSort>): Promise<Page<DeviceRow>> {
  const where = deviceWhere(scope, filters);
  const [rows, total] = await Promise.all([
    db.device.findMany({ where, orderBy: deviceOrderBy(page.sort, page.dir), skip: page.page * page.size, take: page.size, include: deviceInclude }),
    db.device.count({ where }),
  ]);
  return { rows: rows.map(deviceRow), total, page: page.page, size: page.size };
}

export async function getDevice(scope: DeviceScope, deviceId: string): Promise<DeviceRow | null> {
  if (!UUID.test(deviceId)) return null;
  const device = await db.device.findFirst({ where: { id: deviceId, ...providerWhere(scope) }, include: deviceInclude });
  return device ? deviceRow(device) : null;
}

/** What deactivating an SBI will do to its devices: shown in the confirmation before it happens. */
export async function sbiDeactivationImpact(scope: DeviceScope, sbiId: string) {
  const devices = await listSbiDevices(scope, sbiId);
  return {
    toDeactivate: devices.filter((d) => d.status === "APPROVED"),
    toReject: devices.filter((d) => d.status === "PENDING_APPROVAL"),
  };
}

/** Device types with their subtypes (seeded reference data), for the add-devices form. */
export async function listDeviceTypes() {
  const types = await db.deviceType.findMany({ orderBy: { code: "asc" }, include: { subTypes: { orderBy: { code: "asc" }, select: { code: true, name: true } } } });
  return types.map((t) => ({ code: t.code, name: t.name, subTypes: t.subTypes }));
}

/** Admin dashboard badges: what waits for a decision. */
export async function pendingDeviceCounts(): Promise<{ sbis: number; devices: number }> {
  const [sbis, devices] = await Promise.all([db.sbi.count({ where: { status: "PENDING_APPROVAL" } }), db.device.count({ where: { status: "PENDING_APPROVAL" } })]);
  return { sbis, devices };
}

/** A provider's dashboard card: its SBIs by state and those expiring within 30 days. */
export async function providerDeviceSummary(partnerId: string, now = new Date()) {
  const today = new Date(utcDay(now));
  const in30 = new Date(today.getTime() + 31 * DAY_MS);
  const [sbis, approvedSbis, expiringSoon, devices, pendingDevices] = await Promise.all([
    db.sbi.count({ where: { providerId: partnerId } }),
    db.sbi.count({ where: { providerId: partnerId, status: "APPROVED", swExpiresAt: { gte: today } } }),
    db.sbi.count({ where: { providerId: partnerId, status: "APPROVED", swExpiresAt: { gte: today, lt: in30 } } }),
    db.device.count({ where: { providerId: partnerId, status: "APPROVED" } }),
    db.device.count({ where: { providerId: partnerId, status: "PENDING_APPROVAL" } }),
  ]);
  return { sbis, approvedSbis, expiringSoon, approvedDevices: devices, pendingDevices };
}
