import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { MasterKeyError, openPrivateKey, sealPrivateKey } from "@/lib/portal-ca/encryption";

const key = () => new Uint8Array(randomBytes(32));

describe("portal CA key sealing (AES-256-GCM)", () => {
  test("round-trips, with a fresh IV every time", () => {
    const master = key();
    const secret = new Uint8Array(randomBytes(138));
    const a = sealPrivateKey(secret, "portal-ca:AUTH", master);
    const b = sealPrivateKey(secret, "portal-ca:AUTH", master);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).includes(Buffer.from(secret))).toBe(false);
    expect(Buffer.from(openPrivateKey(a, "portal-ca:AUTH", master))).toEqual(Buffer.from(secret));
  });

  test("a different master key is named as the cause", () => {
    const sealed = sealPrivateKey(new Uint8Array([1, 2, 3]), "portal-ca:AUTH", key());
    expect(() => openPrivateKey(sealed, "portal-ca:AUTH", key())).toThrow(/different MASTER_KEY/);
  });

  test("another domain's context, or a flipped bit, fails the integrity check", () => {
    const master = key();
    const sealed = sealPrivateKey(new Uint8Array([1, 2, 3, 4]), "portal-ca:AUTH", master);
    expect(() => openPrivateKey(sealed, "portal-ca:FTM", master)).toThrow(MasterKeyError);
    const tampered = new Uint8Array(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openPrivateKey(tampered, "portal-ca:AUTH", master)).toThrow(/integrity/);
  });
});
