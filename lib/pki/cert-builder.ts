import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { bitStringOf, decodeExact, sequenceChildren } from "./asn1";
import { sha1, toPlainBytes } from "./bytes";
import { OID } from "./oids";
import type { KeyUsageName } from "./extension-values";
import { KEY_USAGE_BITS } from "./extension-values";

// Low-level certificate assembly with pkijs, shared by issuance and by the test helpers.

/** Attributes in certificate order (most general first), e.g. [["C","IN"],["O","Acme"],["CN","Acme AUTH"]]. */
export type NameSpec = [string, string][];

const ATTRIBUTE_OIDS: Record<string, string> = {
  CN: "2.5.4.3",
  SN: "2.5.4.4",
  SERIALNUMBER: "2.5.4.5",
  C: "2.5.4.6",
  L: "2.5.4.7",
  ST: "2.5.4.8",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  DC: "0.9.2342.19200300.100.1.25",
  UID: "0.9.2342.19200300.100.1.1",
  emailAddress: "1.2.840.113549.1.9.1",
  organizationIdentifier: "2.5.4.97",
};

export function buildName(spec: NameSpec): pkijs.RelativeDistinguishedNames {
  // One attribute per RDN; pkijs' own encoder would put them all into one multi-valued RDN.
  const rdns = spec.map(([type, value]) => {
    const oid = ATTRIBUTE_OIDS[type] ?? type;
    // Country and e-mail have fixed string types (RFC 5280 appendix A); the rest are UTF8String.
    const encoded =
      oid === ATTRIBUTE_OIDS.C
        ? new asn1js.PrintableString({ value })
        : oid === ATTRIBUTE_OIDS.emailAddress || oid === ATTRIBUTE_OIDS.DC
          ? new asn1js.IA5String({ value })
          : new asn1js.Utf8String({ value });
    return new asn1js.Set({ value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), encoded] })] });
  });
  const encoded = new asn1js.Sequence({ value: rdns }).toBER(false);
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(encoded).result });
}

/** An exact copy of an encoded Name, multi-valued RDNs and string types included. */
export function copyName(name: pkijs.RelativeDistinguishedNames): pkijs.RelativeDistinguishedNames {
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(name.valueBeforeDecode.slice(0)).result });
}

export interface ExtensionSpec {
  oid: string;
  critical: boolean;
  /** DER of the extension value (the contents of extnValue) */
  value: Uint8Array;
}

export type GeneralNameSpec = { dns: string } | { email: string } | { uri: string } | { ip: Uint8Array } | { dn: NameSpec };

function generalName(spec: GeneralNameSpec): pkijs.GeneralName {
  if ("dns" in spec) return new pkijs.GeneralName({ type: 2, value: spec.dns });
  if ("email" in spec) return new pkijs.GeneralName({ type: 1, value: spec.email });
  if ("uri" in spec) return new pkijs.GeneralName({ type: 6, value: spec.uri });
  if ("ip" in spec) return new pkijs.GeneralName({ type: 7, value: new asn1js.OctetString({ valueHex: toPlainBytes(spec.ip) }) });
  return new pkijs.GeneralName({ type: 4, value: buildName(spec.dn) });
}

function der(schema: asn1js.AsnType | { toSchema(): asn1js.AsnType }): Uint8Array {
  const block = "toSchema" in schema ? schema.toSchema() : schema;
  return new Uint8Array(block.toBER(false));
}

export const extension = {
  basicConstraints(cA: boolean, pathLen?: number, critical = true): ExtensionSpec {
    const value = new pkijs.BasicConstraints(pathLen === undefined ? { cA } : { cA, pathLenConstraint: pathLen });
    return { oid: OID.basicConstraints, critical, value: der(value) };
  },
  keyUsage(usages: KeyUsageName[], critical = true): ExtensionSpec {
    const indexes = usages.map((u) => KEY_USAGE_BITS.indexOf(u));
    const last = Math.max(...indexes, 0);
    const bytes = new Uint8Array((last >> 3) + 1);
    for (const i of indexes) bytes[i >> 3] |= 0x80 >> (i & 7);
    // DER: no trailing zero bits, and the unused-bit count says so.
    const unusedBits = usages.length === 0 ? 0 : 7 - (last & 7);
    return { oid: OID.keyUsage, critical, value: der(new asn1js.BitString({ valueHex: bytes, unusedBits })) };
  },
  extKeyUsage(oids: string[], critical = false): ExtensionSpec {
    return { oid: OID.extKeyUsage, critical, value: der(new asn1js.Sequence({ value: oids.map((value) => new asn1js.ObjectIdentifier({ value })) })) };
  },
  subjectKeyIdentifier(keyId: Uint8Array, critical = false): ExtensionSpec {
    return { oid: OID.subjectKeyIdentifier, critical, value: der(new asn1js.OctetString({ valueHex: toPlainBytes(keyId) })) };
  },
  authorityKeyIdentifier(keyId: Uint8Array, critical = false): ExtensionSpec {
    const value = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: toPlainBytes(keyId) }) });
    return { oid: OID.authorityKeyIdentifier, critical, value: der(value) };
  },
  subjectAltName(names: GeneralNameSpec[], critical = false): ExtensionSpec {
    return { oid: OID.subjectAltName, critical, value: der(new pkijs.AltName({ altNames: names.map(generalName) })) };
  },
  nameConstraints(constraints: { permitted?: GeneralNameSpec[]; excluded?: GeneralNameSpec[] }, critical = true): ExtensionSpec {
    const subtrees = (tag: number, names: GeneralNameSpec[]) =>
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: tag },
        value: names.map((n) => new asn1js.Sequence({ value: [generalName(n).toSchema()] })),
      });
    const parts: asn1js.AsnType[] = [];
    if (constraints.permitted?.length) parts.push(subtrees(0, constraints.permitted));
    if (constraints.excluded?.length) parts.push(subtrees(1, constraints.excluded));
    return { oid: OID.nameConstraints, critical, value: der(new asn1js.Sequence({ value: parts })) };
  },
  policyConstraints(requireExplicitPolicy: number, critical = true): ExtensionSpec {
    const value = new asn1js.Sequence({
      value: [new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 }, valueHex: new Uint8Array([requireExplicitPolicy]) })],
    });
    return { oid: OID.policyConstraints, critical, value: der(value) };
  },
  raw(oid: string, value: Uint8Array, critical: boolean): ExtensionSpec {
    return { oid, critical, value };
  },
};

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING contents. */
export async function keyIdentifierOf(spkiDer: Uint8Array): Promise<Uint8Array> {
  const [, publicKey] = sequenceChildren(decodeExact(spkiDer));
  return sha1(bitStringOf(publicKey).bytes);
}

/** 16 random bytes, top bit clear (positive) and second bit set (no leading zero byte, always 16 bytes). */
export function randomSerial(): Uint8Array {
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] & 0x7f) | 0x40;
  return serial;
}

export type SignatureHash = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

export interface CertificateSpec {
  /** 1, 2 or 3; default 3 */
  version?: number;
  serial: Uint8Array;
  subject: pkijs.RelativeDistinguishedNames;
  issuer: pkijs.RelativeDistinguishedNames;
  notBefore: Date;
  notAfter: Date;
  /** DER SubjectPublicKeyInfo of the certified key */
  spki: Uint8Array;
  extensions: ExtensionSpec[];
  signingKey: CryptoKey;
  hash?: SignatureHash;
}

export async function buildCertificate(spec: CertificateSpec): Promise<Uint8Array> {
  const cert = new pkijs.Certificate();
  cert.version = (spec.version ?? 3) - 1;
  cert.serialNumber = new asn1js.Integer({ valueHex: toPlainBytes(spec.serial) });
  cert.issuer = spec.issuer;
  cert.subject = spec.subject;
  cert.notBefore = timeOf(spec.notBefore);
  cert.notAfter = timeOf(spec.notAfter);
  cert.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: asn1js.fromBER(toPlainBytes(spec.spki)).result });
  if (spec.extensions.length > 0) {
    cert.extensions = spec.extensions.map(
      (e) => new pkijs.Extension({ extnID: e.oid, critical: e.critical, extnValue: toPlainBytes(e.value).buffer }),
    );
  }
  await cert.sign(spec.signingKey, spec.hash ?? hashFor(spec.signingKey));
  return new Uint8Array(cert.toSchema(true).toBER(false));
}

function hashFor(key: CryptoKey): SignatureHash {
  const algorithm = key.algorithm as EcKeyAlgorithm;
  return algorithm.namedCurve === "P-384" ? "SHA-384" : algorithm.namedCurve === "P-521" ? "SHA-512" : "SHA-256";
}

/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050, whole seconds. */
function timeOf(date: Date): pkijs.Time {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return new pkijs.Time({ type: value.getUTCFullYear() >= 2050 ? 1 : 0, value });
}
