import { expect, test } from "@playwright/test";
import { makeHierarchy } from "../../lib/pki/testing";
import { apiToken, DEMO, expectAccessible, signIn } from "../fixtures";

type Envelope = { response: unknown; errors: { errorCode: string; message: string }[] };

async function post(baseURL: string, path: string, token: string | null, request: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ id: "e2e", version: "1.0", requesttime: new Date().toISOString(), request }),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}

test("a partner cannot touch the trust store, by page, route or REST", async ({ page, baseURL }) => {
  const token = await apiToken(baseURL!, DEMO.authPartner);
  const h = await makeHierarchy({ organization: "Nobody" });
  const upload = await post(baseURL!, "/v1/partnermanager/partners/certificate/ca/upload", token, { certificateData: h.root.pem, partnerDomain: "AUTH" });
  expect(upload.status).toBe(403);
  expect(upload.body.errors[0]?.errorCode).toBe("KER-ATH-403");
  const list = await fetch(`${baseURL}/v1/partnermanager/trust-chain-certificates`, { headers: { authorization: `Bearer ${token}` } });
  expect(list.status).toBe(403);
  const anonymous = await post(baseURL!, "/v1/partnermanager/partners/certificate/ca/upload", null, { certificateData: h.root.pem, partnerDomain: "AUTH" });
  expect(anonymous.status).toBe(401);

  await signIn(page, DEMO.authPartner);
  await expect(page.getByRole("link", { name: "Trust store" })).toHaveCount(0);
  const response = await page.goto("/admin/trust-store");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
  const download = await page.request.get("/admin/trust-store/00000000-0000-0000-0000-000000000000/download?format=pem");
  expect(download.status()).toBe(404);
});

test("a partner cannot upload for another partner, nor read another partner's certificates", async ({ baseURL }) => {
  const token = await apiToken(baseURL!, DEMO.deviceProvider);
  const h = await makeHierarchy({ organization: "Demo Bank Ltd" });
  const upload = await post(baseURL!, "/v1/partnermanager/partners/certificate/upload", token, { partnerId: "demo-bank", certificateData: h.leaf.pem, partnerDomain: "AUTH" });
  expect(upload.status).toBe(404);
  expect(upload.body.errors[0]?.errorCode).toBe("PMS_PRT_005");
  for (const path of ["certificate", "certificate-data"]) {
    const read = await fetch(`${baseURL}/v1/partnermanager/partners/demo-bank/${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(404);
  }
  const anonymous = await post(baseURL!, "/v1/partnermanager/partners/certificate/upload", null, { partnerId: "demo-bank", certificateData: h.leaf.pem, partnerDomain: "AUTH" });
  expect(anonymous.status).toBe(401);
});

test("staff without a partner have no certificate page, and cannot upload a partner certificate", async ({ page, baseURL }) => {
  await signIn(page, DEMO.admin);
  const response = await page.goto("/certificate");
  expect(response?.status()).toBe(403);
  const token = await apiToken(baseURL!, DEMO.policyManager);
  const h = await makeHierarchy({ organization: "Demo Bank Ltd" });
  const upload = await post(baseURL!, "/v1/partnermanager/partners/certificate/upload", token, { partnerId: "demo-bank", certificateData: h.leaf.pem, partnerDomain: "AUTH" });
  expect(upload.status).toBe(403);
  const own = await page.request.get("/certificate/download?which=signed");
  expect(own.status()).toBe(404);
});
