import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "../fixtures";

interface Envelope {
  response: unknown;
  errors: { errorCode: string }[];
}

async function call(baseURL: string, method: string, path: string, token: string, request?: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: request === undefined ? undefined : JSON.stringify({ id: "e2e", version: "1.0", requesttime: new Date().toISOString(), request }),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}

test("a partner cannot approve its own policy request through the REST API, nor author policies", async ({ baseURL }) => {
  const manager = await apiToken(baseURL!, DEMO.policyManager);
  const partner = await apiToken(baseURL!, DEMO.authPartner);
  const admin = await apiToken(baseURL!, DEMO.admin);
  const policyName = unique("authz-policy");
  const created = await call(baseURL!, "POST", "/v1/policymanager/policies", manager, {
    policyGroupName: "mpolicygroup-default-auth",
    policyType: "Auth",
    name: policyName,
    desc: "authz test",
    policies: { authTokenType: "random", allowedAuthTypes: [{ authType: "otp", authSubType: "", mandatory: false }], allowedKycAttributes: [] },
  });
  expect(created.status).toBe(200);
  const { id, policyGroupId } = created.body.response as { id: string; policyGroupId: string };
  expect((await call(baseURL!, "POST", `/v1/policymanager/policies/${id}/group/${policyGroupId}/publish`, manager)).status).toBe(200);

  const requested = await call(baseURL!, "POST", "/v1/partnermanager/partners/demo-bank/policy/map", partner, { policyName, useCaseDescription: "authz test" });
  expect(requested.status).toBe(200);
  const { mappingkey } = requested.body.response as { mappingkey: string };

  const selfApproval = await call(baseURL!, "PUT", `/v1/partnermanager/partners/policy/${mappingkey}`, partner, { status: "Approved" });
  expect(selfApproval.status).toBe(403);
  expect(selfApproval.body.errors[0]?.errorCode).toBe("KER-ATH-403");
  const byManager = await call(baseURL!, "PUT", `/v1/partnermanager/partners/policy/${mappingkey}`, manager, { status: "Approved" });
  expect(byManager.status).toBe(403);
  const mine = await call(baseURL!, "GET", `/v1/partnermanager/partner-policy-requests?policyName=${policyName}`, partner);
  expect((mine.body.response as { data: { id: string; status: string }[] }).data).toEqual([expect.objectContaining({ id: mappingkey, status: "InProgress" })]);

  // Authoring is the policy manager's: a partner and a partner admin are refused.
  for (const token of [partner, admin]) {
    const write = await call(baseURL!, "POST", "/v1/policymanager/policies/group/new", token, { name: unique("x"), desc: "x" });
    expect(write.status).toBe(403);
    const patch = await call(baseURL!, "PATCH", `/v1/policymanager/policies/${id}`, token, { status: "De-Activate" });
    expect(patch.status).toBe(403);
  }
  // Requesting for another partner is "not found", never a way in.
  const other = await call(baseURL!, "POST", "/v1/partnermanager/partners/demo-print/policy/map", partner, { policyName, useCaseDescription: "x" });
  expect(other.status).toBe(404);
});

test("policy pages refuse the wrong roles", async ({ page }) => {
  await signIn(page, DEMO.authPartner);
  for (const path of ["/policy-manager", "/policy-manager/policies", "/policy-manager/policies/new", "/admin/policy-requests"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, DEMO.policyManager);
  expect((await page.goto("/admin/policy-requests"))?.status()).toBe(403);
  expect((await page.goto("/policies"))?.status()).toBe(403);
});
