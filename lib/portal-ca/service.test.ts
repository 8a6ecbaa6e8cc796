import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { exportPrivateKeyPkcs8 } from "@/lib/pki";
import { masterKeyFromEnv } from "@/lib/portal-ca/encryption";
import { currentPortalCa, ensurePortalCas, listPortalCaCertificates, resealPortalCaKeys, rotatePortalCa } from "@/lib/portal-ca/service";
import { createTestStaff, testActor } from "@/tests/factories";

describe("portal CAs", () => {
  test("one CA per domain, created once even when asked concurrently", async () => {
    const cas = await Promise.all([currentPortalCa("DEVICE"), currentPortalCa("DEVICE"), currentPortalCa("DEVICE")]);
    expect(new Set(cas.map((c) => c.id)).size).toBe(1);
    expect(await db.portalCaKey.count({ where: { domain: "DEVICE", isCurrent: true } })).toBe(1);
    await ensurePortalCas();
    expect((await db.portalCaKey.findMany({ where: { isCurrent: true }, select: { domain: true }, orderBy: { domain: "asc" } })).map((r) => r.domain)).toEqual(["AUTH", "DEVICE", "FTM", "MISP"]);
    expect(cas[0].cert.facts.isCA).toBe(true);
    expect(cas[0].cert.facts.basicConstraints?.pathLen).toBe(0);
  });

  test("the private key is stored encrypted, and never selected by default", async () => {
    const ca = await currentPortalCa("AUTH");
    const row = await db.portalCaKey.findUnique({ where: { id: ca.id }, select: { encryptedPrivateKey: true } });
    const plain = await db.portalCaKey.findUnique({ where: { id: ca.id } });
    expect(plain && "encryptedPrivateKey" in plain).toBe(false);
    expect(row!.encryptedPrivateKey.length).toBeGreaterThan(100);
    expect(ca.privateKey.extractable).toBe(false);
    await expect(exportPrivateKeyPkcs8(ca.privateKey)).rejects.toThrow();
  });

  test("rotation makes a new current CA and keeps the old certificate downloadable", async () => {
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const before = await currentPortalCa("MISP");
    const rotated = await rotatePortalCa("MISP", testActor(admin));
    const after = await currentPortalCa("MISP");
    expect(after.id).toBe(rotated.id);
    expect(after.id).not.toBe(before.id);
    const listed = await listPortalCaCertificates({ domain: "MISP" });
    expect(listed.map((r) => [r.id, r.isCurrent])).toEqual(expect.arrayContaining([[before.id, false], [after.id, true]]));
    expect(await db.auditEvent.count({ where: { entityId: rotated.id, action: "portal-ca.rotated" } })).toBe(1);
  });

  test("master-key rotation re-seals every key, and back", async () => {
    const admin = testActor(await createTestStaff(["PARTNER_ADMIN"]));
    await ensurePortalCas();
    const current = masterKeyFromEnv();
    const next = new Uint8Array(randomBytes(32));
    const count = await resealPortalCaKeys(current, next, admin);
    expect(count).toBe(await db.portalCaKey.count());
    await expect(resealPortalCaKeys(current, next, admin)).rejects.toThrow(/different MASTER_KEY/);
    expect(await resealPortalCaKeys(next, current, admin)).toBe(count);
  });
});
