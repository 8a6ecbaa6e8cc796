// Reads about the trust store: the paged list, one certificate with its path to its root, and its files.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { buildCertsOnlyPkcs7, certificateToPem, describeCertificate, pkcs7ToPem, type DescribedCert, type ParsedCertificate } from "@/lib/pki";
import type { TrustStoreFilters, TrustStoreSort } from "@/lib/trust-store/schemas";
import { parseStoredCertificate } from "@/lib/trust-store/trusted";

export interface CaCertificateRow {
  id: string;
  domain: CertDomain;
  kind: "ROOT" | "INTERMEDIATE";
  issuedTo: string;
  issuedBy: string;
  thumbprint: string;
  notBefore: Date;
  notAfter: Date;
  uploadedAt: Date;
  keyType: string;
}

const DAY_MS = 86_400_000;

function where(filters: TrustStoreFilters, now: Date): Prisma.CaCertificateWhereInput {
  const id = filters.certificateId && z.uuid().safeParse(filters.certificateId).success ? filters.certificateId : undefined;
  return {
    domain: filters.domain,
    kind: filters.kind,
    issuedTo: contains(filters.issuedTo),
    issuedBy: contains(filters.issuedBy),
    // an id that is not a UUID matches nothing, rather than being ignored
    ...(filters.certificateId ? { id: id ?? "00000000-0000-0000-0000-000000000000" } : {}),
    ...(filters.expiringWithinDays !== undefined ? { notAfter: { gt: now, lte: new Date(now.getTime() + filters.expiringWithinDays * DAY_MS) } } : {}),
  };
}

export async function listCaCertificates(filters: TrustStoreFilters, page: PageRequest<TrustStoreSort>, now = new Date()): Promise<Page<CaCertificateRow>> {
  const w = where(filters, now);
  const [rows, total] = await Promise.all([
    db.caCertificate.findMany({
      where: w,
      // a unique tie-breaker keeps pages stable
      orderBy: [{ [page.sort]: page.dir } as Prisma.CaCertificateOrderByWithRelationInput, { id: "asc" }],
      skip: page.page * page.size,
      take: page.size,
      select: { id: true, domain: true, kind: true, issuedTo: true, issuedBy: true, thumbprint: true, notBefore: true, notAfter: true, uploadedAt: true, keyType: true },
    }),
    db.caCertificate.count({ where: w }),
  ]);
  return { rows, total, page: page.page, size: page.size };
}

export interface CaCertificateDetail extends CaCertificateRow {
  subject: string;
  issuer: string;
  serialNumber: string;
  uploadedBy: string | null;
  described: DescribedCert;
  /** this certificate first, its stored root last */
  path: { id: string; kind: "ROOT" | "INTERMEDIATE"; subject: string; notAfter: Date }[];
  /** intermediates stored under this certificate */
  issued: { id: string; subject: string; notAfter: Date }[];
}

const MAX_PATH = 10;

async function storedPath(id: string) {
  const path: { id: string; kind: "ROOT" | "INTERMEDIATE"; subject: string; notAfter: Date; thumbprint: string; der: Uint8Array }[] = [];
  let next: string | null = id;
  while (next && path.length < MAX_PATH && !path.some((p) => p.id === next)) {
    const row: { id: string; kind: "ROOT" | "INTERMEDIATE"; subject: string; notAfter: Date; thumbprint: string; der: Uint8Array; issuerCertId: string | null } | null =
      await db.caCertificate.findUnique({ where: { id: next }, select: { id: true, kind: true, subject: true, notAfter: true, thumbprint: true, der: true, issuerCertId: true } });
    if (!row) break;
    path.push(row);
    next = row.issuerCertId;
  }
  return path;
}

export async function getCaCertificate(id: string): Promise<CaCertificateDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.caCertificate.findUnique({
    where: { id },
    include: { issuedCas: { select: { id: true, subject: true, notAfter: true }, orderBy: { uploadedAt: "asc" }, take: 50 } },
  });
  if (!row) return null;
  const [cert, path, uploader] = await Promise.all([
    parseStoredCertificate(row.thumbprint, row.der),
    storedPath(id),
    row.uploadedById ? db.user.findUnique({ where: { id: row.uploadedById }, select: { email: true } }) : null,
  ]);
  return {
    id: row.id,
    domain: row.domain,
    kind: row.kind,
    issuedTo: row.issuedTo,
    issuedBy: row.issuedBy,
    thumbprint: row.thumbprint,
    notBefore: row.notBefore,
    notAfter: row.notAfter,
    uploadedAt: row.uploadedAt,
    keyType: row.keyType,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serialNumber,
    uploadedBy: uploader?.email ?? null,
    described: describeCertificate(cert),
    path: path.map(({ id, kind, subject, notAfter }) => ({ id, kind, subject, notAfter })),
    issued: row.issuedCas,
  };
}

export interface CaCertificateFiles {
  id: string;
  fileStem: string;
  pem: string;
  /** certs-only PKCS#7 of the certificate and its issuers up to the stored root */
  p7bDer: Uint8Array;
  p7bPem: string;
}

export async function getCaCertificateFiles(id: string): Promise<CaCertificateFiles | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const path = await storedPath(id);
  if (path.length === 0) return null;
  const parsed: ParsedCertificate[] = await Promise.all(path.map((p) => parseStoredCertificate(p.thumbprint, p.der)));
  const p7bDer = buildCertsOnlyPkcs7(parsed);
  return { id, fileStem: `ca-${path[0].kind.toLowerCase()}-${id.slice(0, 8)}`, pem: certificateToPem(parsed[0].der), p7bDer, p7bPem: pkcs7ToPem(p7bDer) };
}

/** CA certificates expiring within `days` (dashboard badge for admins). */
export async function countCaCertificatesExpiring(days: number, now = new Date()): Promise<number> {
  return db.caCertificate.count({ where: { notAfter: { gt: now, lte: new Date(now.getTime() + days * DAY_MS) } } });
}

export async function trustStoreCounts(): Promise<Record<CertDomain, number>> {
  const groups = await db.caCertificate.groupBy({ by: ["domain"], _count: { _all: true } });
  const counts: Record<CertDomain, number> = { AUTH: 0, DEVICE: 0, FTM: 0, MISP: 0 };
  for (const g of groups) counts[g.domain] = g._count._all;
  return counts;
}
