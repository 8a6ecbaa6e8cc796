import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, unique } from "./fixtures";

async function as(browser: Browser, account: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("a policy manager creates a group and an auth policy and publishes it; a partner requests it; an admin approves; the partner sees it approved", async ({ browser }) => {
  test.setTimeout(120_000);
  const groupName = unique("e2e-group");
  const policyName = unique("e2e-auth");

  // The policy manager creates a group…
  const manager = await as(browser, DEMO.policyManager);
  await manager.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Policy groups" }).click();
  await expect(manager.getByRole("heading", { name: "Policy groups", level: 1 })).toBeVisible();
  await expectAccessible(manager);
  await manager.getByRole("link", { name: "New policy group" }).click();
  await manager.getByLabel("Group name").fill(groupName);
  await manager.getByLabel("Description").fill("Relying parties onboarded in the end-to-end test");
  await manager.getByRole("button", { name: "Create group" }).click();
  await expect(manager.getByRole("heading", { name: `Policy group ${groupName}` })).toBeVisible();
  await expectAccessible(manager);

  // …and an auth policy, with the form editor, in the group of the demo bank.
  await manager.goto("/policy-manager/policies/new");
  await expect(manager.getByRole("textbox", { name: /Policy JSON/ })).toBeVisible();
  await manager.getByLabel("Policy group").selectOption({ label: "mpolicygroup-default-auth" });
  await manager.getByLabel("Policy type").selectOption("Auth");
  await manager.getByLabel("Policy name").fill(policyName);
  await manager.getByLabel("Description").fill("OTP and fingerprint authentication with e-KYC of name and email");
  await manager.getByLabel("Token in responses").selectOption("policy");
  await manager.getByRole("button", { name: "Add an authentication type" }).click();
  await manager.getByLabel("Authentication type 2", { exact: true }).fill("bio");
  await manager.getByLabel("Biometric modality 2").selectOption("FINGER");
  await manager.getByRole("button", { name: "Add an attribute" }).click();
  await manager.getByLabel("e-KYC attribute 2", { exact: true }).fill("email");
  // The JSON editor follows the form, and the schema check passes.
  await expect(manager.getByRole("textbox", { name: /Policy JSON/ })).toContainText('"attributeName": "email"');
  await expect(manager.getByRole("textbox", { name: /Policy JSON/ })).toContainText('"authSubType": "FINGER"');
  await expect(manager.getByTestId("policy-problems")).toContainText("matches the Authentication schema");
  await expectAccessible(manager);
  await manager.getByRole("button", { name: "Save draft" }).click();
  await expect(manager.getByRole("heading", { name: policyName, level: 1 })).toBeVisible();
  await expect(manager.getByTestId("policy-status")).toHaveText("Draft");
  await expect(manager.getByTestId("policy-summary")).toContainText("fingerprint");
  await expectAccessible(manager);

  await manager.getByRole("button", { name: "Publish" }).click();
  await expect(manager.getByRole("dialog")).toContainText("cannot be changed");
  await manager.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
  await expect(manager.getByTestId("policy-status")).toHaveText("Published");
  await expect(manager.getByRole("link", { name: "Edit draft" })).toHaveCount(0);

  // The partner (made ACTIVE by the certificate seed) requests it with a use case.
  const partner = await as(browser, DEMO.authPartner);
  await partner.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Policies" }).click();
  await expect(partner.getByRole("heading", { name: "Policies", level: 1 })).toBeVisible();
  await expect(partner.getByTestId("partner-not-active")).toHaveCount(0);
  await expectAccessible(partner);
  await partner.getByRole("link", { name: policyName, exact: true }).click();
  await expect(partner.getByRole("heading", { name: `Policy ${policyName}`, level: 1 })).toBeVisible();
  await expect(partner.getByTestId("policy-summary")).toContainText("Demo Bank Ltd");
  await partner.getByLabel("Use case").fill("Remote account opening: fingerprint check and e-KYC of the customer's name and email.");
  await partner.getByRole("button", { name: "Request the policy" }).dblclick();
  await expect(partner.getByTestId("request-state")).toContainText("pending");
  await expect(partner.getByTestId("request-history").getByRole("listitem")).toHaveCount(1);
  await expectAccessible(partner);

  // The admin finds it in the queue (pending first) and approves it.
  const admin = await as(browser, DEMO.admin);
  await admin.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Policy requests" }).click();
  await expect(admin.getByRole("heading", { name: "Policy requests", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Policy", { exact: true }).fill(policyName);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByTestId("table-range")).toContainText("1–1 of 1");
  await admin.getByRole("link", { name: /demo-bank/ }).click();
  await expect(admin.getByTestId("use-case")).toContainText("Remote account opening");
  await expectAccessible(admin);
  await admin.getByLabel("Comment for the partner").fill("Approved for remote account opening.");
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Request approved" })).toBeVisible();
  await expect(admin.getByTestId("decided")).toContainText("approved");

  // The partner sees the decision and the admin's comment.
  await partner.reload();
  await expect(partner.getByTestId("request-state")).toContainText("approved");
  await expect(partner.getByTestId("request-history")).toContainText("Approved for remote account opening.");
  await partner.goto("/policies/requests");
  await expect(partner.getByRole("row", { name: new RegExp(policyName) })).toContainText("Approved");
  await expectAccessible(partner);

  for (const page of [manager, partner, admin]) await page.context().close();
});

test("a credential partner's request waits for its extractors; once approved, the partner maps a credential type to it", async ({ browser }) => {
  // Seeded: demo-ida (online verification) asked without declaring extractors; demo-print (credential) declared them.
  const admin = await as(browser, DEMO.admin);
  await admin.goto("/admin/policy-requests?partnerId=demo-ida&status=PENDING");
  await admin.getByRole("link", { name: /demo-ida/ }).first().click();
  await expect(admin.getByTestId("extractors-missing")).toContainText("has not declared its biometric extractors");
  await expect(admin.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expectAccessible(admin);

  await admin.goto("/admin/policy-requests?partnerId=demo-print&status=PENDING");
  await admin.getByRole("link", { name: /demo-print/ }).first().click();
  await expect(admin.getByText("photo · Face · demo-face-sdk 1.2")).toBeVisible();
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByTestId("decided")).toContainText("approved");

  const partner = await as(browser, DEMO.credentialPartner);
  await partner.goto("/policies");
  await partner.getByRole("link", { name: "Card printing (name and photo)", exact: true }).click();
  await expect(partner.getByTestId("request-state")).toContainText("approved");
  await expect(partner.getByText("The request is approved; the extractors are fixed.")).toBeVisible();
  await expect(partner.getByTestId("mapped-credential-types")).toContainText("No credential type");
  await partner.getByLabel("Credential type").selectOption("euin");
  await partner.getByRole("button", { name: "Map this type to the policy" }).click();
  await expect(partner.getByTestId("mapped-credential-types")).toContainText("e-UIN card");
  await expectAccessible(partner);

  for (const page of [admin, partner]) await page.context().close();
});
