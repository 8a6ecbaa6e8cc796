import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "./fixtures";

const API_KEY = /^pk_live_[A-Za-z0-9_-]{43}$/;

test("journey 4: a partner with an approved policy generates a key shown once, sees it listed without the secret, and deactivates it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, DEMO.authPartner);
  await expectAccessible(page);
  await page.getByRole("link", { name: "API keys" }).first().click();
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expectAccessible(page);

  const label = unique("e2e-branch");
  await page.getByRole("form", { name: "Generate an API key" }).getByLabel("Policy").selectOption({ index: 1 });
  const policyName = (await page.getByRole("form", { name: "Generate an API key" }).getByLabel("Policy").locator("option:checked").textContent())!.replace(/ \(.*\)$/, "");
  await page.getByRole("form", { name: "Generate an API key" }).getByLabel("Label").fill(label);
  await page.getByRole("button", { name: "Generate key" }).click();

  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This is the only time it is shown");
  const secret = await page.getByTestId("secret-value").inputValue();
  expect(secret).toMatch(API_KEY);
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog).toContainText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await dialog.getByRole("button", { name: "I have copied it" }).click();
  await expect(dialog).toBeHidden();

  // Listed with its fragments, never the secret: not in the page, not after a reload, not through the API.
  const row = page.getByRole("row").filter({ hasText: label });
  await expect(row).toContainText(`${secret.slice(0, 12)}…${secret.slice(-4)}`);
  await expect(row).toContainText(policyName);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await page.reload();
  expect(await page.content()).not.toContain(secret.slice(12, -4));
  const token = await apiToken(baseURL!, DEMO.authPartner);
  const listed = await (await fetch(`${baseURL}/v1/partnermanager/partner-api-keys/v2?apiKeyLabel=${label}`, { headers: { authorization: `Bearer ${token}` } })).text();
  expect(listed).toContain(label);
  expect(listed).not.toContain(secret.slice(12, -4));

  // Deactivation asks first, then the row says so.
  await page.getByRole("row").filter({ hasText: label }).getByRole("button", { name: `Deactivate API key “${label}”` }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("refused from their very next call");
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: label })).toContainText("Deactivated");
});

test("a label already used for the policy is refused beside the field, and the form keeps the other values", async ({ page }) => {
  await signIn(page, DEMO.authPartner);
  await page.goto("/api-keys");
  const label = unique("e2e-dup");
  for (let i = 0; i < 2; i++) {
    await page.getByRole("form", { name: "Generate an API key" }).getByLabel("Policy").selectOption({ index: 1 });
    await page.getByRole("form", { name: "Generate an API key" }).getByLabel("Label").fill(label);
    await page.getByRole("button", { name: "Generate key" }).click();
    if (i === 0) await page.getByRole("dialog").getByRole("button", { name: "I have copied it" }).click();
  }
  await expect(page.getByText(`An API key labelled “${label}” already exists for this policy`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Generate an API key" }).getByLabel("Label")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("the REST API generates a key at MOSIP's path, shows it once, and refuses an unapproved policy with PMS_PRT_109", async ({ baseURL }) => {
  const token = await apiToken(baseURL!, DEMO.authPartner);
  const call = (body: unknown) =>
    fetch(`${baseURL}/v1/partnermanager/partners/demo-bank/generate/apikey`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ id: "mosip.partner.apikey", version: "1.0", requesttime: new Date().toISOString(), request: body }),
    });
  const refused = await call({ policyName: "no-such-policy", label: "x" });
  expect(refused.status).toBe(422);
  expect(((await refused.json()) as { errors: { errorCode: string }[] }).errors[0]?.errorCode).toBe("PMS_PRT_109");
});
