// At-rest encryption of the portal CA private keys: AES-256-GCM under a key derived from MASTER_KEY.
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Layout of a sealed key: version (1) | master-key fingerprint (8) | IV (12) | GCM tag (16) | ciphertext.
// The fingerprint lets a wrong MASTER_KEY be told apart from a damaged row; it reveals nothing of the
// key (an HMAC of a constant under a derived key).
const VERSION = 1;
const FINGERPRINT_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + FINGERPRINT_BYTES + IV_BYTES + TAG_BYTES;

export class MasterKeyError extends Error {}

export function masterKeyFromEnv(): Uint8Array {
  return new Uint8Array(Buffer.from(env().MASTER_KEY, "base64"));
}

/** The master key is never used directly: a purpose-bound subkey encrypts, another fingerprints. */
function subkey(masterKey: Uint8Array, purpose: string): Buffer {
  if (masterKey.length !== 32) throw new MasterKeyError("MASTER_KEY must be 32 bytes (base64-encoded).");
  return Buffer.from(hkdfSync("sha256", masterKey, new Uint8Array(0), `partner-portal/${purpose}/v1`, 32));
}

export function masterKeyFingerprint(masterKey: Uint8Array): Buffer {
  return createHmac("sha256", subkey(masterKey, "fingerprint")).update("portal-ca-keys").digest().subarray(0, FINGERPRINT_BYTES);
}

/**
 * Encrypts a PKCS#8 private key. `context` (e.g. "portal-ca:AUTH") is bound as associated data, so a
 * sealed key copied into another domain's row does not decrypt.
 */
export function sealPrivateKey(pkcs8: Uint8Array, context: string, masterKey: Uint8Array = masterKeyFromEnv()): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", subkey(masterKey, "portal-ca-key"), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), masterKeyFingerprint(masterKey), iv, cipher.getAuthTag(), ciphertext]));
}

export function openPrivateKey(sealed: Uint8Array, context: string, masterKey: Uint8Array = masterKeyFromEnv()): Uint8Array {
  const bytes = Buffer.from(sealed);
  if (bytes.length <= HEADER_BYTES || bytes[0] !== VERSION) throw new MasterKeyError(`The sealed private key for ${context} has an unknown format.`);
  const fingerprint = bytes.subarray(1, 1 + FINGERPRINT_BYTES);
  if (!timingSafeEqual(fingerprint, masterKeyFingerprint(masterKey))) {
    throw new MasterKeyError(
      `The private key for ${context} was encrypted under a different MASTER_KEY. Restore the MASTER_KEY it was created with, or re-encrypt the keys (docs/decisions/003-portal-ca-keys.md).`,
    );
  }
  const iv = bytes.subarray(1 + FINGERPRINT_BYTES, 1 + FINGERPRINT_BYTES + IV_BYTES);
  const tag = bytes.subarray(1 + FINGERPRINT_BYTES + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", subkey(masterKey, "portal-ca-key"), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]));
  } catch {
    throw new MasterKeyError(`The sealed private key for ${context} failed its integrity check: the row was altered or belongs to another domain.`);
  }
}
