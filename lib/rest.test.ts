import { describe, expect, it } from "vitest";
import { POST as authenticate } from "@/app/v1/authmanager/authenticate/useridPwd/route";
import { POST as registerPartner } from "@/app/v1/partnermanager/partners/route";
import { GET as getPartner, PATCH as patchPartner } from "@/app/v1/partnermanager/partners/[partnerId]/route";
import { GET as adminPartners } from "@/app/v1/partnermanager/admin-partners/route";
import { createUser } from "@/lib/users/service";
import { createTestPartner, createTestStaff, testActor, TEST_PASSWORD, uniqueSuffix } from "@/tests/factories";
import { db } from "@/lib/db";

const BASE = "http://portal.test";

function call(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  { method = "GET", path, body, token, cookie, params = {}, rawBody }: { method?: string; path: string; body?: unknown; token?: string; cookie?: string; params?: Record<string, string>; rawBody?: string },
) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.5.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (cookie) headers.set("cookie", cookie);
  const request = new Request(`${BASE}${path}`, { method, headers, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
  return handler(request, { params: Promise.resolve(params) });
}

async function json(response: Response) {
  return (await response.json()) as { response: Record<string, unknown> | null; errors: { errorCode: string; message: string }[] };
}

async function tokenFor(userName: string, password = TEST_PASSWORD) {
  const response = await call(authenticate, { method: "POST", path: "/v1/authmanager/authenticate/useridPwd", body: { id: "x", version: "1.0", requesttime: new Date().toISOString(), request: { userName, password, appId: "partner" } } });
  const body = await json(response);
  expect(response.status).toBe(200);
  return body.response!.token as string;
}

describe("REST: authentication and the envelope", () => {
  it("issues a token that works as a Bearer header and as the Authorization cookie", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    const token = await tokenFor(partner.email);
    for (const auth of [{ token }, { cookie: `Authorization=${token}` }]) {
      const response = await call(getPartner, { path: `/v1/partnermanager/partners/${partner.id}`, params: { partnerId: partner.id }, ...auth });
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body.errors).toEqual([]);
      expect(body.response).toMatchObject({ partnerID: partner.id, partnerType: "Device_Provider", status: "InProgress" });
    }
  });

  it("answers 401 KER-ATH-401 without a token or with a bad one, 401 for a wrong password", async () => {
    for (const token of [undefined, "not-a-real-token"]) {
      const response = await call(adminPartners, { path: "/v1/partnermanager/admin-partners", token });
      expect(response.status).toBe(401);
      expect((await json(response)).errors[0]?.errorCode).toBe("KER-ATH-401");
    }
    const wrong = await call(authenticate, { method: "POST", path: "/x", body: { request: { userName: "nobody@test.local", password: "nope-nope-nope" } } });
    expect(wrong.status).toBe(401);
  });

  it("answers 403 KER-ATH-403 to a partner calling an admin route, and 404 for another partner's record", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    const other = await createTestPartner("FTM_PROVIDER");
    const token = await tokenFor(partner.email);
    const list = await call(adminPartners, { path: "/v1/partnermanager/admin-partners", token });
    expect(list.status).toBe(403);
    expect((await json(list)).errors[0]?.errorCode).toBe("KER-ATH-403");
    const patch = await call(patchPartner, { method: "PATCH", path: "/x", token, params: { partnerId: other.partner.id }, body: { request: { status: "De-Active" } } });
    expect(patch.status).toBe(403);
    const peek = await call(getPartner, { path: "/x", token, params: { partnerId: other.partner.id } });
    expect(peek.status).toBe(404);
  });

  it("refuses a body without `request`, invalid JSON, and names the bad field", async () => {
    const noRequest = await call(registerPartner, { method: "POST", path: "/x", body: { id: "x" } });
    expect(noRequest.status).toBe(400);
    expect((await json(noRequest)).errors[0]?.errorCode).toBe("PMS_REQUEST_ERROR_005");
    const broken = await call(registerPartner, { method: "POST", path: "/x", rawBody: "{not json" });
    expect(broken.status).toBe(400);
    const badEmail = await call(registerPartner, {
      method: "POST",
      path: "/x",
      body: { request: { partnerId: "x-1", organizationName: "X", address: "a", contactNumber: "+15550100", emailId: "not-an-email", partnerType: "Device_Provider", password: TEST_PASSWORD } },
    });
    expect(badEmail.status).toBe(400);
    expect((await json(badEmail)).errors[0]?.message).toContain("emailId");
  });
});

describe("REST: partners", () => {
  it("self-registers with MOSIP's fields and a password, then signs in", async () => {
    const suffix = uniqueSuffix();
    const response = await call(registerPartner, {
      method: "POST",
      path: "/v1/partnermanager/partners",
      body: {
        requesttime: new Date().toISOString(),
        request: { partnerId: `rest-${suffix}`, organizationName: "Rest Org", address: "Street 1", contactNumber: "+15550111", emailId: `rest-${suffix}@test.local`, partnerType: "Device_Provider", langCode: "eng", password: TEST_PASSWORD },
      },
    });
    expect(response.status).toBe(200);
    expect((await json(response)).response).toEqual({ partnerId: `rest-${suffix}`, status: "InProgress" });
    expect(await tokenFor(`rest-${suffix}@test.local`)).toBeTruthy();
  });

  it("registers the partner of a signed-in account that has none (MOSIP's flow)", async () => {
    const email = `acct-${uniqueSuffix()}@test.local`;
    await createUser({ email, password: TEST_PASSWORD, roles: ["FTM_PROVIDER"] }, testActor());
    const token = await tokenFor(email);
    const partnerId = `acct-${uniqueSuffix()}`;
    const response = await call(registerPartner, {
      method: "POST",
      path: "/x",
      token,
      body: { request: { partnerId, organizationName: "Chip Org", address: "Street 2", contactNumber: "+15550112", emailId: email, partnerType: "FTM_Provider", langCode: "eng" } },
    });
    expect(response.status).toBe(200);
    const membership = await db.partnerMembership.findFirst({ where: { partnerId }, include: { user: true } });
    expect(membership?.user.email).toBe(email);
  });

  it("an admin lists with MOSIP's filters and paging, and deactivates; the partner's token then stops working", async () => {
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const adminToken = await tokenFor(admin.email);
    const { partner } = await createTestPartner("MISP_PARTNER");
    const partnerToken = await tokenFor(partner.email);

    const list = await call(adminPartners, { path: `/v1/partnermanager/admin-partners?partnerId=${partner.id}&pageNo=0&pageSize=8&sortFieldName=orgName&sortType=ASC`, token: adminToken });
    const page = (await json(list)).response as { totalResults: number; data: { partnerId: string; partnerType: string }[] };
    expect(page.totalResults).toBe(1);
    expect(page.data[0]).toMatchObject({ partnerId: partner.id, partnerType: "MISP_Partner" });

    const unpaired = await call(adminPartners, { path: "/v1/partnermanager/admin-partners?pageNo=0", token: adminToken });
    expect(unpaired.status).toBe(400);

    const patch = await call(patchPartner, { method: "PATCH", path: "/x", token: adminToken, params: { partnerId: partner.id }, body: { request: { status: "De-Active" } } });
    expect(patch.status).toBe(200);
    const after = await call(getPartner, { path: "/x", token: partnerToken, params: { partnerId: partner.id } });
    expect(after.status).toBe(401);
    const twice = await call(patchPartner, { method: "PATCH", path: "/x", token: adminToken, params: { partnerId: partner.id }, body: { request: { status: "De-Active" } } });
    expect(twice.status).toBe(409);
    expect((await json(twice)).errors[0]?.errorCode).toBe("PMS_PM_063");
  });
});
