import { describe, expect, it } from "vitest";
import { GET as listSbisRoute, PATCH as decideSbiRoute, POST as createSbiRoute } from "@/app/v1/partnermanager/securebiometricinterface/route";
import { PATCH as deactivateSbiRoute } from "@/app/v1/partnermanager/securebiometricinterface/[sbiId]/route";
import { GET as sbiDevicesRoute, POST as addDeviceRoute } from "@/app/v1/partnermanager/securebiometricinterface/[sbiId]/devices/route";
import { GET as listDevicesRoute } from "@/app/v1/partnermanager/devicedetail/route";
import { PATCH as deactivateDeviceRoute } from "@/app/v1/partnermanager/devicedetail/[id]/route";
import { POST as decideDeviceRoute } from "@/app/v1/partnermanager/devicedetail/[id]/approval/route";
import { db } from "@/lib/db";
import { createTestPartner } from "@/tests/factories";
import { apiTokenFor, callRoute, createActiveDeviceProvider, createApprovedSbi, createDevices, daysFromToday, testAdmin } from "@/tests/factories-devices";

const day = (offset: number) => daysFromToday(offset).toISOString().slice(0, 10);

async function adminToken() {
  return apiTokenFor((await testAdmin()).userId);
}

describe("REST: the device provider's journey at MOSIP's paths", () => {
  it("creates an SBI, gets it approved, adds a device, sees it approved, deactivates the SBI with its cascade", async () => {
    const { partner, userId } = await createActiveDeviceProvider();
    const token = await apiTokenFor(userId);
    const admin = await adminToken();

    const created = await callRoute(createSbiRoute, {
      method: "POST",
      token,
      body: { swBinaryHash: "9a8b7c6d5e4f", swVersion: "1.0.0", swCreateDateTime: `${day(-10)}T00:00:00.000Z`, swExpiryDateTime: `${day(300)}T00:00:00.000`, providerId: partner.id },
    });
    expect(created.status).toBe(200);
    const sbiId = (created.json.response as { id: string }).id;

    const early = await callRoute(addDeviceRoute, {
      method: "POST",
      token,
      params: { sbiId },
      body: { deviceProviderId: partner.id, deviceTypeCode: "Finger", deviceSubTypeCode: "Slap", make: "Acme", model: "S4" },
    });
    expect(early.status).toBe(422);
    expect(early.json.errors[0]?.errorCode).toBe("PMS_DEVICE_ERROR_009");

    const providerPatch = await callRoute(decideSbiRoute, { method: "PATCH", token, body: { id: sbiId, approvalStatus: "Activate" } });
    expect(providerPatch.status).toBe(403);
    const badWord = await callRoute(decideSbiRoute, { method: "PATCH", token: admin, body: { id: sbiId, approvalStatus: "Approve" } });
    expect(badWord.json.errors[0]?.errorCode).toBe("PMS_AUT_026");
    const approved = await callRoute(decideSbiRoute, { method: "PATCH", token: admin, body: { id: sbiId, approvalStatus: "Activate" } });
    expect(approved.status).toBe(200);

    const added = await callRoute(addDeviceRoute, {
      method: "POST",
      token,
      params: { sbiId },
      body: { deviceProviderId: partner.id, deviceTypeCode: "Finger", deviceSubTypeCode: "Slap", make: "Acme", model: "S4" },
    });
    expect(added.status).toBe(200);
    const deviceId = (added.json.response as { id: string }).id;
    const second = await callRoute(addDeviceRoute, {
      method: "POST",
      token,
      params: { sbiId },
      body: { deviceProviderId: partner.id, deviceTypeCode: "Iris", deviceSubTypeCode: "Double", make: "Acme", model: "I2" },
    });
    const pendingId = (second.json.response as { id: string }).id;

    const decided = await callRoute(decideDeviceRoute, { method: "POST", token: admin, params: { id: deviceId }, body: { partnerId: partner.id, sbiId, status: "approved" } });
    expect(decided.json).toMatchObject({ response: true, errors: [] });
    const wrongWord = await callRoute(decideDeviceRoute, { method: "POST", token: admin, params: { id: pendingId }, body: { status: "Activate" } });
    expect(wrongWord.json.errors[0]?.errorCode).toBe("PMS_DEVICE_ERROR_027");

    const devices = await callRoute(sbiDevicesRoute, { token, params: { sbiId } });
    expect(devices.json.response).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deviceId, deviceTypeCode: "Finger", deviceSubTypeCode: "Slap", status: "approved", isActive: true }),
        expect.objectContaining({ deviceId: pendingId, status: "pending_approval", isActive: false }),
      ]),
    );

    const list = await callRoute(listSbisRoute, { token, path: "/v1/partnermanager/securebiometricinterface" });
    const rows = list.json.response as { data: { sbiId: string; countOfAssociatedDevices: number; countOfApprovedDevices: number; countOfPendingDevices: number; status: string; sbiExpiryStatus: string }[] };
    expect(rows.data).toEqual([expect.objectContaining({ sbiId, status: "approved", sbiExpiryStatus: "valid", countOfAssociatedDevices: 2, countOfApprovedDevices: 1, countOfPendingDevices: 1 })]);

    const wrongStatus = await callRoute(deactivateSbiRoute, { method: "PATCH", token, params: { sbiId }, body: { status: "Deactivate-please" } });
    expect(wrongStatus.json.errors[0]?.errorCode).toBe("PMS_DEVICE_ERROR_026");
    const deactivated = await callRoute(deactivateSbiRoute, { method: "PATCH", token, params: { sbiId }, body: { status: "De-Activate" } });
    expect(deactivated.json.response).toMatchObject({ sbiId, sbiVersion: "1.0.0", status: "deactivated", active: false, devicesDeactivated: [deviceId], devicesRejected: [pendingId] });
  });

  it("refuses bad dates with MOSIP's codes and HTTP 400, and a provider id that is not the caller's", async () => {
    const { partner, userId } = await createActiveDeviceProvider();
    const token = await apiTokenFor(userId);
    const future = await callRoute(createSbiRoute, { method: "POST", token, body: { swBinaryHash: "h", swVersion: "1", swCreateDateTime: day(2), swExpiryDateTime: day(30), providerId: partner.id } });
    expect(future.status).toBe(400);
    expect(future.json.errors[0]?.errorCode).toBe("PMS_AUT_514");
    const garbage = await callRoute(createSbiRoute, { method: "POST", token, body: { swBinaryHash: "h", swVersion: "1", swCreateDateTime: "yesterday", swExpiryDateTime: day(30), providerId: partner.id } });
    expect(garbage.status).toBe(400);
    expect(garbage.json.errors[0]?.message).toContain("swCreateDateTime");
    const other = await callRoute(createSbiRoute, { method: "POST", token, body: { swBinaryHash: "h", swVersion: "1", swCreateDateTime: day(-1), swExpiryDateTime: day(30), providerId: "demo-devices" } });
    expect(other.status).toBe(404);
    expect(other.json.errors[0]?.errorCode).toBe("PMS_DEVICE_ERROR_001");
    expect(await db.sbi.count({ where: { providerId: partner.id } })).toBe(0);
  });
});

describe("REST: one provider cannot reach another's SBIs and devices", () => {
  it("answers 404 to every read and change on another provider's records, 403 to a partner of another type", async () => {
    const owner = await createActiveDeviceProvider();
    const intruder = await createActiveDeviceProvider();
    const sbi = await createApprovedSbi(owner.partner.id);
    const [device] = await createDevices(owner.partner.id, sbi.id);
    const token = await apiTokenFor(intruder.userId);

    expect((await callRoute(sbiDevicesRoute, { token, params: { sbiId: sbi.id } })).status).toBe(404);
    expect((await callRoute(deactivateSbiRoute, { method: "PATCH", token, params: { sbiId: sbi.id }, body: { status: "De-Activate" } })).status).toBe(404);
    expect((await callRoute(deactivateDeviceRoute, { method: "PATCH", token, params: { id: device.id }, body: { status: "De-Activate" } })).status).toBe(404);
    const add = await callRoute(addDeviceRoute, {
      method: "POST",
      token,
      params: { sbiId: sbi.id },
      body: { deviceProviderId: intruder.partner.id, deviceTypeCode: "Finger", deviceSubTypeCode: "Slap", make: "X", model: "Y" },
    });
    expect(add.status).toBe(404);
    const lists = [
      await callRoute(listSbisRoute, { token, path: `/v1/x?partnerId=${owner.partner.id}` }),
      await callRoute(listDevicesRoute, { token, path: `/v1/x?partnerId=${owner.partner.id}&pageNo=0&pageSize=8` }),
    ];
    for (const list of lists) expect((list.json.response as { totalResults: number }).totalResults).toBe(0);
    expect((await callRoute(decideDeviceRoute, { method: "POST", token, params: { id: device.id }, body: { status: "approved" } })).status).toBe(403);

    const auth = await createTestPartner("AUTH_PARTNER");
    const authToken = await apiTokenFor(auth.userId);
    expect((await callRoute(listSbisRoute, { token: authToken })).status).toBe(403);
    expect((await callRoute(sbiDevicesRoute, { token: authToken, params: { sbiId: sbi.id } })).status).toBe(403);
    expect((await callRoute(listSbisRoute, {})).status).toBe(401);
    expect((await db.device.findUniqueOrThrow({ where: { id: device.id } })).status).toBe("PENDING_APPROVAL");
  });
});

describe("REST: admin lists", () => {
  it("pages, filters and sorts SBIs and devices with MOSIP's parameters", async () => {
    const { partner } = await createActiveDeviceProvider({ organizationName: "Sorted Sensors Ltd" });
    const sbi = await createApprovedSbi(partner.id, { version: "5.5.5" });
    await createDevices(partner.id, sbi.id, 3, { typeCode: "Iris", subTypeCode: "Single" });
    const token = await adminToken();

    const sbis = await callRoute(listSbisRoute, { token, path: `/v1/x?orgName=sorted%20sensors&status=approved&pageNo=0&pageSize=8&sortFieldName=countOfAssociatedDevices&sortType=DESC` });
    expect(sbis.json.response).toMatchObject({ pageNo: 0, pageSize: 8, totalResults: 1, data: [{ sbiId: sbi.id, orgName: "Sorted Sensors Ltd", countOfAssociatedDevices: 3 }] });

    const devices = await callRoute(listDevicesRoute, { token, path: `/v1/x?partnerId=${partner.id}&deviceType=Iris&status=pending_approval&pageNo=0&pageSize=2&sortFieldName=createdDateTime&sortType=asc` });
    const page = devices.json.response as { totalResults: number; data: { sbiVersion: string; deviceType: string; status: string }[] };
    expect(page.totalResults).toBe(3);
    expect(page.data).toHaveLength(2);
    expect(page.data[0]).toMatchObject({ sbiVersion: "5.5.5", deviceType: "Iris", status: "pending_approval" });

    const unpaired = await callRoute(listDevicesRoute, { token, path: "/v1/x?pageNo=0" });
    expect(unpaired.status).toBe(400);
    const badStatus = await callRoute(listSbisRoute, { token, path: "/v1/x?status=sleeping" });
    expect(badStatus.status).toBe(400);
  });
});
