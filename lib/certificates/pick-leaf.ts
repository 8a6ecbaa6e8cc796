// Which certificate of an upload is the partner's own: shared by the server and the browser pre-flight.
import type { ParsedCertificate } from "@/lib/pki";

/**
 * The leaf of an upload: the one certificate that issued none of the others. A PEM file with the
 * leaf first (OpenSSL's fullchain order) and a PKCS#7 bundle in any order both work; when that is
 * ambiguous, the first certificate.
 */
export function pickLeaf(certs: ParsedCertificate[]): { leaf: ParsedCertificate; others: ParsedCertificate[] } {
  const issuesAnother = (c: ParsedCertificate) => certs.some((o) => o !== c && !o.facts.selfIssued && o.facts.issuer.key === c.facts.subject.key);
  const leaves = certs.filter((c) => !issuesAnother(c));
  const leaf = leaves.length === 1 ? leaves[0] : certs[0];
  return { leaf, others: certs.filter((c) => c !== leaf) };
}
