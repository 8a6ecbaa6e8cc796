import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { keyHash, MISP_LICENSE_KEY_PATTERN } from "@/lib/key-verification/secrets";
import { listMispLicenses, partnerMispLicenses } from "@/lib/misp/queries";
import { deactivateMispLicense, issueMispLicense } from "@/lib/misp/service";
import { deactivatePartner } from "@/lib/partners/service";
import { createTestPartner, createTestStaff, testActor } from "@/tests/factories";
import { createActiveMispPartner, secretOccurrences } from "@/tests/factories-keys";

async function adminActor() {
  return testActor(await createTestStaff(["PARTNER_ADMIN"]));
}

describe("MISP license keys", () => {
  it("issues 50 characters of [0-9A-Za-z] once, stores only the keyed hash, for MISP_LICENSE_DAYS", async () => {
    const { partner } = await createActiveMispPartner();
    const { secret, license } = await issueMispLicense(partner.id, {}, await adminActor());
    expect(secret).toMatch(MISP_LICENSE_KEY_PATTERN);
    const row = await db.mispLicenseKey.findUniqueOrThrow({ where: { id: license.id }, omit: { keyHash: false } });
    expect(row.keyHash).toBe(keyHash(secret));
    expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(env().MISP_LICENSE_DAYS);
    expect(await secretOccurrences(secret)).toEqual([]);
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "MISP_KEY_ISSUED" } })).toBe(1);
  });

  it("allows one active key per MISP partner (PMS_MSP_416); reissue deactivates the previous key", async () => {
    const { partner } = await createActiveMispPartner();
    const admin = await adminActor();
    const first = await issueMispLicense(partner.id, {}, admin);
    await expect(issueMispLicense(partner.id, {}, admin)).rejects.toMatchObject({ code: "PMS_MSP_416" });
    const second = await issueMispLicense(partner.id, { reissue: true }, admin);
    const rows = await partnerMispLicenses(partner.id);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [second.license.id, "ACTIVE"],
      [first.license.id, "DEACTIVATED"],
    ]);
    expect(await db.auditEvent.count({ where: { partnerId: partner.id, action: { in: ["misp-license.issued", "misp-license.reissued", "misp-license.deactivated"] } } })).toBe(3);
  });

  it("replaces an expired active key without asking for a reissue", async () => {
    const { partner } = await createActiveMispPartner();
    const admin = await adminActor();
    const first = await issueMispLicense(partner.id, {}, admin);
    await db.mispLicenseKey.update({ where: { id: first.license.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const second = await issueMispLicense(partner.id, {}, admin);
    expect((await db.mispLicenseKey.findUniqueOrThrow({ where: { id: first.license.id } })).status).toBe("DEACTIVATED");
    expect(second.license.status).toBe("ACTIVE");
  });

  it("is issued only to an active MISP partner", async () => {
    const admin = await adminActor();
    const { partner: auth } = await createTestPartner("AUTH_PARTNER");
    await expect(issueMispLicense(auth.id, {}, admin)).rejects.toMatchObject({ code: "PMS_MSP_405" });
    const { partner: pending } = await createTestPartner("MISP_PARTNER");
    await expect(issueMispLicense(pending.id, {}, admin)).rejects.toMatchObject({ code: "PMS_MSP_009" });
    await expect(issueMispLicense("no-such-partner", {}, admin)).rejects.toMatchObject({ code: "PMS_PRT_005" });
  });

  it("deactivates once; deactivating the MISP partner deactivates its key", async () => {
    const admin = await adminActor();
    const { partner } = await createActiveMispPartner();
    const { license } = await issueMispLicense(partner.id, {}, admin);
    await deactivateMispLicense(license.id, admin);
    await expect(deactivateMispLicense(license.id, admin)).rejects.toMatchObject({ code: "PMS_MSP_422" });

    const other = await createActiveMispPartner();
    const issued = await issueMispLicense(other.partner.id, {}, admin);
    await deactivatePartner(other.partner.id, admin);
    expect((await db.mispLicenseKey.findUniqueOrThrow({ where: { id: issued.license.id } })).status).toBe("DEACTIVATED");
  });

  it("lists with filters and derived status", async () => {
    const admin = await adminActor();
    const { partner } = await createActiveMispPartner();
    const { license } = await issueMispLicense(partner.id, {}, admin);
    const page = await listMispLicenses({ partnerId: partner.id, status: "ACTIVE" }, { page: 0, size: 8, sort: "createdAt", dir: "desc" });
    expect(page.rows.map((r) => [r.id, r.displayStatus, r.organizationName])).toEqual([[license.id, "ACTIVE", partner.organizationName]]);
    expect((await listMispLicenses({ partnerId: partner.id, status: "DEACTIVATED" }, { page: 0, size: 8, sort: "expiresAt", dir: "asc" })).total).toBe(0);
  });
});
