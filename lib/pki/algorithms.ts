import type * as pkijs from "pkijs";
import { contentOf, decodeExact, integerOf, isContext, oidOf, sequenceChildren, children } from "./asn1";
import { CURVE_NAMES, HASH_NAMES, OID, type HashName } from "./oids";

// Signature algorithms and public keys: what a certificate uses, and whether the allow-list
// (SPEC section 3) accepts it.

export type SignatureFamily = "RSA-PKCS1" | "RSA-PSS" | "ECDSA" | "DSA" | "EdDSA" | "unknown";

export interface SignatureAlgorithm {
  oid: string;
  name: string;
  family: SignatureFamily;
  /** null when the hash is not one WebCrypto offers (MD5, SHA-224, ...) */
  hash: HashName | null;
  hashLabel: string;
  /** RSA-PSS only */
  saltLength?: number;
  /** set when the parameters are malformed or inconsistent (e.g. PSS with a different MGF1 hash) */
  problem?: string;
}

const SIGNATURES: Record<string, Omit<SignatureAlgorithm, "oid" | "hash"> & { hash?: HashName }> = {
  "1.2.840.113549.1.1.2": { name: "md2WithRSAEncryption", family: "RSA-PKCS1", hashLabel: "MD2" },
  "1.2.840.113549.1.1.4": { name: "md5WithRSAEncryption", family: "RSA-PKCS1", hashLabel: "MD5" },
  "1.2.840.113549.1.1.5": { name: "sha1WithRSAEncryption", family: "RSA-PKCS1", hash: "SHA-1", hashLabel: "SHA-1" },
  "1.3.14.3.2.29": { name: "sha1WithRSASignature", family: "RSA-PKCS1", hash: "SHA-1", hashLabel: "SHA-1" },
  "1.2.840.113549.1.1.14": { name: "sha224WithRSAEncryption", family: "RSA-PKCS1", hashLabel: "SHA-224" },
  "1.2.840.113549.1.1.11": { name: "sha256WithRSAEncryption", family: "RSA-PKCS1", hash: "SHA-256", hashLabel: "SHA-256" },
  "1.2.840.113549.1.1.12": { name: "sha384WithRSAEncryption", family: "RSA-PKCS1", hash: "SHA-384", hashLabel: "SHA-384" },
  "1.2.840.113549.1.1.13": { name: "sha512WithRSAEncryption", family: "RSA-PKCS1", hash: "SHA-512", hashLabel: "SHA-512" },
  "1.2.840.10045.4.1": { name: "ecdsa-with-SHA1", family: "ECDSA", hash: "SHA-1", hashLabel: "SHA-1" },
  "1.2.840.10045.4.3.1": { name: "ecdsa-with-SHA224", family: "ECDSA", hashLabel: "SHA-224" },
  "1.2.840.10045.4.3.2": { name: "ecdsa-with-SHA256", family: "ECDSA", hash: "SHA-256", hashLabel: "SHA-256" },
  "1.2.840.10045.4.3.3": { name: "ecdsa-with-SHA384", family: "ECDSA", hash: "SHA-384", hashLabel: "SHA-384" },
  "1.2.840.10045.4.3.4": { name: "ecdsa-with-SHA512", family: "ECDSA", hash: "SHA-512", hashLabel: "SHA-512" },
  "1.2.840.10040.4.3": { name: "dsa-with-SHA1", family: "DSA", hashLabel: "SHA-1" },
  "2.16.840.1.101.3.4.3.1": { name: "dsa-with-SHA224", family: "DSA", hashLabel: "SHA-224" },
  "2.16.840.1.101.3.4.3.2": { name: "dsa-with-SHA256", family: "DSA", hashLabel: "SHA-256" },
  [OID.ed25519]: { name: "Ed25519", family: "EdDSA", hashLabel: "none" },
  [OID.ed448]: { name: "Ed448", family: "EdDSA", hashLabel: "none" },
};

export function describeSignatureAlgorithm(algorithm: pkijs.AlgorithmIdentifier): SignatureAlgorithm {
  const oid = algorithm.algorithmId;
  if (oid === OID.rsassaPss) return describePss(algorithm);
  const known = SIGNATURES[oid];
  if (!known) return { oid, name: oid, family: "unknown", hash: null, hashLabel: "unknown" };
  return { oid, name: known.name, family: known.family, hash: known.hash ?? null, hashLabel: known.hashLabel };
}

function describePss(algorithm: pkijs.AlgorithmIdentifier): SignatureAlgorithm {
  const base = { oid: OID.rsassaPss, family: "RSA-PSS" as const };
  try {
    // RSASSA-PSS-params: every field has a SHA-1 based default (RFC 4055).
    let hashOid: string = OID.sha1;
    let mgfHashOid: string = OID.sha1;
    let saltLength = 20;
    const params = algorithm.algorithmParams as { toBER?: () => ArrayBuffer } | undefined;
    if (params?.toBER) {
      for (const field of sequenceChildren(decodeExact(new Uint8Array(params.toBER())))) {
        const [inner] = children(field);
        if (isContext(field, 0)) hashOid = oidOf(sequenceChildren(inner)[0]);
        else if (isContext(field, 1)) {
          const [mgf, mgfParams] = sequenceChildren(inner);
          if (oidOf(mgf) !== OID.mgf1) throw new Error("mask generation is not MGF1");
          mgfHashOid = oidOf(sequenceChildren(mgfParams)[0]);
        } else if (isContext(field, 2)) saltLength = Number(integerOf(inner));
        else if (isContext(field, 3)) {
          if (integerOf(inner) !== 1n) throw new Error("trailerField must be 1");
        } else throw new Error("unexpected RSASSA-PSS parameter");
      }
    }
    const hash = HASH_NAMES[hashOid] ?? null;
    const hashLabel = hash ?? hashOid;
    const name = `RSASSA-PSS with ${hashLabel}`;
    if (mgfHashOid !== hashOid) return { ...base, name, hash, hashLabel, saltLength, problem: "MGF1 hash differs from the message hash" };
    if (saltLength < 0 || saltLength > 1024) return { ...base, name, hash, hashLabel, saltLength, problem: "salt length out of range" };
    return { ...base, name, hash, hashLabel, saltLength };
  } catch (error) {
    return { ...base, name: "RSASSA-PSS", hash: null, hashLabel: "unknown", problem: `malformed parameters (${(error as Error).message})` };
  }
}

export type KeyType = "RSA" | "EC" | "DSA" | "Ed25519" | "Ed448" | "unknown";

export interface PublicKeyDescription {
  type: KeyType;
  algorithmOid: string;
  /** modulus size for RSA, field size for EC, prime size for DSA */
  bits: number | null;
  /** EC curve name, e.g. "P-256" */
  curve: string | null;
  curveOid: string | null;
}

const CURVE_BITS: Record<string, number> = { "P-256": 256, "P-384": 384, "P-521": 521, "P-192": 192, secp256k1: 256, brainpoolP256r1: 256, brainpoolP384r1: 384 };

export function describePublicKey(spki: pkijs.PublicKeyInfo): PublicKeyDescription {
  const algorithmOid = spki.algorithm.algorithmId;
  const keyBytes = new Uint8Array(spki.subjectPublicKey.valueBlock.valueHexView);
  const unknown: PublicKeyDescription = { type: "unknown", algorithmOid, bits: null, curve: null, curveOid: null };
  try {
    if (algorithmOid === OID.rsaEncryption || algorithmOid === OID.rsassaPss) {
      const [modulus] = sequenceChildren(decodeExact(keyBytes));
      return { ...unknown, type: "RSA", bits: unsignedBitLength(contentOf(modulus)) };
    }
    if (algorithmOid === OID.ecPublicKey) {
      const params = spki.algorithm.algorithmParams as { valueBlock?: { toString(): string }; idBlock?: { tagNumber: number } } | undefined;
      const curveOid = params?.idBlock?.tagNumber === 6 && params.valueBlock ? params.valueBlock.toString() : null;
      const curve = curveOid ? (CURVE_NAMES[curveOid] ?? curveOid) : "explicit parameters";
      return { ...unknown, type: "EC", curve, curveOid, bits: CURVE_BITS[curve] ?? null };
    }
    if (algorithmOid === OID.dsa) {
      const params = spki.algorithm.algorithmParams as { toBER?: () => ArrayBuffer } | undefined;
      let bits: number | null = null;
      if (params?.toBER) {
        const [p] = sequenceChildren(decodeExact(new Uint8Array(params.toBER())));
        bits = unsignedBitLength(contentOf(p));
      }
      return { ...unknown, type: "DSA", bits };
    }
    if (algorithmOid === OID.ed25519) return { ...unknown, type: "Ed25519", bits: 256 };
    if (algorithmOid === OID.ed448) return { ...unknown, type: "Ed448", bits: 456 };
  } catch {
    return unknown;
  }
  return unknown;
}

function unsignedBitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

export function keyLabel(key: PublicKeyDescription): string {
  if (key.type === "RSA") return `RSA ${key.bits ?? "?"}-bit`;
  if (key.type === "EC") return `EC ${key.curve ?? "?"}`;
  if (key.type === "DSA") return `DSA ${key.bits ?? "?"}-bit`;
  return key.type === "unknown" ? key.algorithmOid : key.type;
}

/**
 * The algorithm allow-list. STRICT is the SPEC rule book. A relaxed profile exists only for public
 * conformance suites whose fixtures predate it; whatever it lets through is reported as waived.
 */
export interface AlgorithmPolicy {
  name: string;
  minRsaBits: number;
  allowSha1: boolean;
  /** recorded on every finding the profile waives */
  relaxationReason?: string;
}

export const STRICT_ALGORITHMS: AlgorithmPolicy = { name: "strict", minRsaBits: 2048, allowSha1: false };

export const CONFORMANCE_ALGORITHMS: AlgorithmPolicy = {
  name: "conformance",
  minRsaBits: 1024,
  allowSha1: true,
  relaxationReason: "algorithm allow-list relaxed for a public test suite (SHA-1 signatures and RSA keys from 1024 bits); every structural rule still applies",
};

export const MAX_RSA_BITS = 16384;
export const ALLOWED_CURVES: ReadonlySet<string> = new Set(["P-256", "P-384"]);

export type AlgorithmVerdict = "allowed" | "weak-hash" | "not-allowed";

export function signatureVerdict(sig: SignatureAlgorithm): AlgorithmVerdict {
  if (sig.family === "DSA" || sig.family === "EdDSA" || sig.family === "unknown" || sig.problem) return "not-allowed";
  if (sig.hash === "SHA-256" || sig.hash === "SHA-384" || sig.hash === "SHA-512") return "allowed";
  return "weak-hash";
}

/** Whether WebCrypto can check this signature at all (independent of the allow-list). */
export function isVerifiable(sig: SignatureAlgorithm): boolean {
  return sig.hash !== null && !sig.problem && (sig.family === "RSA-PKCS1" || sig.family === "RSA-PSS" || sig.family === "ECDSA");
}
