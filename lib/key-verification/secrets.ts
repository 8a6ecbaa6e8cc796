// Key material for API keys, MISP license keys and service-client secrets: generation, keyed hashing, display fragments (ADR 004).
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const API_KEY_PREFIX = "pk_live_";
/** 256 bits of randomness, base64url without padding: 43 characters after the prefix. */
export const API_KEY_PATTERN = /^pk_live_[A-Za-z0-9_-]{43}$/;
export const MISP_LICENSE_KEY_LENGTH = 50;
export const MISP_LICENSE_KEY_PATTERN = /^[0-9A-Za-z]{50}$/;
const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function newApiKeySecret(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

/** MOSIP's shape (downstream systems expect it): 50 characters of [0-9A-Za-z], about 297 bits, each drawn without modulo bias. */
export function newMispLicenseKey(): string {
  let out = "";
  for (let i = 0; i < MISP_LICENSE_KEY_LENGTH; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

/** A service client's secret: 256 random bits, shown once. */
export function newClientSecret(): string {
  return randomBytes(32).toString("base64url");
}

let hmacKey: Buffer | undefined;

/**
 * HMAC-SHA256 under KEY_HASH_SECRET, hex. The secrets are high-entropy, so one keyed hash is enough (no slow KDF),
 * and a stolen database alone does not let anyone test guesses offline.
 */
export function keyHash(secret: string): string {
  hmacKey ??= Buffer.from(env().KEY_HASH_SECRET, "utf8");
  return createHmac("sha256", hmacKey).update(secret, "utf8").digest("hex");
}

export function keyHashMatches(secret: string, expectedHex: string): boolean {
  const actual = Buffer.from(keyHash(secret), "hex");
  const expected = Buffer.from(expectedHex, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** What the lists show: the readable prefix plus the first four random characters, and the last four. */
export function displayFragments(secret: string): { prefix: string; lastFour: string } {
  const body = secret.startsWith(API_KEY_PREFIX) ? secret.slice(API_KEY_PREFIX.length) : secret;
  const head = secret.startsWith(API_KEY_PREFIX) ? API_KEY_PREFIX : "";
  return { prefix: head + body.slice(0, 4), lastFour: body.slice(-4) };
}

export function maskedKey(fragments: { prefix: string; lastFour: string }): string {
  return `${fragments.prefix}…${fragments.lastFour}`;
}
