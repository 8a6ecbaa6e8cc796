import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn } from "../fixtures";

const json = (body: unknown) => ({ body: JSON.stringify({ request: body }) });

test("partners cannot open the admin key pages; a device provider has no API key page", async ({ page }) => {
  await signIn(page, DEMO.authPartner);
  for (const path of ["/admin/api-keys", "/admin/misp", "/admin/service-clients"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expectAccessible(page);
  await page.context().clearCookies();
  await signIn(page, DEMO.deviceProvider);
  await expect(page.getByRole("link", { name: "API keys" })).toHaveCount(0);
  expect((await page.goto("/api-keys"))?.status()).toBe(403);
  expect((await page.goto("/misp"))?.status()).toBe(403);
});

test("REST: a partner sees and changes only its own keys, and cannot issue MISP keys or verify", async ({ baseURL }) => {
  const bank = await apiToken(baseURL!, DEMO.authPartner);
  const printer = await apiToken(baseURL!, DEMO.credentialPartner);
  const headers = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

  // The credential partner asks for demo-bank's keys: it gets only its own (none of demo-bank's).
  const list = await fetch(`${baseURL}/v1/partnermanager/partner-api-keys/v2?partnerId=demo-bank`, { headers: headers(printer) });
  expect(list.status).toBe(200);
  expect(((await list.json()) as { response: { data: { partnerId: string }[] } }).response.data.every((row) => row.partnerId !== "demo-bank")).toBe(true);

  // Generating or deactivating for another partner is "not found".
  const generate = await fetch(`${baseURL}/v1/partnermanager/partners/demo-bank/generate/apikey`, { method: "PATCH", headers: headers(printer), body: JSON.stringify({ request: { policyName: "any", label: "x" } }) });
  expect(generate.status).toBe(404);
  const status = await fetch(`${baseURL}/v1/partnermanager/partners/demo-bank/policy/00000000-0000-4000-8000-000000000000/apiKey/status`, {
    method: "PATCH",
    headers: headers(printer),
    body: JSON.stringify({ request: { label: "demo-seeded", status: "De-Active" } }),
  });
  expect(status.status).toBe(404);

  // MISP licenses are the admin's; key verification is for service clients only.
  const issue = await fetch(`${baseURL}/v1/partnermanager/misps`, { method: "POST", headers: headers(bank), ...json({ providerId: "demo-misp" }) });
  expect(issue.status).toBe(403);
  const misps = await fetch(`${baseURL}/v1/partnermanager/misps`, { headers: headers(bank) });
  expect(misps.status).toBe(403);
  const verify = await fetch(`${baseURL}/v1/partnermanager/keys/verify`, { method: "POST", headers: headers(bank), ...json({ mispLicenseKey: "x", partnerId: "demo-bank", apiKey: "y" }) });
  expect(verify.status).toBe(403);
  const anonymous = await fetch(`${baseURL}/v1/partnermanager/keys/verify`, { method: "POST", ...json({ mispLicenseKey: "x", partnerId: "demo-bank", apiKey: "y" }) });
  expect(anonymous.status).toBe(401);

  // A service client cannot act as a user.
  const client = await fetch(`${baseURL}/v1/authmanager/authenticate/clientidsecretkey`, { method: "POST", ...json({ clientId: "nobody", secretKey: "wrong" }) });
  expect(client.status).toBe(401);
});
