import { expect, test, type Page } from "@playwright/test";
import { makeCertificate, makeHierarchy } from "../lib/pki/testing";
import { apiToken, DEMO, expectAccessible, signIn, unique } from "./fixtures";

// SPEC journey 7: from registration to an approved FTM chip with a portal-signed certificate; re-upload and deactivation.
// Certificates are made when the test runs, so nothing here can expire.

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
  await page.getByLabel("Contact number").fill("+15550128");
  await page.getByLabel("Address").fill("3 Silicon Way");
  await page.getByLabel("Partner type").selectOption("FTM_PROVIDER");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await page.getByLabel("Confirm password").fill("A-strong-password-1");
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

async function adminApproves(admin: Page, model: string) {
  await admin.goto(`/admin/ftm?model=${encodeURIComponent(model)}`);
  await expect(admin.getByTestId("table-range")).toContainText("1–1 of 1");
  await admin.getByRole("link", { name: "E2E Chips" }).click();
  await expect(admin.getByTestId("chip-status")).toContainText("Pending approval");
  await admin.getByRole("button", { name: "Approve" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "is approved" }).last()).toBeVisible();
  await expect(admin.getByTestId("chip-status")).toContainText("Approved");
}

test("an FTM provider registers, adds a chip, uploads its certificate, the admin approves; a re-upload sends it back; it is deactivated", async ({ browser, baseURL }) => {
  const partnerId = unique("e2e-ftm");
  const tag = partnerId.slice(-8);
  const organization = `E2E Secure Silicon ${tag}`;
  const model = `SE-${tag}`;
  const h = await makeHierarchy({
    organization,
    root: { subject: [["C", "XX"], ["O", "E2E Chip Trust"], ["CN", `E2E Chip Root ${tag}`]] },
    intermediate: { subject: [["C", "XX"], ["O", "E2E Chip Trust"], ["CN", `E2E Chip Issuing ${tag}`]] },
  });
  const chipCertificate = await makeCertificate({ subject: [["C", "XX"], ["O", organization], ["CN", `${model} chip`]], issuer: h.intermediate, validToDays: 700 });
  const renewedCertificate = await makeCertificate({ subject: [["C", "XX"], ["O", organization], ["CN", `${model} chip renewed`]], issuer: h.intermediate, validToDays: 700 });
  const otherOrganisation = await makeCertificate({ subject: [["C", "XX"], ["O", "Counterfeit Chips Ltd"], ["CN", "fake"]], issuer: h.intermediate, validToDays: 700 });

  // The admin trusts the hierarchy in the FTM domain (MOSIP's REST path).
  const adminToken = await apiToken(baseURL!, DEMO.admin);
  for (const cert of [h.root, h.intermediate]) {
    expect((await mosip(baseURL!, adminToken, "POST", "/v1/partnermanager/partners/certificate/ca/upload", { certificateData: cert.pem, partnerDomain: "FTM" })).status).toBe(200);
  }

  // Registration in the browser, the partner certificate through the REST API.
  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await register(provider, partnerId, organization);
  const providerToken = await apiToken(baseURL!, partnerId, "A-strong-password-1");
  expect((await mosip(baseURL!, providerToken, "POST", "/v1/partnermanager/partners/certificate/upload", { partnerId, certificateData: h.leaf.pem, partnerDomain: "FTM" })).status).toBe(200);

  // Add a chip.
  await provider.getByRole("link", { name: "FTM chips" }).first().click();
  await expect(provider.getByRole("heading", { name: "FTM chips", level: 1 })).toBeVisible();
  await expect(provider.getByTestId("no-chips")).toBeVisible();
  await expectAccessible(provider);
  await provider.getByRole("link", { name: "Add chip" }).click();
  await expectAccessible(provider);
  await provider.getByLabel("Make").fill("E2E Chips");
  await provider.getByLabel("Model").fill(model);
  await provider.getByRole("button", { name: "Add chip" }).click();
  await expect(provider.getByRole("heading", { name: `FTM chip E2E Chips ${model}` })).toBeVisible();
  await expect(provider.getByTestId("chip-status")).toContainText("Certificate needed");
  await expectAccessible(provider);
  const chipUrl = provider.url();

  // Another organisation's certificate: the pre-flight warns, the server refuses and changes nothing.
  const paste = provider.getByLabel("Or paste the certificate (PEM)");
  await paste.fill(otherOrganisation.pem);
  await expect(provider.getByTestId("chip-preflight")).not.toHaveAttribute("data-problems", "0");
  await provider.getByTestId("chip-certificate-submit").click();
  await expect(provider.getByTestId("chip-certificate-rejection")).toContainText("KER-PCM-008");
  await expect(provider.getByTestId("chip-status")).toContainText("Certificate needed");
  await expectAccessible(provider);

  // Its own certificate: the pre-flight finds nothing; accepted and signed; the chip waits for approval.
  await paste.fill(chipCertificate.pem);
  await expect(provider.getByTestId("chip-preflight")).toHaveAttribute("data-problems", "0");
  await provider.getByTestId("chip-certificate-submit").click();
  await expect(provider.getByRole("status").filter({ hasText: "The chip now waits for approval" })).toBeVisible();
  await expect(provider.getByTestId("chip-status")).toContainText("Pending approval");

  // The admin approves it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await expect(admin.getByTestId("device-dashboard-cards")).toContainText("FTM chips waiting for approval");
  await admin.getByRole("link", { name: "FTM chips" }).first().click();
  await expect(admin.getByRole("heading", { name: "FTM chips", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await adminApproves(admin, model);
  await expectAccessible(admin);
  const adminSigned = await admin.request.get(await admin.getByTestId("download-signed").getAttribute("href").then((href) => href!));
  expect(adminSigned.status()).toBe(200);

  // The provider downloads both certificates.
  await provider.goto(chipUrl);
  await expect(provider.getByTestId("chip-status")).toContainText("Approved");
  const original = await provider.request.get(`${chipUrl}/certificate?which=original`);
  expect((await original.text()).trim()).toBe(chipCertificate.pem.trim());
  const signed = await provider.request.get(`${chipUrl}/certificate?which=signed`);
  expect(signed.headers()["content-type"]).toBe("application/x-pem-file");
  expect(await signed.text()).toContain("BEGIN CERTIFICATE");

  // Re-upload on an approved chip: the page says it goes back for approval, and asks before doing it.
  await expect(provider.getByTestId("reupload-warning")).toContainText("sends it back for approval");
  await paste.fill(renewedCertificate.pem);
  await expect(provider.getByTestId("chip-preflight")).toHaveAttribute("data-problems", "0");
  await provider.getByTestId("chip-certificate-submit").click();
  await expect(provider.getByRole("dialog")).toContainText("stays pending until the programme approves it again");
  await expectAccessible(provider);
  await provider.getByRole("dialog").getByRole("button", { name: "Upload and send back for approval" }).click();
  await expect(provider.getByRole("status").filter({ hasText: "went back to pending approval" })).toBeVisible();
  await expect(provider.getByTestId("chip-status")).toContainText("Pending approval");

  // Approved again, then deactivated by the provider; its certificates can no longer be downloaded.
  await adminApproves(admin, model);
  await provider.reload();
  await provider.getByRole("button", { name: "Deactivate chip" }).click();
  await provider.getByRole("dialog").getByRole("button", { name: "Deactivate chip" }).click();
  await expect(provider.getByTestId("chip-status")).toContainText("Deactivated");
  expect((await provider.request.get(`${chipUrl}/certificate?which=signed`)).status()).toBe(409);

  // MOSIP's REST view agrees.
  const list = await mosip(baseURL!, providerToken, "GET", "/v1/partnermanager/ftpchipdetail");
  expect(list.body.response).toEqual([expect.objectContaining({ model, status: "deactivated", isCertificateAvailable: true })]);

  await providerContext.close();
  await adminContext.close();
});
