// Reads about partner certificates: the current one, its history, and the trust store the browser pre-flight needs.
import "server-only";
import { db } from "@/lib/db";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { certificateToPem } from "@/lib/pki";

export interface CurrentPartnerCertificate {
  id: string;
  partnerId: string;
  domain: CertDomain;
  subject: string;
  issuer: string;
  serialNumber: string;
  thumbprint: string;
  notBefore: Date;
  notAfter: Date;
  signedNotAfter: Date;
  uploadedAt: Date;
  originalPem: string;
  signedPem: string;
}

/** The partner's current certificate, or null. The caller has already scoped partnerId to the caller. */
export async function getCurrentPartnerCertificate(partnerId: string): Promise<CurrentPartnerCertificate | null> {
  const row = await db.partnerCertificate.findFirst({ where: { partnerId, isCurrent: true } });
  if (!row) return null;
  return {
    id: row.id,
    partnerId: row.partnerId,
    domain: row.domain,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serialNumber,
    thumbprint: row.thumbprint,
    notBefore: row.notBefore,
    notAfter: row.notAfter,
    signedNotAfter: row.signedNotAfter,
    uploadedAt: row.uploadedAt,
    originalPem: certificateToPem(new Uint8Array(row.originalDer)),
    signedPem: certificateToPem(new Uint8Array(row.signedDer)),
  };
}

export interface PartnerCertificateHistoryRow {
  id: string;
  subject: string;
  thumbprint: string;
  notAfter: Date;
  uploadedAt: Date;
  isCurrent: boolean;
}

export async function partnerCertificateHistory(partnerId: string, take = 10): Promise<PartnerCertificateHistoryRow[]> {
  return db.partnerCertificate.findMany({
    where: { partnerId },
    select: { id: true, subject: true, thumbprint: true, notAfter: true, uploadedAt: true, isCurrent: true },
    orderBy: { uploadedAt: "desc" },
    take,
  });
}

export interface PreflightTrust {
  domain: CertDomain;
  /** base64 DER of every CA certificate of the domain; the browser validates against them */
  certificates: { kind: "ROOT" | "INTERMEDIATE"; der: string }[];
}

/**
 * What the browser pre-flight needs: the domain's stored CA certificates (public material; the
 * server validates again and is the authority).
 */
export async function preflightTrust(domain: CertDomain): Promise<PreflightTrust> {
  const rows = await db.caCertificate.findMany({ where: { domain }, select: { kind: true, der: true }, orderBy: { uploadedAt: "asc" } });
  return { domain, certificates: rows.map((r) => ({ kind: r.kind, der: Buffer.from(r.der).toString("base64") })) };
}

/** Partners whose current certificate expires within `days` (dashboard badges). */
export async function countPartnerCertificatesExpiring(days: number, now = new Date()): Promise<number> {
  return db.partnerCertificate.count({ where: { isCurrent: true, notAfter: { gt: now, lte: new Date(now.getTime() + days * 86_400_000) } } });
}
