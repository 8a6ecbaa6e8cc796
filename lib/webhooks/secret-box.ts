// Seals webhook signing secrets at rest (AES-256-GCM under a key derived from MASTER_KEY); the worker opens them to sign.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(): Buffer {
  const master = Buffer.from(env().MASTER_KEY, "base64");
  // A subkey of its own, so that a webhook secret and a CA key are never sealed under the same key.
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "partner-portal/webhook-secret/v1", 32));
}

export function sealSecret(secret: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv, { authTagLength: TAG_BYTES });
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), sealed]));
}

export function openSecret(sealed: Uint8Array): string {
  const bytes = Buffer.from(sealed);
  if (bytes[0] !== VERSION || bytes.length < 1 + IV_BYTES + TAG_BYTES) throw new Error("The webhook secret is not in a known sealed format.");
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key(), iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("The webhook secret cannot be opened: MASTER_KEY differs from the one it was sealed with. Set a new secret for this subscription.");
  }
}

/** A new signing secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
