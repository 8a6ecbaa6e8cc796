import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "../fixtures";

// The devices and FTM routes and pages called by the wrong role, or by another provider: refused, never served.

async function mosip(baseURL: string, token: string | null, method: string, path: string, request?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers,
    body: request === undefined ? undefined : JSON.stringify({ requesttime: new Date().toISOString(), request }),
  });
  return { status: response.status, body: (await response.json()) as { response: unknown; errors: { errorCode: string }[] } };
}

/** A second provider of the given type, self-registered through MOSIP's REST path (pending its certificate). */
async function registerProvider(baseURL: string, partnerType: "Device_Provider" | "FTM_Provider") {
  const partnerId = unique("e2e-intruder");
  const registered = await mosip(baseURL, null, "POST", "/v1/partnermanager/partners", {
    partnerId,
    organizationName: `Intruder ${partnerId}`,
    address: "1 Elsewhere",
    contactNumber: "+15550199",
    emailId: `${partnerId}@e2e.test`,
    partnerType,
    langCode: "eng",
    password: "A-strong-password-1",
  });
  expect(registered.status).toBe(200);
  return { partnerId, token: await apiToken(baseURL, partnerId, "A-strong-password-1") };
}

test("providers cannot decide, and each type cannot use the other's routes (403)", async ({ baseURL }) => {
  const device = await apiToken(baseURL!, DEMO.deviceProvider);
  const ftm = await apiToken(baseURL!, DEMO.ftmProvider);
  const anyId = "00000000-0000-4000-8000-000000000000";
  const refused = [
    await mosip(baseURL!, device, "PATCH", "/v1/partnermanager/securebiometricinterface", { id: anyId, approvalStatus: "Activate" }),
    await mosip(baseURL!, device, "POST", `/v1/partnermanager/devicedetail/${anyId}/approval`, { status: "approved" }),
    await mosip(baseURL!, device, "PATCH", "/v1/partnermanager/ftpchipdetail", { ftpChipDetailId: anyId, approvalStatus: true }),
    await mosip(baseURL!, device, "POST", "/v1/partnermanager/ftpchipdetail", { ftpProviderId: "demo-devices", make: "x", model: "y" }),
    await mosip(baseURL!, device, "GET", "/v1/partnermanager/ftpchipdetail"),
    await mosip(baseURL!, ftm, "POST", "/v1/partnermanager/securebiometricinterface", { swBinaryHash: "h", swVersion: "1", swCreateDateTime: "2026-01-01", swExpiryDateTime: "2030-01-01", providerId: "demo-chips" }),
    await mosip(baseURL!, ftm, "GET", "/v1/partnermanager/devicedetail"),
    await mosip(baseURL!, ftm, "PATCH", "/v1/partnermanager/ftpchipdetail", { ftpChipDetailId: anyId, approvalStatus: true }),
  ];
  for (const answer of refused) {
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0]?.errorCode).toBe("KER-ATH-403");
  }
  expect((await mosip(baseURL!, null, "GET", "/v1/partnermanager/securebiometricinterface")).status).toBe(401);
});

test("another device provider cannot read or change demo-devices' SBIs and devices, by REST or in the browser", async ({ baseURL, page }) => {
  const owner = await apiToken(baseURL!, DEMO.deviceProvider);
  const sbis = (await mosip(baseURL!, owner, "GET", "/v1/partnermanager/securebiometricinterface?status=approved")).body.response as { data: { sbiId: string; countOfAssociatedDevices: number }[] };
  const sbiId = sbis.data.find((s) => s.countOfAssociatedDevices > 0)!.sbiId;
  const devices = (await mosip(baseURL!, owner, "GET", `/v1/partnermanager/securebiometricinterface/${sbiId}/devices`)).body.response as { deviceId: string }[];
  const deviceId = devices[0]!.deviceId;

  const intruder = await registerProvider(baseURL!, "Device_Provider");
  expect((await mosip(baseURL!, intruder.token, "GET", `/v1/partnermanager/securebiometricinterface/${sbiId}/devices`)).status).toBe(404);
  expect((await mosip(baseURL!, intruder.token, "PATCH", `/v1/partnermanager/securebiometricinterface/${sbiId}`, { status: "De-Activate" })).status).toBe(404);
  expect((await mosip(baseURL!, intruder.token, "PATCH", `/v1/partnermanager/devicedetail/${deviceId}`, { status: "De-Activate" })).status).toBe(404);
  const list = await mosip(baseURL!, intruder.token, "GET", "/v1/partnermanager/securebiometricinterface?partnerId=demo-devices");
  expect((list.body.response as { totalResults: number }).totalResults).toBe(0);
  const stillThere = (await mosip(baseURL!, owner, "GET", `/v1/partnermanager/securebiometricinterface/${sbiId}/devices`)).body.response as { deviceId: string; status: string }[];
  expect(stillThere.find((d) => d.deviceId === deviceId)?.status).not.toBe("deactivated");

  await signIn(page, intruder.partnerId, "A-strong-password-1");
  const response = await page.goto(`/devices/sbi/${sbiId}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.goto("/admin/devices"))?.status()).toBe(403);
  expect((await page.goto("/admin/devices/list"))?.status()).toBe(403);
  expect((await page.goto(`/admin/devices/sbi/${sbiId}`))?.status()).toBe(403);
});

test("another FTM provider cannot read, download or change demo-chips' chips, by REST or in the browser", async ({ baseURL, page }) => {
  const owner = await apiToken(baseURL!, DEMO.ftmProvider);
  const chips = (await mosip(baseURL!, owner, "GET", "/v1/partnermanager/ftpchipdetail?status=approved")).body.response as { ftmId: string }[];
  const chipId = chips[0]!.ftmId;

  const intruder = await registerProvider(baseURL!, "FTM_Provider");
  expect((await mosip(baseURL!, intruder.token, "GET", `/v1/partnermanager/ftpchipdetail/${chipId}/certificate-data`)).status).toBe(404);
  expect((await mosip(baseURL!, intruder.token, "GET", `/v1/partnermanager/ftpchipdetail/getPartnerCertificate/${chipId}`)).status).toBe(404);
  expect((await mosip(baseURL!, intruder.token, "PATCH", `/v1/partnermanager/ftpchipdetail/${chipId}`, { status: "De-Activate" })).status).toBe(404);
  const upload = await mosip(baseURL!, intruder.token, "POST", "/v1/partnermanager/ftpchipdetail/uploadcertificate", { ftpProviderId: "demo-chips", ftpChipDeatilId: chipId, certificateData: "x" });
  expect(upload.status).toBe(404);
  expect((await mosip(baseURL!, intruder.token, "GET", "/v1/partnermanager/ftpchipdetail")).body.response).toEqual([]);

  await signIn(page, intruder.partnerId, "A-strong-password-1");
  expect((await page.goto(`/ftm/${chipId}`))?.status()).toBe(404);
  expect((await page.request.get(`/ftm/${chipId}/certificate?which=original`)).status()).toBe(404);
  expect((await page.goto("/admin/ftm"))?.status()).toBe(403);
  expect((await page.request.get(`/admin/ftm/${chipId}/certificate`)).status()).toBe(403);
  expect((await page.goto("/devices"))?.status()).toBe(403);
});
