import * as pkijs from "pkijs";
import { decodeExact, isUniversal, TAG } from "./asn1";
import { bytesEqual, sha256Hex, toHex, toPlainBytes } from "./bytes";
import { describePublicKey, describeSignatureAlgorithm, type PublicKeyDescription, type SignatureAlgorithm } from "./algorithms";
import { KNOWN_EXTENSIONS, type KnownExtension } from "./extensions";
import type {
  AuthorityKeyIdentifierValue,
  BasicConstraintsValue,
  KeyUsageName,
  NameConstraintsValue,
  PolicyConstraintsValue,
} from "./extension-values";
import type { GeneralName } from "./general-names";
import { parseName, type DistinguishedName } from "./names";
import { EXTENSION_NAMES, OID } from "./oids";
import { verifySignature } from "./signature";

// A certificate parsed once, with every fact the validator needs extracted up front, so that
// validation and path building never re-parse and never throw.

export interface ExtensionFact {
  oid: string;
  name: string;
  critical: boolean;
  known: KnownExtension | null;
  /** why the value could not be decoded, when it could not */
  malformed: string | null;
}

export interface CertificateFacts {
  /** 1, 2 or 3 */
  version: number;
  serialHex: string;
  serialProblem: string | null;
  subject: DistinguishedName;
  issuer: DistinguishedName;
  /** subject and issuer names match (RFC 5280 "self-issued") */
  selfIssued: boolean;
  notBefore: Date;
  notAfter: Date;
  signature: SignatureAlgorithm;
  /** the algorithm inside tbsCertificate differs from the outer one */
  signatureAlgorithmMismatch: { outer: string; inner: string } | null;
  key: PublicKeyDescription;
  extensions: ExtensionFact[];
  basicConstraints: BasicConstraintsValue | null;
  isCA: boolean;
  keyUsage: KeyUsageName[] | null;
  extKeyUsage: string[] | null;
  subjectAltNames: GeneralName[];
  subjectAltNameCritical: boolean;
  subjectKeyId: string | null;
  authorityKeyId: AuthorityKeyIdentifierValue | null;
  nameConstraints: NameConstraintsValue | null;
  policyConstraints: PolicyConstraintsValue | null;
}

export interface ParsedCertificate {
  readonly der: Uint8Array;
  readonly certificate: pkijs.Certificate;
  /** SHA-256 of the DER encoding, lower-case hex: the identity used for duplicates and cycles */
  readonly thumbprint: string;
  readonly facts: CertificateFacts;
  /** self-issued and its signature verifies with its own key */
  readonly selfSigned: boolean;
}

export class CertificateParseError extends Error {}

/** Parses one DER certificate. Throws CertificateParseError with a plain-English reason. */
export async function loadCertificate(der: Uint8Array): Promise<ParsedCertificate> {
  const bytes = toPlainBytes(der);
  let certificate: pkijs.Certificate;
  let facts: CertificateFacts;
  try {
    const block = decodeExact(bytes);
    if (!isUniversal(block, TAG.sequence)) throw new Error("not a SEQUENCE");
    certificate = new pkijs.Certificate({ schema: block });
    facts = extractFacts(certificate);
  } catch (error) {
    throw new CertificateParseError(`not a valid X.509 certificate (${(error as Error).message || "malformed"})`);
  }
  const thumbprint = await sha256Hex(bytes);
  const parsed: ParsedCertificate = { der: bytes, certificate, thumbprint, facts, selfSigned: false };
  if (facts.selfIssued) {
    return { ...parsed, selfSigned: (await verifySignature(parsed, parsed)) === "valid" };
  }
  return parsed;
}

function extractFacts(cert: pkijs.Certificate): CertificateFacts {
  const subject = parseName(new Uint8Array(cert.subject.valueBeforeDecode));
  const issuer = parseName(new Uint8Array(cert.issuer.valueBeforeDecode));
  const outer = cert.signatureAlgorithm;
  const inner = cert.signature;
  const mismatch = !bytesEqual(new Uint8Array(outer.toSchema().toBER()), new Uint8Array(inner.toSchema().toBER()));

  const facts: CertificateFacts = {
    version: cert.version + 1,
    ...serialFacts(new Uint8Array(cert.serialNumber.valueBlock.valueHexView)),
    subject,
    issuer,
    selfIssued: subject.key === issuer.key,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    signature: describeSignatureAlgorithm(outer),
    signatureAlgorithmMismatch: mismatch ? { outer: outer.algorithmId, inner: inner.algorithmId } : null,
    key: describePublicKey(cert.subjectPublicKeyInfo),
    extensions: [],
    basicConstraints: null,
    isCA: false,
    keyUsage: null,
    extKeyUsage: null,
    subjectAltNames: [],
    subjectAltNameCritical: false,
    subjectKeyId: null,
    authorityKeyId: null,
    nameConstraints: null,
    policyConstraints: null,
  };

  for (const ext of cert.extensions ?? []) {
    const known = KNOWN_EXTENSIONS[ext.extnID] ?? null;
    const fact: ExtensionFact = {
      oid: ext.extnID,
      name: known?.name ?? EXTENSION_NAMES[ext.extnID] ?? "unknown",
      critical: ext.critical,
      known,
      malformed: null,
    };
    facts.extensions.push(fact);
    if (!known) continue;
    // A duplicate keeps the first value; the duplicate itself is a finding.
    if (facts.extensions.filter((e) => e.oid === fact.oid).length > 1) continue;
    try {
      recordValue(facts, ext.extnID, known.parse(new Uint8Array(ext.extnValue.valueBlock.valueHexView)), ext.critical);
    } catch (error) {
      fact.malformed = (error as Error).message || "malformed value";
    }
  }
  facts.isCA = facts.basicConstraints?.cA === true;
  return facts;
}

function recordValue(facts: CertificateFacts, oid: string, value: unknown, critical: boolean): void {
  switch (oid) {
    case OID.basicConstraints:
      facts.basicConstraints = value as BasicConstraintsValue;
      break;
    case OID.keyUsage:
      facts.keyUsage = value as KeyUsageName[];
      break;
    case OID.extKeyUsage:
      facts.extKeyUsage = value as string[];
      break;
    case OID.subjectAltName:
      facts.subjectAltNames = value as GeneralName[];
      facts.subjectAltNameCritical = critical;
      break;
    case OID.subjectKeyIdentifier:
      facts.subjectKeyId = value as string;
      break;
    case OID.authorityKeyIdentifier:
      facts.authorityKeyId = value as AuthorityKeyIdentifierValue;
      break;
    case OID.nameConstraints:
      facts.nameConstraints = value as NameConstraintsValue;
      break;
    case OID.policyConstraints:
      facts.policyConstraints = value as PolicyConstraintsValue;
      break;
  }
}

function serialFacts(serial: Uint8Array): { serialHex: string; serialProblem: string | null } {
  const serialHex = toHex(serial);
  if (serial.length === 0) return { serialHex, serialProblem: "empty" };
  if ((serial[0] & 0x80) !== 0) return { serialHex, serialProblem: "negative" };
  if (serial.every((b) => b === 0)) return { serialHex, serialProblem: "zero" };
  // A leading 0x00 only keeps the number positive; it does not count towards the 20 octets.
  const significant = serial[0] === 0 ? serial.length - 1 : serial.length;
  if (significant > 20) return { serialHex, serialProblem: `${significant} bytes long` };
  return { serialHex, serialProblem: null };
}
