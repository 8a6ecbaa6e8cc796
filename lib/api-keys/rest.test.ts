import { describe, expect, it } from "vitest";
import { POST as authenticate } from "@/app/v1/authmanager/authenticate/useridPwd/route";
import { PATCH as generate } from "@/app/v1/partnermanager/partners/[partnerId]/generate/apikey/route";
import { PATCH as changeStatus } from "@/app/v1/partnermanager/partners/[partnerId]/policy/[policyId]/apiKey/status/route";
import { GET as listV2 } from "@/app/v1/partnermanager/partner-api-keys/v2/route";
import { POST as verify } from "@/app/v1/partnermanager/keys/verify/route";
import { db } from "@/lib/db";
import { closeVerificationPool } from "@/lib/key-verification/pool";
import { API_KEY_PATTERN } from "@/lib/key-verification/secrets";
import { issueMispLicense } from "@/lib/misp/service";
import { createTestStaff, testActor, TEST_PASSWORD } from "@/tests/factories";
import { createActiveMispPartner, createKeyReadyPartner, createVerifierClient } from "@/tests/factories-keys";
import { afterAll } from "vitest";

afterAll(async () => {
  await closeVerificationPool();
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, { method = "GET", path, body, token, params = {} }: { method?: string; path: string; body?: unknown; token?: string; params?: Record<string, string> }) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.6.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const response = await handler(new Request(`http://portal.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { response: Record<string, unknown> | null; errors: { errorCode: string; message: string }[] } };
}

async function tokenFor(userName: string) {
  const result = await call(authenticate as Handler, { method: "POST", path: "/auth", body: { request: { userName, password: TEST_PASSWORD, appId: "partner" } } });
  return (result.json.response as { token: string }).token;
}

async function staffToken() {
  const staff = await createTestStaff(["PARTNER_ADMIN"]);
  return tokenFor(staff.email);
}

describe("REST: API keys at MOSIP's paths", () => {
  it("generates a key (shown once), lists it without the secret, deactivates it, and the verifier sees it at once", async () => {
    const { partner, policy } = await createKeyReadyPartner();
    const token = await tokenFor(partner.email);
    const generated = await call(generate as Handler, {
      method: "PATCH",
      path: `/v1/partnermanager/partners/${partner.id}/generate/apikey`,
      params: { partnerId: partner.id },
      token,
      body: { id: "mosip.partner.apikey", version: "1.0", requesttime: new Date().toISOString(), request: { policyName: policy.name, label: "branch-app" } },
    });
    expect(generated.status).toBe(200);
    const apiKey = generated.json.response!.apiKey as string;
    expect(apiKey).toMatch(API_KEY_PATTERN);
    expect(generated.json.response).toMatchObject({ label: "branch-app", policyId: policy.id, partnerId: partner.id });

    const listed = await call(listV2 as Handler, { path: "/v1/partnermanager/partner-api-keys/v2?sortFieldName=createdDateTime&sortType=DESC&pageNo=0&pageSize=8", token });
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(apiKey);
    expect(listed.text).not.toContain(apiKey.slice(8));
    expect(listed.json.response).toMatchObject({ pageNo: 0, pageSize: 8, totalResults: 1, data: [{ partnerId: partner.id, apiKeyLabel: "branch-app", policyName: policy.name, status: "activated" }] });

    const misp = await createActiveMispPartner();
    const { secret: mispLicenseKey } = await issueMispLicense(misp.partner.id, {}, testActor());
    const client = await createVerifierClient();
    const verifyOnce = async () =>
      (await call(verify as unknown as Handler, { method: "POST", path: "/v1/partnermanager/keys/verify", token: client.token, body: { request: { mispLicenseKey, partnerId: partner.id, apiKey } } })).json.response;
    expect(await verifyOnce()).toMatchObject({ valid: true, policyName: policy.name });

    const statusPath = `/v1/partnermanager/partners/${partner.id}/policy/${policy.id}/apiKey/status`;
    const deactivated = await call(changeStatus as Handler, { method: "PATCH", path: statusPath, params: { partnerId: partner.id, policyId: policy.id }, token, body: { request: { label: "branch-app", status: "De-Active" } } });
    expect(deactivated.status).toBe(200);
    expect(await verifyOnce()).toMatchObject({ valid: false, reason: "KEY_DEACTIVATED" });

    const again = await call(changeStatus as Handler, { method: "PATCH", path: statusPath, params: { partnerId: partner.id, policyId: policy.id }, token, body: { request: { label: "branch-app", status: "De-Active" } } });
    expect(again.status).toBe(409);
    expect(again.json.errors[0]?.errorCode).toBe("PMS_PMS_022");
    const reactivate = await call(changeStatus as Handler, { method: "PATCH", path: statusPath, params: { partnerId: partner.id, policyId: policy.id }, token, body: { request: { label: "branch-app", status: "Active" } } });
    expect(reactivate.status).toBe(409);
  });

  it("answers MOSIP's codes: PMS_PRT_109 without an approved request, PMS_PRT_110 for a taken label", async () => {
    const { partner, policy } = await createKeyReadyPartner();
    const token = await tokenFor(partner.email);
    const path = `/v1/partnermanager/partners/${partner.id}/generate/apikey`;
    const missing = await call(generate as Handler, { method: "PATCH", path, params: { partnerId: partner.id }, token, body: { request: { policyName: "no-such-policy", label: "a" } } });
    expect([missing.status, missing.json.errors[0]?.errorCode]).toEqual([422, "PMS_PRT_109"]);
    await call(generate as Handler, { method: "PATCH", path, params: { partnerId: partner.id }, token, body: { request: { policyName: policy.name, label: "a" } } });
    const taken = await call(generate as Handler, { method: "PATCH", path, params: { partnerId: partner.id }, token, body: { request: { policyName: policy.name, label: "a" } } });
    expect([taken.status, taken.json.errors[0]?.errorCode]).toEqual([409, "PMS_PRT_110"]);
    const bad = await call(generate as Handler, { method: "PATCH", path, params: { partnerId: partner.id }, token, body: { request: { policyName: policy.name, label: "" } } });
    expect(bad.status).toBe(400);
  });

  it("keeps partners out of each other's keys: generate, status and list", async () => {
    const owner = await createKeyReadyPartner();
    const intruder = await createKeyReadyPartner();
    const ownerToken = await tokenFor(owner.partner.email);
    const intruderToken = await tokenFor(intruder.partner.email);
    await call(generate as Handler, {
      method: "PATCH",
      path: `/v1/partnermanager/partners/${owner.partner.id}/generate/apikey`,
      params: { partnerId: owner.partner.id },
      token: ownerToken,
      body: { request: { policyName: owner.policy.name, label: "private" } },
    });

    const foreignGenerate = await call(generate as Handler, {
      method: "PATCH",
      path: `/v1/partnermanager/partners/${owner.partner.id}/generate/apikey`,
      params: { partnerId: owner.partner.id },
      token: intruderToken,
      body: { request: { policyName: owner.policy.name, label: "sneaky" } },
    });
    expect(foreignGenerate.status).toBe(404);
    const foreignStatus = await call(changeStatus as Handler, {
      method: "PATCH",
      path: "/x",
      params: { partnerId: owner.partner.id, policyId: owner.policy.id },
      token: intruderToken,
      body: { request: { label: "private", status: "De-Active" } },
    });
    expect(foreignStatus.status).toBe(404);
    expect((await db.apiKey.findFirstOrThrow({ where: { partnerId: owner.partner.id } })).status).toBe("ACTIVE");

    const foreignList = await call(listV2 as Handler, { path: `/v1/partnermanager/partner-api-keys/v2?partnerId=${owner.partner.id}`, token: intruderToken });
    expect(foreignList.json.response).toMatchObject({ totalResults: 0, data: [] });

    const admin = await staffToken();
    const adminList = await call(listV2 as Handler, { path: `/v1/partnermanager/partner-api-keys/v2?partnerId=${owner.partner.id}`, token: admin });
    expect(adminList.json.response).toMatchObject({ totalResults: 1 });
    const adminStatus = await call(changeStatus as Handler, {
      method: "PATCH",
      path: "/x",
      params: { partnerId: owner.partner.id, policyId: owner.policy.id },
      token: admin,
      body: { request: { label: "private", status: "De-Active" } },
    });
    expect(adminStatus.status).toBe(200);
    // An admin cannot generate keys for a partner (MOSIP: partner roles only).
    const adminGenerate = await call(generate as Handler, { method: "PATCH", path: "/x", params: { partnerId: owner.partner.id }, token: admin, body: { request: { policyName: owner.policy.name, label: "adm" } } });
    expect(adminGenerate.status).toBe(403);
  });
});
