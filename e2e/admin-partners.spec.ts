import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, unique } from "./fixtures";

test("an admin finds a newly registered partner and deactivates it; its open session is refused at the next click", async ({ browser }) => {
  // The partner registers and keeps its session open in its own browser context.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  const partnerId = unique("e2e-dev");
  await partnerPage.goto("/register");
  await partnerPage.getByLabel("Partner ID").fill(partnerId);
  await partnerPage.getByLabel("Organisation name").fill("E2E Devices Ltd");
  await partnerPage.getByLabel("Email").fill(`${partnerId}@e2e.test`);
  await partnerPage.getByLabel("Contact number").fill("+15550125");
  await partnerPage.getByLabel("Address").fill("5 Sensor Way");
  await partnerPage.getByLabel("Partner type").selectOption("DEVICE_PROVIDER");
  await partnerPage.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await partnerPage.getByLabel("Confirm password").fill("A-strong-password-1");
  await partnerPage.getByLabel("I accept the terms of use").check();
  await partnerPage.getByRole("button", { name: "Register" }).click();
  await expect(partnerPage).toHaveURL(/\/dashboard/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Partners" }).first().click();
  await expect(admin.getByRole("heading", { name: "Partners" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Partner ID").fill(partnerId);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByTestId("table-range")).toContainText("1–1 of 1");
  await admin.getByRole("link", { name: partnerId }).click();
  await expect(admin.getByRole("heading", { name: `Partner ${partnerId}` })).toBeVisible();
  await expectAccessible(admin);

  await admin.getByRole("button", { name: "Deactivate partner" }).click();
  await expect(admin.getByRole("dialog")).toContainText("signed out at once");
  await admin.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "is deactivated" })).toBeVisible();
  await expect(admin.getByText("Deactivated", { exact: true }).first()).toBeVisible();

  // The partner's next click is refused: the session no longer resolves, so the dashboard sends it to sign in.
  await partnerPage.reload();
  await expect(partnerPage).toHaveURL(/\/login/);
  await partnerPage.getByLabel(/email or username/i).fill(partnerId);
  await partnerPage.getByLabel(/^password/i).fill("A-strong-password-1");
  await partnerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(partnerPage.getByRole("alert").filter({ hasText: "deactivated" })).toBeVisible();

  // Sorting and paging controls answer.
  await admin.goto("/admin/partners?size=16&sort=organizationName&dir=asc");
  await expect(admin.getByRole("columnheader", { name: /Organisation/ })).toHaveAttribute("aria-sort", "ascending");
  await partnerContext.close();
  await adminContext.close();
});
