// Reads about FTM chips, returning plain objects for pages and the REST API; always scoped to the caller.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChipStatus, PartnerStatus } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { certificateToPem, loadCertificate } from "@/lib/pki";
import { chipCertificateUnavailable, chipNotFound } from "@/lib/ftm/errors";
import type { ChipFilters, ChipSort } from "@/lib/ftm/schemas";
import { chipProviderWhere, type ChipScope } from "@/lib/ftm/scope";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_ID = "00000000-0000-0000-0000-000000000000";
const DAY_MS = 86_400_000;

export interface ChipRow {
  id: string;
  providerId: string;
  organizationName: string;
  providerStatus: PartnerStatus;
  make: string;
  model: string;
  status: ChipStatus;
  adminComment: string | null;
  hasCertificate: boolean;
  certSubject: string | null;
  certThumbprint: string | null;
  certNotAfter: Date | null;
  isCertificateExpired: boolean;
  certificateUploadedAt: Date | null;
  createdAt: Date;
}

// The certificate bytes stay out of lists; only the download reads them.
const rowSelect = {
  id: true,
  providerId: true,
  make: true,
  model: true,
  status: true,
  adminComment: true,
  certSubject: true,
  certThumbprint: true,
  certNotAfter: true,
  certificateUploadedAt: true,
  createdAt: true,
  provider: { select: { organizationName: true, status: true } },
} as const;

type ChipSelected = Prisma.FtmChipGetPayload<{ select: typeof rowSelect }>;

function chipRow(c: ChipSelected, now = new Date()): ChipRow {
  return {
    id: c.id,
    providerId: c.providerId,
    organizationName: c.provider.organizationName,
    providerStatus: c.provider.status,
    make: c.make,
    model: c.model,
    status: c.status,
    adminComment: c.adminComment,
    hasCertificate: c.certThumbprint !== null,
    certSubject: c.certSubject,
    certThumbprint: c.certThumbprint,
    certNotAfter: c.certNotAfter,
    isCertificateExpired: c.certNotAfter !== null && c.certNotAfter <= now,
    certificateUploadedAt: c.certificateUploadedAt,
    createdAt: c.createdAt,
  };
}

function chipWhere(scope: ChipScope, filters: ChipFilters, now = new Date()): Prisma.FtmChipWhereInput {
  const and: Prisma.FtmChipWhereInput[] = [];
  if (filters.partnerId) and.push({ providerId: contains(filters.partnerId) });
  if (filters.certificate === "uploaded") and.push({ certThumbprint: { not: null } });
  if (filters.certificate === "missing") and.push({ certThumbprint: null });
  if (filters.certificate === "expired") and.push({ certNotAfter: { lte: now } });
  if (filters.expiringWithinDays !== undefined) and.push({ certNotAfter: { gt: now, lte: new Date(now.getTime() + filters.expiringWithinDays * DAY_MS) } });
  return {
    ...chipProviderWhere(scope),
    AND: and,
    provider: filters.organizationName ? { organizationName: contains(filters.organizationName) } : undefined,
    id: filters.chipId ? (UUID.test(filters.chipId) ? filters.chipId : NO_ID) : undefined,
    make: contains(filters.make),
    model: contains(filters.model),
    status: filters.status,
  };
}

function chipOrderBy(sort: ChipSort, dir: "asc" | "desc"): Prisma.FtmChipOrderByWithRelationInput[] {
  const primary: Prisma.FtmChipOrderByWithRelationInput =
    sort === "organizationName"
      ? { provider: { organizationName: dir } }
      : sort === "certNotAfter" || sort === "certificateUploadedAt"
        ? { [sort]: { sort: dir, nulls: "last" } }
        : ({ [sort]: dir } as Prisma.FtmChipOrderByWithRelationInput);
  return [primary, { id: "asc" }];
}

/** Chips, server-paged, filtered and sorted; an admin sees all, a provider its own. */
export async function listChips(scope: ChipScope, filters: ChipFilters, page: PageRequest<ChipSort>): Promise<Page<ChipRow>> {
  const where = chipWhere(scope, filters);
  const [rows, total] = await Promise.all([
    db.ftmChip.findMany({ where, orderBy: chipOrderBy(page.sort, page.dir), skip: page.page * page.size, take: page.size, select: rowSelect }),
    db.ftmChip.count({ where }),
  ]);
  return { rows: rows.map((r) => chipRow(r)), total, page: page.page, size: page.size };
}

/** Every chip of a provider, newest first (a provider has few). */
export async function listProviderChips(partnerId: string): Promise<ChipRow[]> {
  const rows = await db.ftmChip.findMany({ where: { providerId: partnerId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: rowSelect });
  return rows.map((r) => chipRow(r));
}

export async function getChip(scope: ChipScope, chipId: string): Promise<ChipRow | null> {
  if (!UUID.test(chipId)) return null;
  const chip = await db.ftmChip.findFirst({ where: { id: chipId, ...chipProviderWhere(scope) }, select: rowSelect });
  return chip ? chipRow(chip) : null;
}

export interface ChipCertificates {
  chipId: string;
  originalPem: string;
  signedPem: string;
  notAfter: Date;
  signedNotAfter: Date;
}

/**
 * Both certificates of a chip, for the chip's provider or an admin. As in MOSIP, only a chip pending
 * approval or approved has downloadable certificates (PMS_FTM_ERROR_008/009).
 */
export async function getChipCertificates(scope: ChipScope, chipId: string): Promise<ChipCertificates> {
  if (!UUID.test(chipId)) throw chipNotFound(chipId);
  const chip = await db.ftmChip.findFirst({
    where: { id: chipId, ...chipProviderWhere(scope) },
    select: { id: true, status: true, certOriginalDer: true, certSignedDer: true, certNotAfter: true },
  });
  if (!chip) throw chipNotFound(chipId);
  if ((chip.status !== "PENDING_APPROVAL" && chip.status !== "APPROVED") || !chip.certOriginalDer || !chip.certSignedDer || !chip.certNotAfter) {
    throw chipCertificateUnavailable(chip.status, chipId);
  }
  const signed = await loadCertificate(new Uint8Array(chip.certSignedDer));
  return {
    chipId,
    originalPem: certificateToPem(new Uint8Array(chip.certOriginalDer)),
    signedPem: certificateToPem(new Uint8Array(chip.certSignedDer)),
    notAfter: chip.certNotAfter,
    signedNotAfter: signed.facts.notAfter,
  };
}

/** Admin dashboard badge: chips waiting for a decision. */
export async function pendingChipCount(): Promise<number> {
  return db.ftmChip.count({ where: { status: "PENDING_APPROVAL" } });
}

/** A provider's dashboard card: chips by state and certificates expiring within 30 days. */
export async function providerChipSummary(partnerId: string, now = new Date()) {
  const in30 = new Date(now.getTime() + 30 * DAY_MS);
  const [approved, pending, awaitingCertificate, expiringSoon] = await Promise.all([
    db.ftmChip.count({ where: { providerId: partnerId, status: "APPROVED" } }),
    db.ftmChip.count({ where: { providerId: partnerId, status: "PENDING_APPROVAL" } }),
    db.ftmChip.count({ where: { providerId: partnerId, status: "PENDING_CERTIFICATE" } }),
    db.ftmChip.count({ where: { providerId: partnerId, status: { in: ["APPROVED", "PENDING_APPROVAL"] }, certNotAfter: { gt: now, lte: in30 } } }),
  ]);
  return { approved, pending, awaitingCertificate, expiringSoon };
}
