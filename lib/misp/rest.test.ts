import { describe, expect, it } from "vitest";
import { POST as authenticate } from "@/app/v1/authmanager/authenticate/useridPwd/route";
import { GET as listMisps, POST as issueMisp, PUT as updateMisp } from "@/app/v1/partnermanager/misps/route";
import { MISP_LICENSE_KEY_PATTERN } from "@/lib/key-verification/secrets";
import { createTestPartner, createTestStaff, TEST_PASSWORD } from "@/tests/factories";
import { createActiveMispPartner } from "@/tests/factories-keys";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, { method = "GET", path = "/v1/partnermanager/misps", body, token }: { method?: string; path?: string; body?: unknown; token?: string }) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const response = await handler(new Request(`http://portal.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve({}) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { response: Record<string, unknown> | null; errors: { errorCode: string }[] } };
}

async function tokenFor(userName: string) {
  const result = await call(authenticate as Handler, { method: "POST", path: "/auth", body: { request: { userName, password: TEST_PASSWORD } } });
  return (result.json.response as { token: string }).token;
}

describe("REST: /misps", () => {
  it("issues once (PMS_MSP_416 after), shows the MISP its status without the key, deactivates by key value", async () => {
    const admin = await tokenFor((await createTestStaff(["PARTNER_ADMIN"])).email);
    const misp = await createActiveMispPartner();
    const issued = await call(issueMisp as Handler, { method: "POST", token: admin, body: { request: { providerId: misp.partner.id } } });
    expect(issued.status).toBe(200);
    const licenseKey = issued.json.response!.licenseKey as string;
    expect(licenseKey).toMatch(MISP_LICENSE_KEY_PATTERN);
    expect(issued.json.response).toMatchObject({ providerId: misp.partner.id, licenseKeyStatus: "Active" });

    const twice = await call(issueMisp as Handler, { method: "POST", token: admin, body: { request: { providerId: misp.partner.id } } });
    expect([twice.status, twice.json.errors[0]?.errorCode]).toEqual([409, "PMS_MSP_416"]);

    const own = await call(listMisps as Handler, { token: await tokenFor(misp.partner.email) });
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(licenseKey);
    expect(own.json.response).toMatchObject({ totalResults: 1, data: [{ providerId: misp.partner.id, licenseKeyStatus: "Active", isLicenseKeyExpired: false }] });

    const adminList = await call(listMisps as Handler, { path: `/v1/partnermanager/misps?providerId=${misp.partner.id}`, token: admin });
    expect(adminList.text).not.toContain(licenseKey);
    expect(adminList.json.response).toMatchObject({ totalResults: 1 });

    const put = await call(updateMisp as Handler, { method: "PUT", token: admin, body: { request: { providerId: misp.partner.id, licenseKey, licenseKeyStatus: "De-Active" } } });
    expect(put.json.response).toMatchObject({ licenseKeyStatus: "De-Active" });
    const back = await call(updateMisp as Handler, { method: "PUT", token: admin, body: { request: { providerId: misp.partner.id, licenseKey, licenseKeyStatus: "Active" } } });
    expect(back.status).toBe(409);
    const unknown = await call(updateMisp as Handler, { method: "PUT", token: admin, body: { request: { providerId: misp.partner.id, licenseKey: "x".repeat(50), licenseKeyStatus: "De-Active" } } });
    expect(unknown.status).toBe(404);
  });

  it("refuses partners: a MISP cannot issue, another partner cannot list", async () => {
    const misp = await createActiveMispPartner();
    const mispToken = await tokenFor(misp.partner.email);
    expect((await call(issueMisp as Handler, { method: "POST", token: mispToken, body: { request: { providerId: misp.partner.id } } })).status).toBe(403);
    const { partner: device } = await createTestPartner("DEVICE_PROVIDER");
    expect((await call(listMisps as Handler, { token: await tokenFor(device.email) })).status).toBe(403);
    expect((await call(listMisps as Handler, {})).status).toBe(401);
  });
});
