import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, unique } from "./fixtures";

const EXAMPLES = path.resolve(import.meta.dirname, "../lib/policies/examples");

async function replaceJson(page: Page, text: string) {
  const editor = page.getByRole("textbox", { name: /Policy JSON/ });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

async function newPolicy(page: Page, group: string, type: string, name: string) {
  await page.goto("/policy-manager/policies/new");
  await expect(page.getByRole("textbox", { name: /Policy JSON/ })).toBeVisible();
  await page.getByLabel("Policy group").selectOption({ label: group });
  await page.getByLabel("Policy type").selectOption(type);
  await page.getByLabel("Policy name").fill(name);
  await page.getByLabel("Description").fill(`End-to-end ${type} policy`);
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("policy-status")).toHaveText("Published");
}

test("the JSON editor checks as you type and points at each error; an uploaded MOSIP policy publishes, clones with its difference, and deactivates after its impact", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.policyManager);
  const name = unique("e2e-share");
  await newPolicy(page, "mpolicygroup-default-abis", "DataShare", name);
  await expect(page.getByLabel("Link valid for (minutes)")).toHaveValue("30");

  // A number where MOSIP wants a string, and a missing source: both found, each with its line and JSON path.
  await replaceJson(page, '{\n  "dataSharePolicies": {\n    "typeOfShare": "Data Share",\n    "validForInMinutes": 30,\n    "transactionsAllowed": "2",\n    "encryptionType": "none",\n    "shareDomain": "datashare.datashare"\n  },\n  "shareableAttributes": []\n}');
  const problems = page.getByTestId("policy-problems");
  await expect(problems).toContainText("2 problems in the JSON");
  await expect(problems).toContainText("Line 4, column 26: $.dataSharePolicies.validForInMinutes");
  await expect(problems).toContainText("is missing required property 'source'");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeDisabled();
  await problems.getByRole("button", { name: "Show in the editor" }).first().click();
  await expectAccessible(page);

  // A syntax error is located too, and the form waits for valid JSON.
  await replaceJson(page, '{ "dataSharePolicies": { , }');
  await expect(problems).toContainText("Line 1, column 26");
  await expect(page.getByText("the form is paused")).toBeVisible();

  // Upload MOSIP's own e-UIN policy, unchanged.
  await page.getByTestId("policy-upload").setInputFiles(path.join(EXAMPLES, "mosip-datashare-pms-dml-euin.json"));
  await expect(page.getByText("Loaded mosip-datashare-pms-dml-euin.json.")).toBeVisible();
  await expect(problems).toContainText("matches the Data share schema");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  expect(JSON.parse((await page.getByTestId("policy-json").textContent()) ?? "")).toEqual(JSON.parse(readFileSync(path.join(EXAMPLES, "mosip-datashare-pms-dml-euin.json"), "utf8")));
  await publish(page);
  const sourceUrl = page.url();

  // Clone into another group: a draft that remembers its source; after an edit the difference shows attribute by attribute.
  await page.getByRole("button", { name: "Clone" }).click();
  await page.getByRole("dialog").getByLabel("Target group").selectOption({ label: "mpolicygroup-default-print" });
  await page.getByRole("dialog").getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByRole("heading", { name: `Difference from ${name}` })).toBeVisible();
  await expect(page.getByTestId("policy-diff")).toContainText("No difference");
  await page.getByRole("link", { name: "Edit draft" }).click();
  await expect(page.getByRole("textbox", { name: /Policy JSON/ })).toBeVisible();
  await page.getByLabel("Link valid for (minutes)").fill("15");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("policy-diff")).toContainText("validForInMinutes");
  await expect(page.getByTestId("policy-diff")).toContainText("15");
  await expectAccessible(page);

  // Deactivate the source after reading its impact.
  await page.goto(sourceUrl);
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("deactivation-impact")).toContainText("No request is pending.");
  await expect(page.getByTestId("deactivation-impact")).toContainText("No active API key uses this policy.");
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("policy-status")).toHaveText("Deactivated");
});

test("a policy manager authors and publishes credential-issuance and MISP policies with the form", async ({ page }) => {
  await signIn(page, DEMO.policyManager);
  const credential = unique("e2e-card");
  await newPolicy(page, "mpolicygroup-default-print", "CredentialIssuance", credential);
  await page.getByRole("button", { name: "Add an attribute" }).click();
  await page.getByLabel("Name", { exact: true }).nth(1).fill("photo");
  await page.getByLabel("Group (optional)").nth(1).fill("CBEFF");
  await page.getByLabel("Source field 1").nth(1).fill("individualBiometrics");
  await expect(page.getByTestId("policy-problems")).toContainText("matches the Credential issuance schema");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("policy-summary")).toContainText("photo (biometric data)");
  await publish(page);

  const misp = unique("e2e-misp");
  await newPolicy(page, "mpolicygroup-default-misp", "MISP", misp);
  // The form re-renders once the lazily loaded JSON editor arrives; retry the click until the state sticks.
  await expect(async () => {
    await page.getByLabel("May bind wallet keys for its partners").check({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByLabel("Accepts key-bound tokens as proof of authentication").selectOption("yes");
  await expect(page.getByRole("textbox", { name: /Policy JSON/ })).toContainText('"trustBindedAuthVerificationToken": true');
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("policy-summary")).toContainText("bind wallet keys");
  await publish(page);

  // Both are listed, with their type, among the published policies.
  await page.goto(`/policy-manager/policies?status=PUBLISHED&name=${misp}`);
  await expect(page.getByRole("row", { name: new RegExp(misp) })).toContainText("MISP");
  await expectAccessible(page);
});

test("a policy group holding a published policy cannot be deactivated; an empty one can, and comes back", async ({ page }) => {
  await signIn(page, DEMO.policyManager);
  await page.goto("/policy-manager?name=mpolicygroup-default-auth");
  await page.getByRole("link", { name: "mpolicygroup-default-auth" }).click();
  await expect(page.getByTestId("group-cannot-deactivate")).toContainText("published policies");

  const group = unique("e2e-empty");
  await page.goto("/policy-manager/groups/new");
  await page.getByLabel("Group name").fill(group);
  await page.getByLabel("Description").fill("Empty group");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { name: `Policy group ${group}` })).toBeVisible();
  await page.getByRole("button", { name: "Deactivate group" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Inactive", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Activate group" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.goto(`/policy-manager?status=inactive&name=${group}`);
  await expect(page.getByTestId("table-range")).toContainText("0–0 of 0");
});
