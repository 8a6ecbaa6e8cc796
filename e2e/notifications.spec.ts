// Journey 11: decisions reach the partner in the bell, on the list page and by email; subscribed systems receive signed events.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { verifySignature } from "../lib/webhooks/signature";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "./fixtures";

const PASSWORD = "A-strong-password-1";
// The app under test has no SMTP_URL, so its worker writes each email as an .eml file here (docs/notifications.md).
const MAIL_DIR = path.resolve(process.env.MAIL_CAPTURE_DIR ?? ".data/mail");

async function registerPartner(browser: Browser, type = "DEVICE_PROVIDER"): Promise<{ partnerId: string; email: string; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const partnerId = unique("e2e-notif");
  const email = `${partnerId}@e2e.test`;
  await page.goto("/register");
  await page.getByLabel("Partner ID").fill(partnerId);
  await page.getByLabel("Organisation name").fill("E2E Notified Ltd");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Contact number").fill("+15550126");
  await page.getByLabel("Address").fill("7 Bell Street");
  await page.getByLabel("Partner type").selectOption(type);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  return { partnerId, email, page };
}

async function setPartnerStatus(baseURL: string, token: string, partnerId: string, status: "De-Active" | "Active") {
  const response = await fetch(`${baseURL}/v1/partnermanager/partners/${partnerId}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ request: { status } }),
  });
  expect(response.status).toBe(200);
}

function mailsTo(address: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(MAIL_DIR).filter((f) => f.endsWith(".eml") && f.includes(address));
  } catch {
    return [];
  }
  return files.sort().map((f) => readFileSync(path.join(MAIL_DIR, f), "utf8"));
}

test("a partner admin's decisions reach the partner in the bell, on the notifications page and by email", async ({ browser, baseURL }) => {
  const { partnerId, email, page } = await registerPartner(browser);
  const admin = await apiToken(baseURL!, DEMO.admin);
  await setPartnerStatus(baseURL!, admin, partnerId, "De-Active");
  await setPartnerStatus(baseURL!, admin, partnerId, "Active");

  // Deactivation ended the partner's session; it signs in again and finds the bell marked.
  await page.goto("/dashboard");
  await signIn(page, partnerId, PASSWORD);
  await expect(page.getByTestId("notification-dot")).toBeVisible();
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
  await bell.click();
  const items = page.getByTestId("notification-bell-items");
  await expect(items.getByText("Partner reactivated")).toBeVisible();
  await expect(items.getByText("Partner deactivated")).toBeVisible();
  await expectAccessible(page);
  // Opening the bell marks what it shows as read.
  await expect(page.getByTestId("notification-dot")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(items).toBeHidden();
  await expect(bell).toBeFocused();

  await bell.click();
  await page.getByRole("link", { name: "View all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(page.getByTestId("table-range")).toContainText("1–2 of 2");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Dismiss: Partner deactivated" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Notification dismissed." })).toBeVisible();
  await expect(page.getByTestId("table-range")).toContainText("1–1 of 1");
  await page.getByLabel("Status").selectOption("DISMISSED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("cell", { name: /Partner deactivated/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Dismissed" })).toBeVisible();

  // The emails, sent by the worker after commit, in the user's language (English here).
  await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBe(2);
  const mails = mailsTo(email).join("\n");
  expect(mails).toContain(`Subject: Your partner ${partnerId} has been deactivated`);
  expect(mails).toContain(`Subject: Your partner ${partnerId} has been reactivated`);
  expect(mails).toContain("Content-Language: en");
  await page.context().close();
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

test("an admin subscribes a system to PARTNER_UPDATED; it receives signed events and the delivery log shows them", async ({ browser, baseURL }) => {
  const received: Received[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/portal-events`;
  const name = unique("IDA");

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New subscription" }).click();
  await expectAccessible(page);

  // Bad input is refused on its fields.
  await page.getByRole("button", { name: "Create subscription" }).click();
  await expect(page.locator("#name-error")).toContainText("required");
  await expect(page.locator("#events-error")).toContainText("at least one event");
  await page.getByLabel("URL").fill("ftp://example.org");
  await page.getByRole("button", { name: "Create subscription" }).click();
  await expect(page.locator("#url-error")).toContainText("http:// or https://");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("URL").fill(url);
  await page.getByLabel(/Partner updated/).check();
  await page.getByRole("button", { name: "Create subscription" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Done" }).click();
  await expect(page.getByTestId("webhook-subscriptions")).toContainText(name);

  const { partnerId } = await registerPartner(browser);
  await expect.poll(() => received.filter((r) => r.body.includes(partnerId)).length, { timeout: 20_000 }).toBe(1);
  const event = received.find((r) => r.body.includes(partnerId))!;
  expect(event.headers["x-portal-event"]).toBe("PARTNER_UPDATED");
  expect(verifySignature(secret, event.headers["x-portal-signature"] as string, event.body)).toBe(true);
  expect(verifySignature("whsec_wrong", event.headers["x-portal-signature"] as string, event.body)).toBe(false);
  expect(JSON.parse(event.body)).toMatchObject({ topic: "PARTNER_UPDATED", event: { data: { partnerId, status: "PENDING_CERTIFICATE" } } });

  await page.reload();
  await page.getByLabel("Subscription", { exact: true }).selectOption({ label: name });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("cell", { name: "Delivered" }).first()).toBeVisible();
  await expectAccessible(page);

  // Clean up: delete the subscription (its log goes with it).
  await page.getByRole("button", { name: `Delete: ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Subscription deleted." })).toBeVisible();
  await context.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
