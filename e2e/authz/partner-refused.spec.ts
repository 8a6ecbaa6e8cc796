import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn } from "../fixtures";

test("a partner opening an admin page gets the no-access page", async ({ page }) => {
  await signIn(page, DEMO.deviceProvider);
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Partners" })).toHaveCount(0);
  const response = await page.goto("/admin/partners");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  await expectAccessible(page);
  const pm = await page.goto("/policy-manager");
  expect(pm?.status()).toBe(403);
});

test("a partner calling admin REST routes is refused with KER-ATH-403, with its token or its browser session", async ({ page, baseURL }) => {
  const token = await apiToken(baseURL!, DEMO.deviceProvider);
  const list = await fetch(`${baseURL}/v1/partnermanager/admin-partners`, { headers: { authorization: `Bearer ${token}` } });
  expect(list.status).toBe(403);
  expect(((await list.json()) as { errors: { errorCode: string }[] }).errors[0]?.errorCode).toBe("KER-ATH-403");

  const patch = await fetch(`${baseURL}/v1/partnermanager/partners/demo-bank`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ request: { status: "De-Active" } }),
  });
  expect(patch.status).toBe(403);

  await signIn(page, DEMO.deviceProvider);
  const viaBrowser = await page.request.get("/v1/partnermanager/admin-partners");
  expect(viaBrowser.status()).toBe(403);

  const anonymous = await fetch(`${baseURL}/v1/partnermanager/admin-partners`);
  expect(anonymous.status).toBe(401);
});

test("the language switch turns the page to Arabic, right to left, and is remembered for the account", async ({ page }) => {
  await signIn(page, DEMO.ftmProvider);
  await page.getByTestId("language-switcher").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expectAccessible(page);
  await page.context().clearCookies();
  await signIn(page, DEMO.ftmProvider).catch(() => undefined);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a wrong password is refused with a clear message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel(/email or username/i).fill(DEMO.mispPartner);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not correct" })).toBeVisible();
  await expectAccessible(page);
  const response = await page.goto("/dashboard");
  expect(page.url()).toContain("/login");
  expect(response?.ok()).toBe(true);
});
