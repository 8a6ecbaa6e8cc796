// The parsed trust store of a domain (its stored roots and intermediates), as the validators take it.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { loadCertificate, type ParsedCertificate } from "@/lib/pki";

// Parsed certificates are memoised by SHA-256 thumbprint: content-addressed, so the memo can never
// be stale and holds nothing another instance would need. Bounded; the oldest entry goes first.
const MAX_MEMO = 4096;
const memo = new Map<string, Promise<ParsedCertificate>>();

export function parseStoredCertificate(thumbprint: string, der: Uint8Array): Promise<ParsedCertificate> {
  let parsed = memo.get(thumbprint);
  if (!parsed) {
    parsed = loadCertificate(new Uint8Array(der));
    memo.set(thumbprint, parsed);
    parsed.catch(() => memo.delete(thumbprint));
    if (memo.size > MAX_MEMO) memo.delete(memo.keys().next().value as string);
  }
  return parsed;
}

export interface TrustedCertificate {
  id: string;
  kind: "ROOT" | "INTERMEDIATE";
  cert: ParsedCertificate;
}

/** Every CA certificate stored for the domain, expired ones included: the validator names them as the broken link. */
export async function loadDomainTrust(domain: CertDomain, client: Tx | typeof db = db): Promise<TrustedCertificate[]> {
  const rows = await client.caCertificate.findMany({ where: { domain }, select: { id: true, kind: true, thumbprint: true, der: true }, orderBy: { uploadedAt: "asc" } });
  return Promise.all(rows.map(async (row) => ({ id: row.id, kind: row.kind, cert: await parseStoredCertificate(row.thumbprint, row.der) })));
}
