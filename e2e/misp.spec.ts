import { expect, test, type Page } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "./fixtures";

async function readSecret(page: Page): Promise<string> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This is the only time it is shown");
  const secret = await page.getByTestId("secret-value").inputValue();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "I have copied it" }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

async function verify(baseURL: string, token: string, request: Record<string, string>) {
  const response = await fetch(`${baseURL}/v1/partnermanager/keys/verify`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ id: "mosip.keys.verify", version: "1.0", requesttime: new Date().toISOString(), request }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { response: Record<string, unknown> }).response;
}

test("journey 5: a MISP holds a license, a service client verifies the triple and gets the policy, and deactivations bite at once", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);

  // The admin creates the downstream service client: id and secret shown once.
  await admin.getByRole("link", { name: "Service clients" }).click();
  await expect(admin.getByRole("heading", { name: "Service clients", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  const clientId = unique("e2e-ida");
  await admin.getByRole("textbox", { name: "Name", exact: true }).fill("ID authentication (end-to-end)");
  await admin.getByRole("textbox", { name: "Client ID", exact: true }).fill(clientId);
  await admin.getByRole("button", { name: "Create client" }).click();
  await expect(admin.getByTestId("secret-detail")).toHaveText(clientId);
  const clientSecret = await readSecret(admin);
  await expect(admin.getByRole("row").filter({ hasText: clientId })).toContainText("keys.verify");

  // The admin issues the MISP's license key (replacing any earlier one): 50 characters, shown once.
  await admin.getByRole("link", { name: "MISP licenses" }).click();
  await expect(admin.getByRole("heading", { name: "MISP license keys", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("MISP partner ID").fill("demo-misp");
  await admin.getByLabel("Replace its current key if it has one").check();
  await admin.getByRole("button", { name: "Issue license key" }).click();
  const mispLicenseKey = await readSecret(admin);
  expect(mispLicenseKey).toMatch(/^[0-9A-Za-z]{50}$/);

  // Issuing again without "replace" is refused: one active key per MISP.
  await admin.getByLabel("MISP partner ID").fill("demo-misp");
  await admin.getByRole("button", { name: "Issue license key" }).click();
  await expect(admin.getByText("already holds an active license key")).toBeVisible();

  // The MISP sees status and expiry, never the key.
  const mispContext = await browser.newContext();
  const misp = await mispContext.newPage();
  await signIn(misp, DEMO.mispPartner);
  await misp.getByRole("link", { name: "MISP license" }).click();
  await expect(misp.getByTestId("misp-current")).toContainText("Active");
  await expect(misp.getByTestId("misp-current")).toContainText(mispLicenseKey.slice(-4));
  expect(await misp.content()).not.toContain(mispLicenseKey.slice(4, -4));
  await expectAccessible(misp);

  // The authentication partner generates its key.
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await signIn(partner, DEMO.authPartner);
  await partner.goto("/api-keys");
  const label = unique("e2e-verify");
  await partner.getByRole("form", { name: "Generate an API key" }).getByLabel("Policy").selectOption({ index: 1 });
  await partner.getByRole("form", { name: "Generate an API key" }).getByLabel("Label").fill(label);
  await partner.getByRole("button", { name: "Generate key" }).click();
  const apiKey = await readSecret(partner);

  // The service client signs in (MOSIP's clientidsecretkey) and verifies the triple.
  const signInResponse = await fetch(`${baseURL}/v1/authmanager/authenticate/clientidsecretkey`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id: "mosip.io.clientId.pwd", version: "1.0", requesttime: new Date().toISOString(), request: { clientId, secretKey: clientSecret, appId: "ida" } }),
  });
  expect(signInResponse.status).toBe(200);
  const clientToken = ((await signInResponse.json()) as { response: { token: string } }).response.token;
  const triple = { mispLicenseKey, partnerId: "demo-bank", apiKey };
  const valid = await verify(baseURL!, clientToken, triple);
  expect(valid).toMatchObject({ valid: true, partnerId: "demo-bank", policyName: expect.any(String), policy: expect.objectContaining({ allowedAuthTypes: expect.any(Array) }) });

  // A user token is not a service client: refused.
  const userToken = await apiToken(baseURL!, DEMO.mispPartner);
  const asUser = await fetch(`${baseURL}/v1/partnermanager/keys/verify`, { method: "POST", headers: { authorization: `Bearer ${userToken}` }, body: JSON.stringify({ request: triple }) });
  expect(asUser.status).toBe(403);

  // The admin deactivates the API key from the list of all keys: the very next verification says so.
  await admin.goto(`/admin/api-keys?label=${label}`);
  await expectAccessible(admin);
  await admin.getByRole("row").filter({ hasText: label }).getByRole("button", { name: `Deactivate API key “${label}”` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("row").filter({ hasText: label })).toContainText("Deactivated");
  expect(await verify(baseURL!, clientToken, triple)).toMatchObject({ valid: false, reason: "KEY_DEACTIVATED" });

  // Reissuing the license turns the old key away at once.
  const second = unique("e2e-verify2");
  await partner.goto("/api-keys");
  await partner.getByRole("form", { name: "Generate an API key" }).getByLabel("Policy").selectOption({ index: 1 });
  await partner.getByRole("form", { name: "Generate an API key" }).getByLabel("Label").fill(second);
  await partner.getByRole("button", { name: "Generate key" }).click();
  const secondKey = await readSecret(partner);
  expect(await verify(baseURL!, clientToken, { ...triple, apiKey: secondKey })).toMatchObject({ valid: true });
  await admin.goto("/admin/misp?partnerId=demo-misp&status=ACTIVE");
  await admin.getByRole("button", { name: "Reissue the license key of demo-misp" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Reissue" }).click();
  const reissued = await readSecret(admin);
  expect(await verify(baseURL!, clientToken, { ...triple, apiKey: secondKey })).toMatchObject({ valid: false, reason: "MISP_LICENSE_INVALID" });
  expect(await verify(baseURL!, clientToken, { mispLicenseKey: reissued, partnerId: "demo-bank", apiKey: secondKey })).toMatchObject({ valid: true });

  await Promise.all([adminContext.close(), mispContext.close(), partnerContext.close()]);
});
