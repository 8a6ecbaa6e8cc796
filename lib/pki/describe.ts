import type { ParsedCertificate } from "./certificate";
import { formatGeneralName } from "./general-names";
import { attributeMap, attributeValues, COMMON_NAME_OID, ORGANIZATION_OID } from "./names";
import { EXTENDED_KEY_USAGE_NAMES } from "./oids";

// A plain, serialisable description of a certificate for the UI, the API and audit records.

export interface DescribedCert {
  version: number;
  subject: string;
  issuer: string;
  subjectAttributes: Record<string, string[]>;
  issuerAttributes: Record<string, string[]>;
  /** first O= of the subject, or null */
  organization: string | null;
  /** first CN= of the subject, or null */
  commonName: string | null;
  /** lower-case hex of the serial's DER content */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER, lower-case hex */
  thumbprintSha256: string;
  publicKey: { type: string; bits: number | null; curve: string | null };
  signatureAlgorithm: string;
  isCA: boolean;
  pathLen: number | null;
  keyUsage: string[];
  extendedKeyUsage: string[];
  subjectAltNames: string[];
  subjectKeyIdentifier: string | null;
  authorityKeyIdentifier: string | null;
  extensions: { oid: string; name: string; critical: boolean }[];
  selfIssued: boolean;
  selfSigned: boolean;
}

export function describeCertificate(cert: ParsedCertificate): DescribedCert {
  const f = cert.facts;
  return {
    version: f.version,
    subject: f.subject.text,
    issuer: f.issuer.text,
    subjectAttributes: attributeMap(f.subject),
    issuerAttributes: attributeMap(f.issuer),
    organization: attributeValues(f.subject, ORGANIZATION_OID)[0] ?? null,
    commonName: attributeValues(f.subject, COMMON_NAME_OID)[0] ?? null,
    serialNumber: f.serialHex,
    notBefore: f.notBefore.toISOString(),
    notAfter: f.notAfter.toISOString(),
    thumbprintSha256: cert.thumbprint,
    publicKey: { type: f.key.type === "unknown" ? f.key.algorithmOid : f.key.type, bits: f.key.bits, curve: f.key.curve },
    signatureAlgorithm: f.signature.name,
    isCA: f.isCA,
    pathLen: f.basicConstraints?.pathLen ?? null,
    keyUsage: f.keyUsage ?? [],
    extendedKeyUsage: (f.extKeyUsage ?? []).map((oid) => EXTENDED_KEY_USAGE_NAMES[oid] ?? oid),
    subjectAltNames: f.subjectAltNames.map(formatGeneralName),
    subjectKeyIdentifier: f.subjectKeyId,
    authorityKeyIdentifier: f.authorityKeyId?.keyId ?? null,
    extensions: f.extensions.map(({ oid, name, critical }) => ({ oid, name, critical })),
    selfIssued: f.selfIssued,
    selfSigned: cert.selfSigned,
  };
}
