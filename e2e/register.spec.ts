import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, unique } from "./fixtures";

test("a visitor registers a partner, lands on the dashboard with the next step, and can sign in again", async ({ page }) => {
  const partnerId = unique("e2e-bank");
  const email = `${partnerId}@e2e.test`;
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Register a partner" }).click();
  await expect(page.getByRole("heading", { name: "Register a partner" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Partner ID").fill(partnerId);
  await page.getByLabel("Organisation name").fill("E2E Bank PLC");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Contact number").fill("+15550123");
  await page.getByLabel("Address").fill("10 Journey Street");
  await page.getByLabel("Partner type").selectOption("AUTH_PARTNER");
  await page.getByLabel("Policy group").selectOption({ label: "mpolicygroup-default-auth" });
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await page.getByLabel("Confirm password").fill("A-strong-password-1");
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByTestId("next-step")).toContainText("E2E Bank PLC");
  await expect(page.getByTestId("header-organisation")).toHaveText("E2E Bank PLC");
  await expectAccessible(page);

  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
  await signIn(page, partnerId, "A-strong-password-1");
});

test("bad registration input shows the right field errors, and a taken partner id is refused on its field", async ({ page }) => {
  await page.goto("/terms");
  await expect(page.getByRole("heading", { name: "Terms of use" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/register");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.locator("#partnerId-error")).toContainText("At least 3 characters");
  await expect(page.locator("#email-error")).toContainText("valid email");
  await expect(page.locator("#acceptTerms-error")).toContainText("accept the terms");

  await page.getByLabel("Partner ID").fill("has space");
  await page.getByLabel("Contact number").fill("12");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.locator("#partnerId-error")).toContainText("no spaces");
  await expect(page.locator("#contactNumber-error")).toContainText("phone number");
  await expect(page.locator("#password-error")).toContainText("12 to 128");
  await expect(page.locator("#confirmPassword-error")).toContainText("do not match");
  await expectAccessible(page);

  // Server-side refusal: the demo partner id exists already.
  await page.getByLabel("Partner ID").fill("demo-devices");
  await page.getByLabel("Organisation name").fill("Someone Else");
  await page.getByLabel("Email").fill(`${unique("dup")}@e2e.test`);
  await page.getByLabel("Contact number").fill("+15550124");
  await page.getByLabel("Address").fill("1 Duplicate Road");
  await page.getByLabel("Partner type").selectOption("DEVICE_PROVIDER");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await page.getByLabel("Confirm password").fill("A-strong-password-1");
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.locator("#partnerId-error")).toContainText("demo-devices is already taken");
});
