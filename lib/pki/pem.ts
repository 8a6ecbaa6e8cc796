import { fromBase64, toBase64 } from "./bytes";

export type PemLabel = "CERTIFICATE" | "PKCS7" | "PRIVATE KEY" | "PUBLIC KEY" | (string & {});

export interface PemBlock {
  label: string;
  /** null when the body is not valid base64 */
  der: Uint8Array | null;
}

export function encodePem(label: PemLabel, der: Uint8Array): string {
  const body = toBase64(der).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export function looksLikePem(text: string): boolean {
  return text.includes("-----BEGIN ");
}

/** Every PEM block in the text, in order. Text between blocks (e.g. OpenSSL's "subject=" lines) is ignored. */
export function decodePemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    // RFC 7468 allows headers only in legacy encrypted PEM; a header line means it is not a plain DER body.
    const body = match[2];
    const der = body.includes(":") ? null : fromBase64(body);
    blocks.push({ label: match[1], der });
  }
  return blocks;
}

export function certificateToPem(der: Uint8Array): string {
  return encodePem("CERTIFICATE", der);
}
