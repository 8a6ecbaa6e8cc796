import * as asn1js from "asn1js";
import type { ParsedCertificate } from "./certificate";
import { concatBytes } from "./bytes";
import { OID } from "./oids";
import { encodePem } from "./pem";

// "Download the trust path": a certs-only PKCS#7 SignedData (what OpenSSL's crl2pkcs7 -nocrl and
// MOSIP's p7b produce): no signers, no content. Encoded by hand so that each certificate is
// embedded byte for byte as uploaded (re-encoding through a parser could alter it).

const SEQUENCE = 0x30;
const SET = 0x31;
const CONTEXT_0_CONSTRUCTED = 0xa0;

export function buildCertsOnlyPkcs7(certs: ParsedCertificate[]): Uint8Array {
  const signedData = tlv(
    SEQUENCE,
    new Uint8Array([0x02, 0x01, 0x01]), // version 1
    tlv(SET), // digestAlgorithms: none
    tlv(SEQUENCE, oid(OID.contentTypeData)), // encapContentInfo without content
    tlv(CONTEXT_0_CONSTRUCTED, ...certs.map((c) => c.der)),
    tlv(SET), // signerInfos: none
  );
  return tlv(SEQUENCE, oid(OID.contentTypeSignedData), tlv(CONTEXT_0_CONSTRUCTED, signedData));
}

export function pkcs7ToPem(der: Uint8Array): string {
  return encodePem("PKCS7", der);
}

function oid(value: string): Uint8Array {
  return new Uint8Array(new asn1js.ObjectIdentifier({ value }).toBER(false));
}

function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = concatBytes(...contents);
  return concatBytes(new Uint8Array([tag]), derLength(body.length), body);
}

function derLength(length: number): Uint8Array {
  if (length < 0x80) return new Uint8Array([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return new Uint8Array([0x80 | bytes.length, ...bytes]);
}
