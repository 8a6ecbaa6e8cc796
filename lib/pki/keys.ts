import { decodeExact, oidOf, sequenceChildren } from "./asn1";
import { toPlainBytes } from "./bytes";
import { CURVE_NAMES, OID } from "./oids";

// Portal CA keys. ECDSA P-256 by default: key generation takes milliseconds (RSA-3072 takes up to
// seconds), signing is ~25x cheaper (0.07 ms against 2 ms here), certificates stay small, and it is
// inside our own allow-list. RSA-3072 remains available for deployments whose downstream verifiers
// expect RSA, as MOSIP's keymanager signs with SHA256withRSA.

export type CaKeyAlgorithm = "ECDSA-P256" | "ECDSA-P384" | "RSA-3072";

export const DEFAULT_CA_KEY_ALGORITHM: CaKeyAlgorithm = "ECDSA-P256";

const GENERATE: Record<CaKeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams> = {
  "ECDSA-P256": { name: "ECDSA", namedCurve: "P-256" },
  "ECDSA-P384": { name: "ECDSA", namedCurve: "P-384" },
  "RSA-3072": { name: "RSASSA-PKCS1-v1_5", modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
};

/** Extractable, so the private key can be exported (PKCS#8) and stored encrypted by the caller. */
export async function generateCaKeyPair(algorithm: CaKeyAlgorithm = DEFAULT_CA_KEY_ALGORITHM): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(GENERATE[algorithm], true, ["sign", "verify"]);
}

export async function exportPrivateKeyPkcs8(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", key));
}

export async function exportPublicKeySpki(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey("spki", key));
}

export class KeyImportError extends Error {}

/**
 * Imports a PKCS#8 private key for signing. The algorithm is read from the PrivateKeyInfo itself, so
 * the caller only stores the bytes. RSA keys are bound to SHA-256 (sha256WithRSAEncryption).
 */
export async function importPrivateKeyPkcs8(pkcs8: Uint8Array, options: { extractable?: boolean } = {}): Promise<CryptoKey> {
  let algorithm: RsaHashedImportParams | EcKeyImportParams;
  try {
    const [, algorithmIdentifier] = sequenceChildren(decodeExact(pkcs8));
    const [algorithmOid, params] = sequenceChildren(algorithmIdentifier);
    const oid = oidOf(algorithmOid);
    if (oid === OID.rsaEncryption) algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    else if (oid === OID.ecPublicKey) {
      const curve = CURVE_NAMES[oidOf(params)];
      if (curve !== "P-256" && curve !== "P-384" && curve !== "P-521") throw new KeyImportError(`unsupported curve ${oidOf(params)}`);
      algorithm = { name: "ECDSA", namedCurve: curve };
    } else throw new KeyImportError(`unsupported key algorithm ${oid}`);
  } catch (error) {
    if (error instanceof KeyImportError) throw error;
    throw new KeyImportError(`not a PKCS#8 private key (${(error as Error).message})`);
  }
  try {
    return await globalThis.crypto.subtle.importKey("pkcs8", toPlainBytes(pkcs8), algorithm, options.extractable ?? false, ["sign"]);
  } catch (error) {
    throw new KeyImportError(`the private key could not be imported (${(error as Error).message})`);
  }
}
