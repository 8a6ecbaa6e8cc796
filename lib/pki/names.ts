import { children, decodeExact, encodedOf, isUniversal, oidOf, sequenceChildren, stringOf, TAG } from "./asn1";
import { toHex } from "./bytes";

// X.500 distinguished names: parsing (keeping multi-valued RDNs, which pkijs flattens), display as
// RFC 4514 strings, and comparison as RFC 5280 section 7.1 asks (case-insensitive, insignificant
// whitespace ignored), which PKITS 4.3 checks.

export interface NameAttribute {
  oid: string;
  /** the decoded text, or null for a non-string value */
  value: string | null;
  /** hex of the whole encoded value, for non-string values */
  encodedHex: string;
}

export interface DistinguishedName {
  rdns: NameAttribute[][];
  /** RFC 4514 text: most specific RDN first, e.g. "CN=Leaf,O=Org,C=IN" */
  text: string;
  /** comparison key; two names match when their keys are equal */
  key: string;
  isEmpty: boolean;
}

const SHORT_NAMES: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.4": "SN",
  "2.5.4.5": "SERIALNUMBER",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.9": "STREET",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.12": "T",
  "2.5.4.17": "postalCode",
  "2.5.4.42": "GN",
  "2.5.4.43": "initials",
  "2.5.4.44": "generationQualifier",
  "2.5.4.46": "dnQualifier",
  "2.5.4.65": "pseudonym",
  "2.5.4.97": "organizationIdentifier",
  "0.9.2342.19200300.100.1.1": "UID",
  "0.9.2342.19200300.100.1.25": "DC",
  "1.2.840.113549.1.9.1": "emailAddress",
};

export const EMAIL_ADDRESS_OID = "1.2.840.113549.1.9.1";
export const ORGANIZATION_OID = "2.5.4.10";
export const COMMON_NAME_OID = "2.5.4.3";

export function attributeShortName(oid: string): string {
  return SHORT_NAMES[oid] ?? oid;
}

/** Parses an encoded Name (SEQUENCE OF SET OF AttributeTypeAndValue). Throws Asn1ShapeError. */
export function parseName(encoded: Uint8Array): DistinguishedName {
  const rdns = sequenceChildren(decodeExact(encoded)).map((set) => {
    if (!isUniversal(set, TAG.set)) throw new Error("RDN is not a SET");
    const attributes = children(set).map((atv) => {
      const [type, value] = sequenceChildren(atv);
      if (!type || !value) throw new Error("attribute without type or value");
      return { oid: oidOf(type), value: stringOf(value), encodedHex: toHex(encodedOf(value)) };
    });
    if (attributes.length === 0) throw new Error("empty RDN");
    return attributes;
  });
  return {
    rdns,
    text: formatRfc4514(rdns),
    key: comparisonKey(rdns),
    isEmpty: rdns.length === 0,
  };
}

export function formatRfc4514(rdns: NameAttribute[][]): string {
  return [...rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${attributeShortName(a.oid)}=${a.value === null ? `#${a.encodedHex}` : escapeValue(a.value)}`).join("+"))
    .join(",");
}

function escapeValue(value: string): string {
  let escaped = value.replace(/[\\,+"<>;=]/g, (c) => `\\${c}`).replace(/\0/g, "\\00");
  if (/^[ #]/.test(escaped)) escaped = `\\${escaped}`;
  if (/ $/.test(escaped)) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

/** RFC 4518-style preparation, simplified: compatibility normalisation, case folding, whitespace folding. */
export function prepareString(value: string): string {
  return value.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
}

function attributeKey(a: NameAttribute): string {
  return JSON.stringify([a.oid, a.value === null ? `#${a.encodedHex}` : prepareString(a.value)]);
}

function rdnKey(rdn: NameAttribute[]): string {
  // A multi-valued RDN is a SET: the order of its attributes carries no meaning.
  return `[${rdn.map(attributeKey).sort().join(",")}]`;
}

function comparisonKey(rdns: NameAttribute[][]): string {
  return rdns.map(rdnKey).join("/");
}

/** True when `prefix` names an ancestor of (or the same entry as) `name` — the directoryName constraint test. */
export function isNamePrefix(prefix: DistinguishedName, name: DistinguishedName): boolean {
  if (prefix.rdns.length > name.rdns.length) return false;
  return prefix.rdns.every((rdn, i) => rdnKey(rdn) === rdnKey(name.rdns[i]));
}

/** Attribute values grouped by short name, in certificate order. */
export function attributeMap(name: DistinguishedName): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const rdn of name.rdns) {
    for (const a of rdn) {
      const key = attributeShortName(a.oid);
      (map[key] ??= []).push(a.value ?? `#${a.encodedHex}`);
    }
  }
  return map;
}

export function attributeValues(name: DistinguishedName, oid: string): string[] {
  return name.rdns.flat().filter((a) => a.oid === oid && a.value !== null).map((a) => a.value as string);
}
