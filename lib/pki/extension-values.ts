import {
  Asn1ShapeError,
  bitStringOf,
  children,
  contentOf,
  decodeExact,
  integerOf,
  isContext,
  isUniversal,
  oidOf,
  octetStringOf,
  sequenceChildren,
  booleanOf,
  TAG,
} from "./asn1";
import { toHex } from "./bytes";
import { parseGeneralName, parseGeneralNames, type GeneralName } from "./general-names";

// Strict decoders for the extension values the validator reads. Each throws on a malformed value.

export interface BasicConstraintsValue {
  cA: boolean;
  pathLen: number | null;
}

export function parseBasicConstraints(bytes: Uint8Array): BasicConstraintsValue {
  const items = sequenceChildren(decodeExact(bytes));
  let cA = false;
  let pathLen: number | null = null;
  let i = 0;
  if (items[i] && isUniversal(items[i], TAG.boolean)) cA = booleanOf(items[i++]);
  if (items[i]) {
    const value = integerOf(items[i++]);
    if (value < 0n) throw new Asn1ShapeError("negative pathLenConstraint");
    pathLen = value > 1_000_000n ? 1_000_000 : Number(value);
  }
  if (i !== items.length) throw new Asn1ShapeError("unexpected element in basicConstraints");
  return { cA, pathLen };
}

export const KEY_USAGE_BITS = [
  "digitalSignature",
  "nonRepudiation",
  "keyEncipherment",
  "dataEncipherment",
  "keyAgreement",
  "keyCertSign",
  "cRLSign",
  "encipherOnly",
  "decipherOnly",
] as const;

export type KeyUsageName = (typeof KEY_USAGE_BITS)[number];

export function parseKeyUsage(bytes: Uint8Array): KeyUsageName[] {
  const bits = bitStringOf(decodeExact(bytes));
  const names: KeyUsageName[] = [];
  KEY_USAGE_BITS.forEach((name, index) => {
    const byte = bits.bytes[index >> 3];
    if (byte !== undefined && (byte & (0x80 >> (index & 7))) !== 0) names.push(name);
  });
  return names;
}

export function parseExtKeyUsage(bytes: Uint8Array): string[] {
  const oids = sequenceChildren(decodeExact(bytes)).map(oidOf);
  if (oids.length === 0) throw new Asn1ShapeError("extKeyUsage must not be empty");
  return oids;
}

export function parseSubjectKeyIdentifier(bytes: Uint8Array): string {
  return toHex(octetStringOf(decodeExact(bytes)));
}

export interface AuthorityKeyIdentifierValue {
  keyId: string | null;
  hasIssuer: boolean;
  hasSerial: boolean;
}

export function parseAuthorityKeyIdentifier(bytes: Uint8Array): AuthorityKeyIdentifierValue {
  const result: AuthorityKeyIdentifierValue = { keyId: null, hasIssuer: false, hasSerial: false };
  for (const item of sequenceChildren(decodeExact(bytes))) {
    if (isContext(item, 0)) result.keyId = toHex(contentOf(item));
    else if (isContext(item, 1)) {
      children(item).map(parseGeneralName);
      result.hasIssuer = true;
    } else if (isContext(item, 2)) result.hasSerial = true;
    else throw new Asn1ShapeError("unexpected element in authorityKeyIdentifier");
  }
  return result;
}

export function parseSubjectAltName(bytes: Uint8Array): GeneralName[] {
  return parseGeneralNames(decodeExact(bytes));
}

export interface NameConstraintsValue {
  permitted: GeneralName[];
  excluded: GeneralName[];
  /** minimum/maximum other than the RFC 5280 profile (0 / absent): we cannot honour them */
  hasSubtreeRange: boolean;
}

export function parseNameConstraints(bytes: Uint8Array): NameConstraintsValue {
  const value: NameConstraintsValue = { permitted: [], excluded: [], hasSubtreeRange: false };
  const items = sequenceChildren(decodeExact(bytes));
  if (items.length === 0) throw new Asn1ShapeError("nameConstraints must hold permitted or excluded subtrees");
  for (const item of items) {
    const target = isContext(item, 0) ? value.permitted : isContext(item, 1) ? value.excluded : null;
    if (!target) throw new Asn1ShapeError("unexpected element in nameConstraints");
    const subtrees = children(item);
    if (subtrees.length === 0) throw new Asn1ShapeError("GeneralSubtrees must not be empty");
    for (const subtree of subtrees) {
      const [base, ...range] = sequenceChildren(subtree);
      if (!base) throw new Asn1ShapeError("GeneralSubtree without base");
      target.push(parseGeneralName(base));
      for (const r of range) {
        const n = decodeUnsigned(contentOf(r));
        if (isContext(r, 0) ? n !== 0 : isContext(r, 1)) value.hasSubtreeRange = true;
      }
    }
  }
  return value;
}

export interface PolicyConstraintsValue {
  requireExplicitPolicy: number | null;
  inhibitPolicyMapping: number | null;
}

export function parsePolicyConstraints(bytes: Uint8Array): PolicyConstraintsValue {
  const value: PolicyConstraintsValue = { requireExplicitPolicy: null, inhibitPolicyMapping: null };
  const items = sequenceChildren(decodeExact(bytes));
  if (items.length === 0) throw new Asn1ShapeError("policyConstraints must not be empty");
  for (const item of items) {
    if (isContext(item, 0)) value.requireExplicitPolicy = decodeUnsigned(contentOf(item));
    else if (isContext(item, 1)) value.inhibitPolicyMapping = decodeUnsigned(contentOf(item));
    else throw new Asn1ShapeError("unexpected element in policyConstraints");
  }
  return value;
}

export function parseInhibitAnyPolicy(bytes: Uint8Array): number {
  const n = integerOf(decodeExact(bytes));
  if (n < 0n) throw new Asn1ShapeError("negative skipCerts");
  return Number(n > 1_000_000n ? 1_000_000n : n);
}

/** SEQUENCE SIZE (1..MAX) OF SEQUENCE { OID, ... } — certificatePolicies, AIA, SIA, policyMappings. */
export function parseOidSequenceList(bytes: Uint8Array): string[] {
  const items = sequenceChildren(decodeExact(bytes));
  if (items.length === 0) throw new Asn1ShapeError("list must not be empty");
  return items.map((item) => {
    const [first] = sequenceChildren(item);
    if (!first) throw new Asn1ShapeError("empty entry");
    return oidOf(first);
  });
}

/** AccessDescription ::= SEQUENCE { accessMethod OID, accessLocation GeneralName } */
export function parseInfoAccess(bytes: Uint8Array): string[] {
  const items = sequenceChildren(decodeExact(bytes));
  if (items.length === 0) throw new Asn1ShapeError("info access must hold at least one AccessDescription");
  return items.map((item) => {
    const parts = sequenceChildren(item);
    if (parts.length !== 2) throw new Asn1ShapeError("AccessDescription must have two parts");
    parseGeneralName(parts[1]);
    return oidOf(parts[0]);
  });
}

export function parseCrlDistributionPoints(bytes: Uint8Array): number {
  const points = sequenceChildren(decodeExact(bytes));
  if (points.length === 0) throw new Asn1ShapeError("cRLDistributionPoints must not be empty");
  points.forEach(sequenceChildren);
  return points.length;
}

function decodeUnsigned(content: Uint8Array): number {
  if (content.length === 0 || content.length > 4 || (content[0] & 0x80) !== 0) throw new Asn1ShapeError("bad INTEGER");
  return content.reduce((n, b) => n * 256 + b, 0);
}
