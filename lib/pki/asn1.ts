import * as asn1js from "asn1js";

// Small, strict helpers over asn1js. Every helper throws Asn1ShapeError on anything unexpected so
// that extension parsers can be written as straight-line code and fail as "malformed" in one place.

export class Asn1ShapeError extends Error {}

type Block = asn1js.AsnType;

/** Decodes exactly one element that spans all of `bytes` (trailing bytes are an error). */
export function decodeExact(bytes: Uint8Array): Block {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parsed = asn1js.fromBER(view);
  if (parsed.offset === -1) throw new Asn1ShapeError(parsed.result.error || "not valid BER");
  if (parsed.offset !== bytes.byteLength) throw new Asn1ShapeError("trailing bytes after the encoded value");
  return parsed.result;
}

export function isUniversal(block: Block, tagNumber: number): boolean {
  return block.idBlock.tagClass === 1 && block.idBlock.tagNumber === tagNumber;
}

export function isContext(block: Block, tagNumber: number): boolean {
  return block.idBlock.tagClass === 3 && block.idBlock.tagNumber === tagNumber;
}

export const TAG = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  utf8String: 12,
  sequence: 16,
  set: 17,
  numericString: 18,
  printableString: 19,
  teletexString: 20,
  ia5String: 22,
  utcTime: 23,
  generalizedTime: 24,
  visibleString: 26,
  universalString: 28,
  bmpString: 30,
} as const;

/** Children of a constructed element (SEQUENCE, SET, or a constructed context tag). */
export function children(block: Block): Block[] {
  const value = (block.valueBlock as { value?: unknown }).value;
  if (!block.idBlock.isConstructed || !Array.isArray(value)) throw new Asn1ShapeError("expected a constructed element");
  return value as Block[];
}

export function sequenceChildren(block: Block): Block[] {
  if (!isUniversal(block, TAG.sequence)) throw new Asn1ShapeError("expected a SEQUENCE");
  return children(block);
}

export function oidOf(block: Block): string {
  if (!(block instanceof asn1js.ObjectIdentifier)) throw new Asn1ShapeError("expected an OBJECT IDENTIFIER");
  return block.valueBlock.toString();
}

export function booleanOf(block: Block): boolean {
  if (!(block instanceof asn1js.Boolean)) throw new Asn1ShapeError("expected a BOOLEAN");
  return block.valueBlock.value;
}

/** INTEGER as a bigint (signed). */
export function integerOf(block: Block): bigint {
  if (!(block instanceof asn1js.Integer)) throw new Asn1ShapeError("expected an INTEGER");
  return block.toBigInt();
}

/** Raw content octets of a primitive element (OCTET STRING, implicit context tags, ...). */
export function contentOf(block: Block): Uint8Array {
  if (block.idBlock.isConstructed) throw new Asn1ShapeError("expected a primitive element");
  return new Uint8Array((block.valueBlock as unknown as { valueHexView: Uint8Array }).valueHexView);
}

export function octetStringOf(block: Block): Uint8Array {
  if (!isUniversal(block, TAG.octetString)) throw new Asn1ShapeError("expected an OCTET STRING");
  return contentOf(block);
}

export interface BitStringValue {
  bytes: Uint8Array;
  unusedBits: number;
}

export function bitStringOf(block: Block): BitStringValue {
  if (!(block instanceof asn1js.BitString) || block.idBlock.isConstructed) throw new Asn1ShapeError("expected a BIT STRING");
  return { bytes: new Uint8Array(block.valueBlock.valueHexView), unusedBits: block.valueBlock.unusedBits };
}

/** The encoded bytes of an element exactly as they appeared in the input. */
export function encodedOf(block: Block): Uint8Array {
  return new Uint8Array(block.valueBeforeDecodeView);
}

const STRING_TAGS: ReadonlySet<number> = new Set([
  TAG.utf8String,
  TAG.numericString,
  TAG.printableString,
  TAG.teletexString,
  TAG.ia5String,
  TAG.visibleString,
  TAG.universalString,
  TAG.bmpString,
]);

/** The text of a directory string, or null when the element is not a string type. */
export function stringOf(block: Block): string | null {
  if (block.idBlock.tagClass !== 1 || !STRING_TAGS.has(block.idBlock.tagNumber)) return null;
  const value = (block.valueBlock as { value?: unknown }).value;
  return typeof value === "string" ? value : null;
}

/** ASCII text of an IA5String-like primitive (implicitly tagged GeneralName forms). */
export function asciiOf(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}
