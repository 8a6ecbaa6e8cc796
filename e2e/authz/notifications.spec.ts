// Authorization of the notifications domain: admin pages refuse partners and policy managers; the bell's data is the caller's own.
import { expect, test } from "@playwright/test";
import { apiToken, DEMO, expectAccessible, signIn } from "../fixtures";

test("a partner is refused the audit log, its export and the webhook pages", async ({ page }) => {
  await signIn(page, DEMO.deviceProvider);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Webhooks" })).toHaveCount(0);
  for (const path of ["/admin/audit", "/admin/webhooks", "/admin/webhooks/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expectAccessible(page);
  const exported = await page.request.get("/admin/audit/export");
  expect(exported.status()).toBe(403);
  expect(((await exported.json()) as { errors: { errorCode: string }[] }).errors[0]?.errorCode).toBe("KER-ATH-403");
});

test("a policy manager is refused the audit log and webhooks, by page and by token", async ({ page, baseURL }) => {
  await signIn(page, DEMO.policyManager);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  expect((await page.goto("/admin/webhooks"))?.status()).toBe(403);
  expect((await page.request.get("/admin/audit/export")).status()).toBe(403);
  // Without a browser session the admin area only redirects to sign-in, whatever token is presented.
  const token = await apiToken(baseURL!, DEMO.policyManager);
  const exported = await fetch(`${baseURL}/admin/audit/export`, { headers: { authorization: `Bearer ${token}` }, redirect: "manual" });
  expect(exported.status).toBe(307);
  expect(exported.headers.get("location")).toContain("/login");
});

test("the bell's data needs a session and holds only the caller's notifications", async ({ page, baseURL }) => {
  const anonymous = await fetch(`${baseURL}/api/notifications`);
  expect(anonymous.status).toBe(401);
  await signIn(page, DEMO.ftmProvider);
  const own = await page.request.get("/api/notifications");
  expect(own.status()).toBe(200);
  const body = (await own.json()) as { response: { unread: number; items: { id: string }[] } };
  expect(Array.isArray(body.response.items)).toBe(true);
  // The notifications page lists the same user's notifications and nobody else's: a partner's page shows no admin summary.
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("Weekly summary");
  await expectAccessible(page);
});
