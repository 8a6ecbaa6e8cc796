import { expect, test, type Page } from "@playwright/test";
import { makeHierarchy } from "../lib/pki/testing";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "./fixtures";

// SPEC journey 6: from registration to an approved SBI with devices, the admin's decisions, and the cascade.
// Certificates are made when the test runs, so nothing here can expire.

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function mosip(baseURL: string, token: string, method: string, path: string, request?: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: request === undefined ? undefined : JSON.stringify({ id: "e2e", version: "1.0", requesttime: new Date().toISOString(), request }),
  });
  return { status: response.status, body: (await response.json()) as { response: unknown; errors: { errorCode: string }[] } };
}

async function register(page: Page, partnerId: string, organization: string) {
  await page.goto("/register");
  await page.getByLabel("Partner ID").fill(partnerId);
  await page.getByLabel("Organisation name").fill(organization);
  await page.getByLabel("Email").fill(`${partnerId}@e2e.test`);
  await page.getByLabel("Contact number").fill("+15550127");
  await page.getByLabel("Address").fill("9 Sensor Street");
  await page.getByLabel("Partner type").selectOption("DEVICE_PROVIDER");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await page.getByLabel("Confirm password").fill("A-strong-password-1");
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

async function fillDevice(page: Page, n: number, device: { type: string; subType: string; make: string; model: string }) {
  const row = page.getByRole("group", { name: `Device ${n}` });
  await row.getByLabel("Device type").selectOption(device.type);
  await row.getByLabel("Subtype").selectOption(device.subType);
  await row.getByLabel("Make").fill(device.make);
  await row.getByLabel("Model").fill(device.model);
}

test("a device provider registers, gets an SBI approved, adds devices the admin decides, and deactivating the SBI cascades", async ({ browser, baseURL }) => {
  const partnerId = unique("e2e-dev");
  const tag = partnerId.slice(-8);
  const organization = `E2E Biometrics ${tag}`;
  const version = `1.0.${tag}`;
  const h = await makeHierarchy({
    organization,
    root: { subject: [["C", "XX"], ["O", "E2E Device Trust"], ["CN", `E2E Device Root ${tag}`]] },
    intermediate: { subject: [["C", "XX"], ["O", "E2E Device Trust"], ["CN", `E2E Device Issuing ${tag}`]] },
  });

  // The admin trusts the hierarchy in the DEVICE domain (through MOSIP's REST path).
  const adminToken = await apiToken(baseURL!, DEMO.admin);
  for (const cert of [h.root, h.intermediate]) {
    const uploaded = await mosip(baseURL!, adminToken, "POST", "/v1/partnermanager/partners/certificate/ca/upload", { certificateData: cert.pem, partnerDomain: "DEVICE" });
    expect(uploaded.status).toBe(200);
  }

  // The provider registers in the browser; until its certificate is accepted it cannot add an SBI.
  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await register(provider, partnerId, organization);
  await provider.getByRole("link", { name: "SBIs and devices" }).first().click();
  await expect(provider.getByTestId("devices-inactive")).toBeVisible();
  await expect(provider.getByRole("link", { name: "Add SBI" })).toHaveCount(0);
  await expectAccessible(provider);
  const providerToken = await apiToken(baseURL!, partnerId, "A-strong-password-1");
  const certificate = await mosip(baseURL!, providerToken, "POST", "/v1/partnermanager/partners/certificate/upload", { partnerId, certificateData: h.leaf.pem, partnerDomain: "DEVICE" });
  expect(certificate.status).toBe(200);

  // Add an SBI: the date rules answer on the fields, then a valid one goes for approval.
  await provider.reload();
  await provider.getByRole("link", { name: "Add SBI" }).click();
  await expect(provider.getByRole("heading", { name: "Add an SBI" })).toBeVisible();
  await expectAccessible(provider);
  await provider.getByLabel("SBI version").fill(version);
  await provider.getByLabel("Binary hash").fill("ab12cd34ef56ab12cd34ef56");
  await provider.getByLabel("Created on").fill(day(2));
  await provider.getByLabel("Expires on").fill(day(11 * 366));
  await provider.getByRole("button", { name: "Submit for approval" }).click();
  await expect(provider.getByText(/The created date must be today .* or earlier/)).toBeVisible();
  await expect(provider.getByText("The expiry date must not be more than 10 years after today.")).toBeVisible();
  await expectAccessible(provider);
  await provider.getByLabel("Created on").fill(day(-30));
  await provider.getByLabel("Expires on").fill(day(365));
  await provider.getByRole("button", { name: "Submit for approval" }).click();
  await expect(provider.getByRole("heading", { name: `SBI ${version}` })).toBeVisible();
  await expect(provider.getByTestId("sbi-status")).toContainText("Pending approval");
  await expect(provider.getByRole("link", { name: "Add devices" })).toHaveCount(0);
  await expectAccessible(provider);
  const sbiUrl = provider.url();

  // The same version again is refused on its field.
  await provider.goto("/devices/sbi/new");
  await provider.getByLabel("SBI version").fill(version);
  await provider.getByLabel("Binary hash").fill("ff00");
  await provider.getByLabel("Expires on").fill(day(100));
  await provider.getByRole("button", { name: "Submit for approval" }).click();
  await expect(provider.getByText(`You already have an SBI with version ${version}.`)).toBeVisible();

  // The admin sees the badge, finds the SBI and approves it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await expect(admin.getByTestId("device-dashboard-cards")).toContainText("SBIs waiting for approval");
  await admin.getByRole("link", { name: "SBIs and devices" }).first().click();
  await expect(admin.getByRole("heading", { name: "SBIs and devices", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("SBI version").fill(version);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByTestId("table-range")).toContainText("1–1 of 1");
  await admin.getByRole("link", { name: version }).click();
  await expect(admin.getByRole("heading", { name: `SBI ${version} of ${partnerId}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Approve SBI ${version}` }).click();
  await expect(admin.getByRole("dialog")).toContainText("the provider can then add devices");
  await expectAccessible(admin);
  await admin.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "is approved" })).toBeVisible();
  await expect(admin.getByTestId("sbi-status")).toContainText("Approved");

  // The provider adds three devices in one form.
  await provider.goto(sbiUrl);
  await expect(provider.getByTestId("sbi-status")).toContainText("Approved");
  await provider.getByRole("link", { name: "Add devices" }).click();
  await expectAccessible(provider);
  const models = { slap: `Slap-${tag}`, iris: `Iris-${tag}`, face: `Face-${tag}` };
  await fillDevice(provider, 1, { type: "Finger", subType: "Slap", make: "E2E", model: models.slap });
  await provider.getByRole("button", { name: "Add another device" }).click();
  await fillDevice(provider, 2, { type: "Iris", subType: "Double", make: "E2E", model: models.iris });
  await provider.getByRole("button", { name: "Add another device" }).click();
  await fillDevice(provider, 3, { type: "Face", subType: "Full face", make: "E2E", model: models.face });
  await provider.getByRole("button", { name: "Submit 3 for approval" }).click();
  await expect(provider.getByRole("heading", { name: `SBI ${version}` })).toBeVisible();
  await expect(provider.getByTestId("device-row")).toHaveCount(3);
  await expectAccessible(provider);

  // The admin approves the slap scanner, rejects the face camera with a comment, leaves the iris camera pending.
  await admin.goto(`/admin/devices/list?sbiVersion=${encodeURIComponent(version)}`);
  await expect(admin.getByTestId("table-range")).toContainText("of 3");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Approve E2E ${models.slap}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `E2E ${models.slap} is approved` })).toBeVisible();
  await admin.getByRole("button", { name: `Reject E2E ${models.face}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
  await expect(admin.getByRole("dialog").getByRole("alert")).toContainText("Say why");
  await admin.getByRole("dialog").getByLabel("Comment for the provider").fill("No certification report for this camera.");
  await admin.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `E2E ${models.face} is rejected` })).toBeVisible();

  // Deactivating the SBI: the confirmation lists what the cascade does, then does it.
  await provider.reload();
  await provider.getByRole("button", { name: "Deactivate SBI" }).click();
  const dialog = provider.getByRole("dialog");
  await expect(dialog.getByTestId("cascade-deactivate")).toHaveText(`E2E ${models.slap}`);
  await expect(dialog.getByTestId("cascade-reject")).toHaveText(`E2E ${models.iris}`);
  await expectAccessible(provider);
  await dialog.getByRole("button", { name: "Deactivate SBI and its devices" }).click();
  await expect(provider.getByRole("status").filter({ hasText: "Devices deactivated: 1; rejected: 1." })).toBeVisible();
  await expect(provider.getByTestId("sbi-status")).toContainText("Deactivated");
  await expect(provider.locator(`[data-testid=device-row][data-model="${models.slap}"]`)).toContainText("Deactivated");
  await expect(provider.locator(`[data-testid=device-row][data-model="${models.iris}"]`)).toContainText("Rejected");
  await expect(provider.locator(`[data-testid=device-row][data-model="${models.face}"]`)).toContainText("No certification report");

  // The same state through MOSIP's REST path.
  const list = await mosip(baseURL!, providerToken, "GET", `/v1/partnermanager/securebiometricinterface?sbiVersion=${encodeURIComponent(version)}`);
  expect(list.body.response).toMatchObject({ totalResults: 1, data: [{ sbiVersion: version, status: "deactivated", countOfAssociatedDevices: 3 }] });

  await providerContext.close();
  await adminContext.close();
});
