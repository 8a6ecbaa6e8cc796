import { Asn1ShapeError, asciiOf, children, contentOf, encodedOf, sequenceChildren } from "./asn1";
import type * as asn1js from "asn1js";
import { toHex } from "./bytes";
import { parseName, type DistinguishedName } from "./names";

// GeneralName (RFC 5280 4.2.1.6), parsed by hand so that SAN and name constraints share one
// strict reading (pkijs cannot tell an absent subtree list from an empty one).

export type GeneralName =
  | { kind: "email"; value: string }
  | { kind: "dns"; value: string }
  | { kind: "uri"; value: string }
  | { kind: "ip"; bytes: Uint8Array }
  | { kind: "dn"; name: DistinguishedName }
  | { kind: "other"; form: OtherNameForm; hex: string };

export type OtherNameForm = "otherName" | "x400Address" | "ediPartyName" | "registeredID";

const OTHER_FORMS: Record<number, OtherNameForm> = { 0: "otherName", 3: "x400Address", 5: "ediPartyName", 8: "registeredID" };

export function parseGeneralName(block: asn1js.AsnType): GeneralName {
  if (block.idBlock.tagClass !== 3) throw new Asn1ShapeError("GeneralName must be context-tagged");
  const tag = block.idBlock.tagNumber;
  if (tag === 1 || tag === 2 || tag === 6) {
    const value = asciiOf(contentOf(block));
    return { kind: tag === 1 ? "email" : tag === 2 ? "dns" : "uri", value };
  }
  if (tag === 7) return { kind: "ip", bytes: contentOf(block) };
  if (tag === 4) {
    const [name] = children(block);
    if (!name || children(block).length !== 1) throw new Asn1ShapeError("directoryName must hold one Name");
    return { kind: "dn", name: parseName(encodedOf(name)) };
  }
  const form = OTHER_FORMS[tag];
  if (!form) throw new Asn1ShapeError(`unknown GeneralName tag [${tag}]`);
  if (form === "registeredID" && block.idBlock.isConstructed) throw new Asn1ShapeError("registeredID must be primitive");
  return { kind: "other", form, hex: toHex(encodedOf(block)) };
}

/** GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName */
export function parseGeneralNames(block: asn1js.AsnType): GeneralName[] {
  const names = sequenceChildren(block).map(parseGeneralName);
  if (names.length === 0) throw new Asn1ShapeError("GeneralNames must not be empty");
  return names;
}

export function formatGeneralName(name: GeneralName): string {
  switch (name.kind) {
    case "email":
      return `email:${name.value}`;
    case "dns":
      return `DNS:${name.value}`;
    case "uri":
      return `URI:${name.value}`;
    case "ip":
      return `IP:${formatIp(name.bytes)}`;
    case "dn":
      return `DirName:${name.name.text}`;
    case "other":
      return `${name.form}:#${name.hex}`;
  }
}

export function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join(".");
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    return groups.join(":");
  }
  return `#${toHex(bytes)}`;
}
