// The portal's issuing CA per domain: created on first use, private key sealed under MASTER_KEY, rotated by an admin.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import { systemActor } from "@/lib/system-actor";
import {
  createPortalCaCertificate,
  DEFAULT_CA_KEY_ALGORITHM,
  exportPrivateKeyPkcs8,
  generateCaKeyPair,
  importPrivateKeyPkcs8,
  loadCertificate,
  type CaKeyAlgorithm,
  type ParsedCertificate,
} from "@/lib/pki";
import { masterKeyFromEnv, openPrivateKey, sealPrivateKey } from "@/lib/portal-ca/encryption";

export const CERT_DOMAINS: readonly CertDomain[] = ["AUTH", "DEVICE", "FTM", "MISP"];

export interface PortalCa {
  id: string;
  domain: CertDomain;
  cert: ParsedCertificate;
  privateKey: CryptoKey;
  keyAlgorithm: string;
}

/** The associated data the sealed key is bound to: a key moved to another domain's row will not open. */
export function sealContext(domain: CertDomain): string {
  return `portal-ca:${domain}`;
}

// Decrypted keys are kept per row id: the row is immutable apart from isCurrent, so another instance
// rotating the key simply makes this one read a new id; nothing here is state another instance needs.
const unsealed = new Map<string, Promise<PortalCa>>();

async function unseal(row: { id: string; domain: CertDomain; certificateDer: Uint8Array; encryptedPrivateKey: Uint8Array; keyAlgorithm: string }): Promise<PortalCa> {
  const pkcs8 = openPrivateKey(row.encryptedPrivateKey, sealContext(row.domain), masterKeyFromEnv());
  try {
    const [cert, privateKey] = await Promise.all([loadCertificate(row.certificateDer), importPrivateKeyPkcs8(pkcs8)]);
    return { id: row.id, domain: row.domain, cert, privateKey, keyAlgorithm: row.keyAlgorithm };
  } finally {
    pkcs8.fill(0);
  }
}

function cachedUnseal(row: Parameters<typeof unseal>[0]): Promise<PortalCa> {
  let pending = unsealed.get(row.id);
  if (!pending) {
    pending = unseal(row);
    unsealed.set(row.id, pending);
    pending.catch(() => unsealed.delete(row.id));
  }
  return pending;
}

const CURRENT_SELECT = { id: true, domain: true, certificateDer: true, encryptedPrivateKey: true, keyAlgorithm: true } as const;

async function readCurrent(client: Tx | typeof db, domain: CertDomain) {
  return client.portalCaKey.findFirst({ where: { domain, isCurrent: true }, select: CURRENT_SELECT });
}

interface NewKeyRow {
  domain: CertDomain;
  certificateDer: Uint8Array<ArrayBuffer>;
  encryptedPrivateKey: Uint8Array<ArrayBuffer>;
  keyAlgorithm: CaKeyAlgorithm;
  notAfter: Date;
  thumbprint: string;
  subject: string;
}

async function makeKeyRow(domain: CertDomain, algorithm: CaKeyAlgorithm, now = new Date()): Promise<NewKeyRow> {
  const keyPair = await generateCaKeyPair(algorithm);
  // The generation time goes into the CN so that a rotated CA is distinguishable by name as well.
  const cert = await createPortalCaCertificate({
    keyPair,
    domain,
    commonName: `Partner Portal ${domain} CA ${now.toISOString().slice(0, 10)}`,
    now: new Date(now.getTime() - 60_000), // a minute of clock skew for relying parties
  });
  const pkcs8 = await exportPrivateKeyPkcs8(keyPair.privateKey);
  const sealed = sealPrivateKey(pkcs8, sealContext(domain));
  pkcs8.fill(0);
  return {
    domain,
    certificateDer: new Uint8Array(cert.der),
    encryptedPrivateKey: new Uint8Array(sealed),
    keyAlgorithm: algorithm,
    notAfter: cert.facts.notAfter,
    thumbprint: cert.thumbprint,
    subject: cert.facts.subject.text,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function insertKey(tx: Tx, row: NewKeyRow, actor: AuditActor, action: string, before?: unknown) {
  const created = await tx.portalCaKey.create({
    data: { domain: row.domain, certificateDer: row.certificateDer, encryptedPrivateKey: row.encryptedPrivateKey, keyAlgorithm: row.keyAlgorithm, notAfter: row.notAfter },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    action,
    entityType: "PortalCaKey",
    entityId: created.id,
    before,
    after: { domain: row.domain, subject: row.subject, thumbprint: row.thumbprint, keyAlgorithm: row.keyAlgorithm, notAfter: row.notAfter },
  });
  await publishEvent(tx, "CA_CERTIFICATE_UPLOADED", { partnerDomain: row.domain, portalCa: true, certThumbprint: row.thumbprint, subject: row.subject });
  return created.id;
}

/** Two instances starting at once race on the partial unique index (one current key per domain); the loser keeps the winner's. */
async function createFirstKey(domain: CertDomain, algorithm: CaKeyAlgorithm): Promise<void> {
  const row = await makeKeyRow(domain, algorithm);
  try {
    await db.$transaction((tx) => insertKey(tx, row, systemActor("portal-ca"), "portal-ca.created"));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * The current issuing CA of a domain (private key unsealed), created on first use.
 */
export async function currentPortalCa(domain: CertDomain, algorithm: CaKeyAlgorithm = DEFAULT_CA_KEY_ALGORITHM): Promise<PortalCa> {
  const existing = await readCurrent(db, domain);
  if (existing) return cachedUnseal(existing);
  await createFirstKey(domain, algorithm);
  const created = await readCurrent(db, domain);
  if (!created) throw new AppError("internal", "PORTAL_CA_MISSING", `The portal CA of the ${domain} domain could not be created.`);
  return cachedUnseal(created);
}

/**
 * Makes the CA of every domain that has none (at first start, in the seed, before listing), so the
 * certificates can be downloaded before the first upload. Existing keys are not unsealed.
 */
export async function ensurePortalCas(algorithm: CaKeyAlgorithm = DEFAULT_CA_KEY_ALGORITHM): Promise<void> {
  const present = await db.portalCaKey.findMany({ where: { isCurrent: true }, select: { domain: true } });
  const missing = CERT_DOMAINS.filter((d) => !present.some((p) => p.domain === d));
  for (const domain of missing) await createFirstKey(domain, algorithm);
}

/**
 * Rotation (docs/decisions/003-portal-ca-keys.md): a new key and certificate become current; the old
 * row stays (not current) so its certificate remains downloadable while certificates it issued live.
 */
export async function rotatePortalCa(domain: CertDomain, actor: AuditActor, algorithm: CaKeyAlgorithm = DEFAULT_CA_KEY_ALGORITHM) {
  const row = await makeKeyRow(domain, algorithm);
  return db.$transaction(async (tx) => {
    const previous = await tx.portalCaKey.findFirst({ where: { domain, isCurrent: true }, select: { id: true, notAfter: true } });
    if (previous) {
      const retired = await tx.portalCaKey.updateMany({ where: { id: previous.id, isCurrent: true }, data: { isCurrent: false } });
      if (retired.count !== 1) throw new AppError("conflict", "PORTAL_CA_ROTATED", `The ${domain} portal CA was rotated by someone else in the meantime.`);
    }
    const id = await insertKey(tx, row, actor, "portal-ca.rotated", previous ? { id: previous.id } : undefined);
    return { id, domain, thumbprint: row.thumbprint, subject: row.subject, notAfter: row.notAfter };
  });
}

export interface PortalCaCertificateRow {
  id: string;
  domain: CertDomain;
  der: Uint8Array;
  keyAlgorithm: string;
  isCurrent: boolean;
  notAfter: Date;
  createdAt: Date;
}

/** Every portal CA certificate still valid (current and rotated-out ones), for downstream trust stores. */
export async function listPortalCaCertificates(options: { domain?: CertDomain; includeExpired?: boolean } = {}): Promise<PortalCaCertificateRow[]> {
  const rows = await db.portalCaKey.findMany({
    where: { domain: options.domain, ...(options.includeExpired ? {} : { notAfter: { gt: new Date() } }) },
    select: { id: true, domain: true, certificateDer: true, keyAlgorithm: true, isCurrent: true, notAfter: true, createdAt: true },
    orderBy: [{ domain: "asc" }, { createdAt: "desc" }],
  });
  return rows.map(({ certificateDer, ...rest }) => ({ ...rest, der: new Uint8Array(certificateDer) }));
}

/**
 * Master-key rotation: re-seals every portal CA private key from `oldKey` to `newKey` in one
 * transaction. Run it with both keys at hand, then switch MASTER_KEY and restart.
 */
export async function resealPortalCaKeys(oldKey: Uint8Array, newKey: Uint8Array, actor: AuditActor): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.portalCaKey.findMany({ select: { id: true, domain: true, encryptedPrivateKey: true } });
    for (const row of rows) {
      const pkcs8 = openPrivateKey(row.encryptedPrivateKey, sealContext(row.domain), oldKey);
      const resealed = sealPrivateKey(pkcs8, sealContext(row.domain), newKey);
      pkcs8.fill(0);
      await tx.portalCaKey.update({ where: { id: row.id }, data: { encryptedPrivateKey: new Uint8Array(resealed) } });
    }
    await writeAudit(tx, actor, { action: "portal-ca.master-key-rotated", entityType: "PortalCaKey", entityId: "*", after: { keys: rows.length } });
    return rows.length;
  }, { timeout: 60_000 });
}
