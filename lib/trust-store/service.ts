// Every change to the trust store: uploading root and intermediate CA certificates per domain (SPEC 3, "CA upload").
import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import {
  describeCertificate,
  duplicateFinding,
  mosipErrorCode,
  parseCertificateInput,
  validateCaBundle,
  type CaUploadResult,
  type Finding,
  type ParsedCertificate,
} from "@/lib/pki";
import { rejection, type MosipFinding } from "@/lib/certificates/rejection";
import { keyTypeLabel, shortName } from "@/lib/trust-store/describe";
import { loadDomainTrust } from "@/lib/trust-store/trusted";

export type UploadStatus = "Upload Success." | "Partial Upload Success." | "Upload Failed.";

export interface CaUploadItem {
  /** position in the upload (PEM block or bundle entry), 0-based */
  index: number;
  ok: boolean;
  /** the stored row, when ok */
  id: string | null;
  kind: "ROOT" | "INTERMEDIATE" | null;
  subject: string | null;
  issuer: string | null;
  thumbprint: string | null;
  notAfter: string | null;
  findings: MosipFinding[];
}

export interface CaUploadOutcome {
  status: UploadStatus;
  domain: CertDomain;
  items: CaUploadItem[];
  storedCount: number;
}

// Uploads to one domain are serialised: a bundle's intermediates chain to what was stored just
// before, and two admins uploading the same root must see one success and one duplicate.
const TRUST_STORE_LOCK = 815_100;
const DOMAIN_LOCK_OFFSET: Record<CertDomain, number> = { AUTH: 1, DEVICE: 2, FTM: 3, MISP: 4 };

function withCodes(findings: Finding[]): MosipFinding[] {
  return findings.map((f) => ({ ...f, errorCode: mosipErrorCode(f.code, "CA") }));
}

function itemOf(index: number, cert: ParsedCertificate | null, findings: Finding[], stored?: { id: string; kind: "ROOT" | "INTERMEDIATE" }): CaUploadItem {
  return {
    index,
    ok: Boolean(stored),
    id: stored?.id ?? null,
    kind: stored?.kind ?? (cert ? (cert.selfSigned ? "ROOT" : "INTERMEDIATE") : null),
    subject: cert?.facts.subject.text ?? null,
    issuer: cert?.facts.issuer.text ?? null,
    thumbprint: cert?.thumbprint ?? null,
    notAfter: cert?.facts.notAfter.toISOString() ?? null,
    findings: withCodes(findings),
  };
}

async function storeCertificate(tx: Tx, domain: CertDomain, result: CaUploadResult, issuerCertId: string | null, actor: AuditActor) {
  const described = result.chain[0];
  const cert = result.path[0];
  const row = await tx.caCertificate.create({
    data: {
      domain,
      kind: result.kind,
      subject: described.subject.slice(0, 1024),
      issuer: described.issuer.slice(0, 1024),
      issuedTo: shortName(described.subjectAttributes, described.subject),
      issuedBy: shortName(described.issuerAttributes, described.issuer),
      serialNumber: described.serialNumber.slice(0, 128),
      notBefore: cert.facts.notBefore,
      notAfter: cert.facts.notAfter,
      thumbprint: cert.thumbprint,
      der: new Uint8Array(cert.der),
      issuerCertId,
      keyType: keyTypeLabel(described.publicKey),
      uploadedById: actor.principal?.kind === "user" ? actor.principal.userId : null,
    },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    action: "trust-store.certificate-uploaded",
    entityType: "CaCertificate",
    entityId: row.id,
    after: { domain, kind: result.kind, subject: described.subject, issuer: described.issuer, thumbprint: cert.thumbprint, notAfter: described.notAfter },
  });
  await publishEvent(tx, "CA_CERTIFICATE_UPLOADED", {
    certId: row.id,
    partnerDomain: domain,
    caCertificateType: result.kind,
    certThumbprint: cert.thumbprint,
    issuedTo: described.subject,
    issuedBy: described.issuer,
  });
  return row.id;
}

function statusOf(items: CaUploadItem[]): UploadStatus {
  const stored = items.filter((i) => i.ok).length;
  if (stored === items.length) return "Upload Success.";
  return stored > 0 ? "Partial Upload Success." : "Upload Failed.";
}

/**
 * Uploads one certificate or a bundle (PEM blocks or PKCS#7). A single certificate that fails throws
 * CertificateRejectedError (MOSIP does the same); a bundle stores every certificate that passes and
 * reports each one, as "Upload Success.", "Partial Upload Success." or "Upload Failed.".
 */
export async function uploadCaCertificates(input: { domain: CertDomain; certificateData: string }, actor: AuditActor, options: { now?: Date } = {}): Promise<CaUploadOutcome> {
  const now = options.now ?? new Date();
  const parsed = await parseCertificateInput(input.certificateData);
  // No certificate at all, or a private key among them (whoever sent it must replace that key): refuse everything.
  if (parsed.certificates.length === 0 || parsed.findings.some((f) => f.code === "PKI_PRIVATE_KEY_SUBMITTED")) throw rejection(parsed.findings, "CA");
  const isBundle = parsed.certificates.length + parsed.findings.length > 1;
  const { domain } = input;

  const outcome = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TRUST_STORE_LOCK + DOMAIN_LOCK_OFFSET[domain]})`;
      const trust = await loadDomainTrust(domain, tx);
      const storedIds = new Map(trust.map((t) => [t.cert.thumbprint, t.id]));

      // Certificates already stored are duplicates; the rest are validated together, as a bundle.
      const candidates = parsed.certificates.filter((c) => !storedIds.has(c.thumbprint));
      const results = await validateCaBundle(candidates, {
        domainRoots: trust.filter((t) => t.kind === "ROOT").map((t) => t.cert),
        domainIntermediates: trust.filter((t) => t.kind === "INTERMEDIATE").map((t) => t.cert),
        now,
        minRemainingDays: env().CA_MIN_REMAINING_DAYS,
      });
      const resultOf = new Map(candidates.map((c, i) => [c, results[i]]));

      // Store closest-to-a-root first (the order the bundle validator used), so issuers exist first.
      const stored = new Map<ParsedCertificate, { id: string; kind: "ROOT" | "INTERMEDIATE" }>();
      for (const cert of [...candidates].sort((a, b) => resultOf.get(a)!.path.length - resultOf.get(b)!.path.length)) {
        const result = resultOf.get(cert)!;
        if (!result.ok) continue;
        const issuerThumbprint = result.kind === "INTERMEDIATE" ? result.path[1]?.thumbprint : undefined;
        const issuerCertId = issuerThumbprint ? (storedIds.get(issuerThumbprint) ?? null) : null;
        const id = await storeCertificate(tx, domain, result, issuerCertId, actor);
        storedIds.set(cert.thumbprint, id);
        stored.set(cert, { id, kind: result.kind });
      }

      // The report follows the order of the upload; unreadable items come last.
      const items: CaUploadItem[] = parsed.certificates.map((cert, index) => {
        const result = resultOf.get(cert);
        if (!result) return itemOf(index, cert, [duplicateFinding(cert.thumbprint)]);
        return itemOf(index, cert, result.ok ? [] : result.findings, stored.get(cert));
      });
      for (const f of parsed.findings) items.push(itemOf(items.length, null, [f]));
      return { status: statusOf(items), domain, items, storedCount: items.filter((i) => i.ok).length };
    },
    { timeout: 30_000 },
  );

  if (!isBundle && outcome.storedCount === 0) {
    const item = outcome.items[0];
    throw rejection(item.findings, "CA", parsed.certificates.slice(0, 1).map(describeCertificate));
  }
  return outcome;
}
