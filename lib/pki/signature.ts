import { contentOf, decodeExact, sequenceChildren } from "./asn1";
import { toPlainBytes } from "./bytes";
import { isVerifiable, type SignatureAlgorithm } from "./algorithms";
import type { ParsedCertificate } from "./certificate";

// Verifies "issuer signed child" with WebCrypto directly (not pkijs' verify) so that the checks on
// algorithm parameters are ours, and so imported keys are cached per issuer: path building tries
// the same issuer against many children.

export type SignatureCheck = "valid" | "invalid" | "unsupported";

const EC_SIZES: Record<string, number> = { "P-256": 32, "P-384": 48, "P-521": 66 };

type KeyCache = Map<string, Promise<CryptoKey | null>>;
const importedKeys = new WeakMap<ParsedCertificate, KeyCache>();

export async function verifySignature(child: ParsedCertificate, issuer: ParsedCertificate): Promise<SignatureCheck> {
  const sig = child.facts.signature;
  if (!isVerifiable(sig) || sig.hash === null) return "unsupported";
  const issuerKey = issuer.facts.key;
  const wantsRsa = sig.family === "RSA-PKCS1" || sig.family === "RSA-PSS";
  if (wantsRsa ? issuerKey.type !== "RSA" : issuerKey.type !== "EC") return "invalid";
  if (issuerKey.type === "EC" && (!issuerKey.curve || !(issuerKey.curve in EC_SIZES))) return "unsupported";

  const key = await importIssuerKey(issuer, sig);
  if (!key) return "invalid";

  const cert = child.certificate;
  let signatureBytes: Uint8Array = new Uint8Array(cert.signatureValue.valueBlock.valueHexView);
  if (sig.family === "ECDSA") {
    const raw = ecdsaDerToRaw(signatureBytes, EC_SIZES[issuerKey.curve as string]);
    if (!raw) return "invalid";
    signatureBytes = raw;
  }
  const params: AlgorithmIdentifier | RsaPssParams | EcdsaParams =
    sig.family === "RSA-PSS"
      ? { name: "RSA-PSS", saltLength: sig.saltLength ?? 20 }
      : sig.family === "ECDSA"
        ? { name: "ECDSA", hash: sig.hash }
        : { name: "RSASSA-PKCS1-v1_5" };
  try {
    const ok = await globalThis.crypto.subtle.verify(params, key, toPlainBytes(signatureBytes), toPlainBytes(cert.tbsView));
    return ok ? "valid" : "invalid";
  } catch {
    return "invalid";
  }
}

function importIssuerKey(issuer: ParsedCertificate, sig: SignatureAlgorithm): Promise<CryptoKey | null> {
  let cache = importedKeys.get(issuer);
  if (!cache) {
    cache = new Map();
    importedKeys.set(issuer, cache);
  }
  const cacheKey = `${sig.family}/${sig.hash}`;
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = importSpki(issuer, sig).catch(() => null);
    cache.set(cacheKey, pending);
  }
  return pending;
}

async function importSpki(issuer: ParsedCertificate, sig: SignatureAlgorithm): Promise<CryptoKey> {
  const spki = toPlainBytes(issuer.certificate.subjectPublicKeyInfo.toSchema().toBER(false));
  const hash = sig.hash as string;
  const algorithm: RsaHashedImportParams | EcKeyImportParams =
    sig.family === "ECDSA"
      ? { name: "ECDSA", namedCurve: issuer.facts.key.curve as string }
      : { name: sig.family === "RSA-PSS" ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash };
  return globalThis.crypto.subtle.importKey("spki", spki, algorithm, false, ["verify"]);
}

/** ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } → r || s, each left-padded to the curve size. */
function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | null {
  try {
    const parts = sequenceChildren(decodeExact(der));
    if (parts.length !== 2) return null;
    const out = new Uint8Array(size * 2);
    for (const [i, part] of parts.entries()) {
      let value = contentOf(part);
      if (value.length === 0 || (value[0] & 0x80) !== 0) return null;
      while (value.length > 1 && value[0] === 0) value = value.subarray(1);
      if (value.length > size) return null;
      out.set(value, size * (i + 1) - value.length);
    }
    return out;
  } catch {
    return null;
  }
}
