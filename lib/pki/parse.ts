import type * as asn1js from "asn1js";
import { children, decodeExact, encodedOf, isContext, isUniversal, oidOf, sequenceChildren, TAG } from "./asn1";
import { fromBase64 } from "./bytes";
import { CertificateParseError, loadCertificate, type ParsedCertificate } from "./certificate";
import { finding, type Finding } from "./findings";
import { OID } from "./oids";
import { decodePemBlocks, looksLikePem } from "./pem";

// Certificate input as people upload it: PEM (one or several certificates), DER, base64 DER, or a
// PKCS#7 / CMS SignedData bundle in PEM, DER or base64. Never throws: every refusal is a finding.

export const MAX_INPUT_BYTES = 64 * 1024;

export type InputFormat = "PEM" | "DER" | "BASE64_DER" | "PKCS7_PEM" | "PKCS7_DER" | "PKCS7_BASE64";

export interface ParseResult {
  /** at least one certificate and no findings */
  ok: boolean;
  format: InputFormat | null;
  certificates: ParsedCertificate[];
  /** certIndex is the position of the offending item in the input (PEM block or bundle entry) */
  findings: Finding[];
}

const PRIVATE_KEY_LABEL = /PRIVATE KEY/;
const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE"]);
const PKCS7_LABELS = new Set(["PKCS7", "PKCS #7 SIGNED DATA", "CMS"]);

export async function parseCertificateInput(input: string | Uint8Array | ArrayBuffer): Promise<ParseResult> {
  try {
    return await parseUnchecked(input);
  } catch (error) {
    // Defensive: a bug or an unforeseen library throw still becomes a plain finding, never a 500.
    return refuse(null, finding("PKI_UNPARSABLE", { item: "The input", detail: (error as Error)?.message || "unexpected error" }));
  }
}

async function parseUnchecked(input: string | Uint8Array | ArrayBuffer): Promise<ParseResult> {
  const size = byteSize(input);
  if (size > MAX_INPUT_BYTES) return refuse(null, finding("PKI_TOO_LARGE", { size, limit: MAX_INPUT_BYTES }));
  if (size === 0) return refuse(null, finding("PKI_EMPTY_INPUT"));

  if (typeof input !== "string") {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    if (bytes[0] === 0x30) return parseDer(bytes, "DER");
    const text = decodeText(bytes);
    if (text === null) return refuse(null, finding("PKI_UNPARSABLE", { item: "The input", detail: "it is neither DER nor text" }));
    return parseText(text);
  }
  return parseText(input);
}

function byteSize(input: string | Uint8Array | ArrayBuffer): number {
  if (typeof input !== "string") return input.byteLength;
  // More characters than the limit is over the limit in any encoding; skip encoding huge strings.
  if (input.length > MAX_INPUT_BYTES) return input.length;
  return new TextEncoder().encode(input).byteLength;
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

async function parseText(text: string): Promise<ParseResult> {
  if (text.trim() === "") return refuse(null, finding("PKI_EMPTY_INPUT"));
  if (looksLikePem(text)) return parsePem(text);
  const der = fromBase64(text);
  if (!der || der.length === 0) {
    return refuse(null, finding("PKI_UNPARSABLE", { item: "The input", detail: "it is not PEM, and not base64 either" }));
  }
  return parseDer(der, "BASE64_DER");
}

async function parsePem(text: string): Promise<ParseResult> {
  const blocks = decodePemBlocks(text);
  if (blocks.length === 0) {
    return refuse("PEM", finding("PKI_UNPARSABLE", { item: "The input", detail: "a PEM header has no matching END line" }));
  }
  const certificates: ParsedCertificate[] = [];
  const findings: Finding[] = [];
  let format: InputFormat = "PEM";
  for (const [i, block] of blocks.entries()) {
    const item = `PEM block ${i + 1}`;
    if (PRIVATE_KEY_LABEL.test(block.label)) {
      findings.push(finding("PKI_PRIVATE_KEY_SUBMITTED", { item: i + 1, label: block.label }, i));
    } else if (!CERTIFICATE_LABELS.has(block.label) && !PKCS7_LABELS.has(block.label)) {
      findings.push(finding("PKI_UNSUPPORTED_PEM_LABEL", { item: i + 1, label: block.label }, i));
    } else if (!block.der) {
      findings.push(finding("PKI_UNPARSABLE", { item, detail: "its body is not valid base64" }, i));
    } else if (PKCS7_LABELS.has(block.label)) {
      format = "PKCS7_PEM";
      const bundle = await parseBundle(block.der, item);
      certificates.push(...bundle.certificates);
      findings.push(...bundle.findings);
    } else {
      const one = await parseOne(block.der, item, i);
      if ("finding" in one) findings.push(one.finding);
      else certificates.push(one.cert);
    }
  }
  return done(format, certificates, findings);
}

async function parseDer(der: Uint8Array, format: "DER" | "BASE64_DER"): Promise<ParseResult> {
  if (isContentInfo(der)) {
    const bundle = await parseBundle(der, "The PKCS#7 bundle");
    return done(format === "DER" ? "PKCS7_DER" : "PKCS7_BASE64", bundle.certificates, bundle.findings);
  }
  const one = await parseOne(der, "The certificate");
  return "finding" in one ? refuse(format, one.finding) : done(format, [one.cert], []);
}

async function parseOne(der: Uint8Array, item: string, index?: number): Promise<{ cert: ParsedCertificate } | { finding: Finding }> {
  try {
    return { cert: await loadCertificate(der) };
  } catch (error) {
    const detail = error instanceof CertificateParseError ? error.message : "not a valid X.509 certificate";
    return { finding: finding("PKI_UNPARSABLE", { item, detail }, index) };
  }
}

/** ContentInfo ::= SEQUENCE { contentType OID, [0] EXPLICIT content } — a certificate starts with a SEQUENCE instead. */
function isContentInfo(der: Uint8Array): boolean {
  try {
    const [first] = sequenceChildren(decodeExact(der));
    return first !== undefined && isUniversal(first, TAG.oid);
  } catch {
    return false;
  }
}

/**
 * ContentInfo { signedData, [0] SignedData { version, digestAlgorithms, encapContentInfo,
 * [0] IMPLICIT certificates OPTIONAL, [1] crls OPTIONAL, signerInfos } }. Read by hand so every
 * certificate keeps its original bytes (and so its thumbprint).
 */
async function parseBundle(der: Uint8Array, item: string): Promise<{ certificates: ParsedCertificate[]; findings: Finding[] }> {
  let entries: asn1js.AsnType[];
  try {
    const [contentType, wrapper] = sequenceChildren(decodeExact(der));
    const type = oidOf(contentType);
    if (type !== OID.contentTypeSignedData) {
      return { certificates: [], findings: [finding("PKI_UNPARSABLE", { item, detail: `its content type ${type} is not SignedData` })] };
    }
    if (!wrapper || !isContext(wrapper, 0)) throw new Error("SignedData content is missing");
    const fields = sequenceChildren(children(wrapper)[0]);
    const certificateSet = fields.find((f) => isContext(f, 0));
    entries = certificateSet ? children(certificateSet) : [];
  } catch (error) {
    return { certificates: [], findings: [finding("PKI_UNPARSABLE", { item, detail: `not a valid PKCS#7 SignedData bundle (${(error as Error).message})` })] };
  }
  if (entries.length === 0) return { certificates: [], findings: [finding("PKI_EMPTY_BUNDLE")] };

  const certificates: ParsedCertificate[] = [];
  const findings: Finding[] = [];
  for (const [i, entry] of entries.entries()) {
    const entryItem = `Entry ${i + 1} of the bundle`;
    if (!isUniversal(entry, TAG.sequence)) {
      findings.push(finding("PKI_UNPARSABLE", { item: entryItem, detail: "it is an attribute or other certificate, not X.509" }, i));
      continue;
    }
    const one = await parseOne(encodedOf(entry), entryItem, i);
    if ("finding" in one) findings.push(one.finding);
    else certificates.push(one.cert);
  }
  return { certificates, findings };
}

function refuse(format: InputFormat | null, f: Finding): ParseResult {
  return { ok: false, format, certificates: [], findings: [f] };
}

function done(format: InputFormat, certificates: ParsedCertificate[], findings: Finding[]): ParseResult {
  return { ok: findings.length === 0 && certificates.length > 0, format, certificates, findings };
}
