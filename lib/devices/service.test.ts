import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getSbi, listSbiDevices, listSbis, listDevices, sbiDeactivationImpact } from "@/lib/devices/queries";
import { addDevices, createSbi, deactivateDevice, deactivateSbi, decideDevice, decideSbi } from "@/lib/devices/service";
import { createTestPartner, testActor } from "@/tests/factories";
import {
  approveDevice,
  createActiveDeviceProvider,
  createApprovedSbi,
  createDevices,
  createPendingSbi,
  daysFromToday,
  deviceModel,
  expireSbi,
  sbiDetails,
  testAdmin,
} from "@/tests/factories-devices";

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const adminActor = async () => testActor(await testAdmin());

describe("SBI creation", () => {
  it("creates a pending SBI with an audit row", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createPendingSbi(partner.id, { version: "2.0.1" });
    expect(sbi).toMatchObject({ providerId: partner.id, version: "2.0.1", status: "PENDING_APPROVAL" });
    expect(await db.auditEvent.count({ where: { entityId: sbi.id, action: "sbi.created" } })).toBe(1);
  });

  it.each([
    ["created in the future", { swCreatedAt: daysFromToday(1), swExpiresAt: daysFromToday(30) }, "PMS_AUT_514", "swCreatedAt"],
    ["created over 10 years back", { swCreatedAt: daysFromToday(-3700), swExpiresAt: daysFromToday(30) }, "PMS_AUT_516", "swCreatedAt"],
    ["expiry not after created", { swCreatedAt: daysFromToday(-5), swExpiresAt: daysFromToday(-5) }, "PMS_AUT_507", "swExpiresAt"],
    ["expiry today", { swCreatedAt: daysFromToday(-5), swExpiresAt: daysFromToday(0) }, "PMS_AUT_508", "swExpiresAt"],
    ["expiry over 10 years ahead", { swCreatedAt: daysFromToday(0), swExpiresAt: daysFromToday(3700) }, "PMS_AUT_515", "swExpiresAt"],
  ])("refuses %s with MOSIP's code on the right field, writing nothing", async (_label, dates, code, field) => {
    const { partner } = await createActiveDeviceProvider();
    const error = await expectAppError(createSbi(partner.id, sbiDetails(dates), testActor()), code);
    expect(error.field).toBe(field);
    expect(await db.sbi.count({ where: { providerId: partner.id } })).toBe(0);
  });

  it("keeps the version unique per provider, but another provider may reuse it", async () => {
    const a = await createActiveDeviceProvider();
    const b = await createActiveDeviceProvider();
    await createPendingSbi(a.partner.id, { version: "3.1" });
    const error = await expectAppError(createPendingSbi(a.partner.id, { version: "3.1" }), "PMS_AUT_512");
    expect(error.field).toBe("version");
    await expect(createPendingSbi(b.partner.id, { version: "3.1" })).resolves.toMatchObject({ version: "3.1" });
  });

  it("refuses a provider that is not active yet", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await expectAppError(createPendingSbi(partner.id), "PMS_AUT_002");
  });
});

describe("SBI decisions", () => {
  it("approves and rejects once, with audit, comment and notification", async () => {
    const { partner } = await createActiveDeviceProvider();
    const first = await createPendingSbi(partner.id);
    const second = await createPendingSbi(partner.id);
    await expect(decideSbi(first.id, "APPROVE", undefined, await adminActor())).resolves.toMatchObject({ status: "APPROVED" });
    await decideSbi(second.id, "REJECT", "Hash does not match the published binary", await adminActor());
    expect(await db.sbi.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "REJECTED", adminComment: "Hash does not match the published binary" });
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "SBI_APPROVED" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: second.id, action: "sbi.rejected" } })).toBe(1);
    await expectAppError(decideSbi(first.id, "REJECT", "late", await adminActor()), "PMS_AUT_517");
    await expectAppError(decideSbi(second.id, "APPROVE", undefined, await adminActor()), "PMS_AUT_518");
  });

  it("refuses to approve an expired pending SBI (MOSIP-38958 fixed), but lets the admin reject it", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createPendingSbi(partner.id);
    await expireSbi(sbi.id);
    await expectAppError(decideSbi(sbi.id, "APPROVE", undefined, await adminActor()), "PMS_AUT_513");
    expect((await db.sbi.findUniqueOrThrow({ where: { id: sbi.id } })).status).toBe("PENDING_APPROVAL");
    await expect(decideSbi(sbi.id, "REJECT", "expired", await adminActor())).resolves.toMatchObject({ status: "REJECTED" });
  });

  it("answers not found for an unknown or malformed id", async () => {
    await expectAppError(decideSbi("not-a-uuid", "APPROVE", undefined, await adminActor()), "PMS_DEVICE_ERROR_005");
    await expectAppError(decideSbi("00000000-0000-4000-8000-000000000000", "APPROVE", undefined, await adminActor()), "PMS_DEVICE_ERROR_005");
  });
});

describe("adding devices", () => {
  it("adds several devices in one request, all pending, each audited", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id);
    const created = await addDevices(partner.id, sbi.id, [deviceModel(), deviceModel({ typeCode: "Iris", subTypeCode: "Double" }), deviceModel({ typeCode: "Face", subTypeCode: "Full face" })], testActor());
    expect(created.map((d) => d.status)).toEqual(["PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL"]);
    expect(await db.auditEvent.count({ where: { action: "device.created", entityId: { in: created.map((d) => d.id) } } })).toBe(3);
  });

  it("refuses an SBI that is pending, rejected, expired or deactivated, with MOSIP's codes", async () => {
    const { partner } = await createActiveDeviceProvider();
    const pending = await createPendingSbi(partner.id);
    await expectAppError(createDevices(partner.id, pending.id), "PMS_DEVICE_ERROR_009");
    const rejected = await createPendingSbi(partner.id);
    await decideSbi(rejected.id, "REJECT", "no", await adminActor());
    await expectAppError(createDevices(partner.id, rejected.id), "PMS_DEVICE_ERROR_028");
    const expired = await createApprovedSbi(partner.id);
    await expireSbi(expired.id);
    await expectAppError(createDevices(partner.id, expired.id), "PMS_DEVICE_ERROR_021");
    const deactivated = await createApprovedSbi(partner.id);
    await deactivateSbi(deactivated.id, { kind: "provider", partnerId: partner.id }, testActor());
    await expectAppError(createDevices(partner.id, deactivated.id), "PMS_DEVICE_ERROR_029");
    expect(await db.device.count({ where: { providerId: partner.id } })).toBe(0);
  });

  it("refuses an unknown subtype on its row and writes none of the batch", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id);
    const error = await expectAppError(addDevices(partner.id, sbi.id, [deviceModel(), deviceModel({ typeCode: "Iris", subTypeCode: "Slap" })], testActor()), "PMS_AUT_001");
    expect(error.field).toBe("devices.1.subTypeCode");
    expect(await db.device.count({ where: { sbiId: sbi.id } })).toBe(0);
  });

  it("keeps a model unique per provider among live devices; a rejected one frees it; other providers are independent", async () => {
    const a = await createActiveDeviceProvider();
    const b = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(a.partner.id);
    const other = await createApprovedSbi(a.partner.id);
    const model = deviceModel({ make: "Acme", model: "Slap-4" });
    const [device] = await addDevices(a.partner.id, sbi.id, [model], testActor());
    const error = await expectAppError(addDevices(a.partner.id, other.id, [deviceModel(), { ...model, make: "ACME" }], testActor()), "PMS_AUT_003");
    expect(error.fieldErrors).toHaveProperty("devices.1.model");
    expect(await db.device.count({ where: { sbiId: other.id } })).toBe(0);
    // The same model twice in one request is refused too.
    await expectAppError(addDevices(a.partner.id, other.id, [deviceModel({ make: "Twin", model: "T" }), deviceModel({ make: "twin", model: "t" })], testActor()), "PMS_AUT_003");

    await decideDevice(device.id, "REJECT", "wrong model name", await adminActor());
    await expect(addDevices(a.partner.id, other.id, [model], testActor())).resolves.toHaveLength(1);
    const sbiB = await createApprovedSbi(b.partner.id);
    await expect(addDevices(b.partner.id, sbiB.id, [model], testActor())).resolves.toHaveLength(1);
  });
});

describe("device decisions and deactivation", () => {
  it("approves a device under an approved SBI, refuses a second decision, deactivates it once", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id);
    const [device] = await createDevices(partner.id, sbi.id);
    await expectAppError(deactivateDevice(device.id, { kind: "provider", partnerId: partner.id }, testActor()), "PMS_DEVICE_ERROR_023");
    await approveDevice(device.id);
    await expectAppError(decideDevice(device.id, "REJECT", "late", await adminActor()), "PMS_DEVICE_ERROR_010");
    await deactivateDevice(device.id, { kind: "provider", partnerId: partner.id }, testActor());
    await expectAppError(deactivateDevice(device.id, { kind: "admin" }, await adminActor()), "PMS_DEVICE_ERROR_014");
    expect(await db.notification.count({ where: { partnerId: partner.id, type: { in: ["DEVICE_APPROVED", "DEVICE_DEACTIVATED"] } } })).toBe(2);
  });

  it("refuses to approve a device whose SBI has expired, or when partner and SBI in the body do not match", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id);
    const [device] = await createDevices(partner.id, sbi.id);
    await expectAppError(decideDevice(device.id, "APPROVE", undefined, await adminActor(), { partnerId: "someone-else" }), "PMS_DEVICE_ERROR_012");
    await expireSbi(sbi.id);
    await expectAppError(decideDevice(device.id, "APPROVE", undefined, await adminActor()), "PMS_AUT_513");
  });
});

describe("deactivating an SBI: the cascade", () => {
  it("deactivates approved devices and rejects pending ones in one go, audited per entity, provider notified", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id);
    const devices = await createDevices(partner.id, sbi.id, 4);
    await approveDevice(devices[0].id);
    await approveDevice(devices[1].id);
    await decideDevice(devices[2].id, "REJECT", "duplicate", await adminActor());
    // devices[3] stays pending

    const impact = await sbiDeactivationImpact({ kind: "provider", partnerId: partner.id }, sbi.id);
    expect(impact.toDeactivate.map((d) => d.id).sort()).toEqual([devices[0].id, devices[1].id].sort());
    expect(impact.toReject.map((d) => d.id)).toEqual([devices[3].id]);

    const result = await deactivateSbi(sbi.id, { kind: "provider", partnerId: partner.id }, testActor());
    expect(result.deactivatedDevices.map((d) => d.id).sort()).toEqual([devices[0].id, devices[1].id].sort());
    expect(result.rejectedDevices.map((d) => d.id)).toEqual([devices[3].id]);

    const statuses = Object.fromEntries((await db.device.findMany({ where: { sbiId: sbi.id } })).map((d) => [d.id, d.status]));
    expect(statuses).toEqual({ [devices[0].id]: "DEACTIVATED", [devices[1].id]: "DEACTIVATED", [devices[2].id]: "REJECTED", [devices[3].id]: "REJECTED" });
    expect((await db.sbi.findUniqueOrThrow({ where: { id: sbi.id } })).status).toBe("DEACTIVATED");

    const audit = await db.auditEvent.findMany({ where: { entityId: { in: [sbi.id, ...devices.map((d) => d.id)] }, action: { in: ["sbi.deactivated", "device.deactivated", "device.rejected"] } } });
    const byEntity = audit.map((a) => `${a.action}:${a.entityId}`).sort();
    expect(byEntity).toEqual(
      [`sbi.deactivated:${sbi.id}`, `device.deactivated:${devices[0].id}`, `device.deactivated:${devices[1].id}`, `device.rejected:${devices[2].id}`, `device.rejected:${devices[3].id}`].sort(),
    );
    const notification = await db.notification.findFirstOrThrow({ where: { partnerId: partner.id, type: "SBI_DEACTIVATED" } });
    expect(notification.params).toMatchObject({ sbiId: sbi.id, devicesDeactivated: 2, devicesRejected: 1 });

    await expectAppError(deactivateSbi(sbi.id, { kind: "admin" }, await adminActor()), "PMS_DEVICE_ERROR_020");
  });

  it("only an approved SBI can be deactivated", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createPendingSbi(partner.id);
    await expectAppError(deactivateSbi(sbi.id, { kind: "admin" }, await adminActor()), "PMS_DEVICE_ERROR_022");
  });

  it("a device approval racing the deactivation never leaves an approved device under a deactivated SBI", async () => {
    const { partner } = await createActiveDeviceProvider();
    for (let round = 0; round < 5; round++) {
      const sbi = await createApprovedSbi(partner.id);
      const [device] = await createDevices(partner.id, sbi.id);
      await Promise.allSettled([approveDevice(device.id), deactivateSbi(sbi.id, { kind: "admin" }, await adminActor())]);
      const after = await db.device.findUniqueOrThrow({ where: { id: device.id } });
      expect(["DEACTIVATED", "REJECTED"]).toContain(after.status);
    }
  });
});

describe("one provider cannot touch another's SBIs and devices", () => {
  it("sees nothing and changes nothing, answered as not found", async () => {
    const owner = await createActiveDeviceProvider();
    const intruder = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(owner.partner.id);
    const [device] = await createDevices(owner.partner.id, sbi.id);
    await approveDevice(device.id);
    const scope = { kind: "provider" as const, partnerId: intruder.partner.id };

    expect(await getSbi(scope, sbi.id)).toBeNull();
    expect(await listSbiDevices(scope, sbi.id)).toEqual([]);
    expect((await listSbis(scope, {}, { page: 0, size: 8, sort: "createdAt", dir: "desc" })).rows.map((r) => r.id)).not.toContain(sbi.id);
    expect((await listDevices(scope, {}, { page: 0, size: 8, sort: "createdAt", dir: "desc" })).rows.map((r) => r.id)).not.toContain(device.id);
    await expectAppError(deactivateSbi(sbi.id, scope, testActor()), "PMS_DEVICE_ERROR_005");
    await expectAppError(deactivateDevice(device.id, scope, testActor()), "PMS_DEVICE_ERROR_006");
    await expectAppError(addDevices(intruder.partner.id, sbi.id, [deviceModel()], testActor()), "PMS_DEVICE_ERROR_005");
    expect((await db.sbi.findUniqueOrThrow({ where: { id: sbi.id } })).status).toBe("APPROVED");
    expect((await db.device.findUniqueOrThrow({ where: { id: device.id } })).status).toBe("APPROVED");
  });
});

describe("admin lists", () => {
  it("filters SBIs by partner, status and expiry, sorts by device count, and pages", async () => {
    const { partner } = await createActiveDeviceProvider();
    const busy = await createApprovedSbi(partner.id);
    await createDevices(partner.id, busy.id, 3);
    const quiet = await createApprovedSbi(partner.id);
    const expired = await createApprovedSbi(partner.id);
    await expireSbi(expired.id);
    const admin = { kind: "admin" as const };
    const page = { page: 0, size: 8, sort: "devices" as const, dir: "desc" as const };
    const all = await listSbis(admin, { partnerId: partner.id }, page);
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ id: busy.id, devices: { total: 3, pending: 3 } });
    expect((await listSbis(admin, { partnerId: partner.id, expiry: "expired" }, page)).rows.map((r) => r.id)).toEqual([expired.id]);
    expect((await listSbis(admin, { partnerId: partner.id, expiry: "valid" }, page)).total).toBe(2);
    expect((await listSbis(admin, { partnerId: partner.id }, { ...page, size: 2, page: 1 })).rows).toHaveLength(1);
    expect((await listSbis(admin, { sbiId: "junk" }, page)).total).toBe(0);
    expect(quiet.id).toBeTruthy();
  });

  it("filters devices by type, make and SBI version, and sorts by organisation", async () => {
    const { partner } = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(partner.id, { version: "9.9.9-filter" });
    await addDevices(partner.id, sbi.id, [deviceModel({ typeCode: "Iris", subTypeCode: "Single", make: "FilterMake" }), deviceModel()], testActor());
    const result = await listDevices({ kind: "admin" }, { sbiVersion: "9.9.9-filter", typeCode: "Iris", make: "filtermake" }, { page: 0, size: 8, sort: "organizationName", dir: "asc" });
    expect(result.total).toBe(1);
    expect(result.rows[0]).toMatchObject({ typeCode: "Iris", subTypeCode: "Single", sbiVersion: "9.9.9-filter", organizationName: partner.organizationName });
  });
});
