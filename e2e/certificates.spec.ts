import { expect, test, type Page } from "@playwright/test";
import { makeCertificate, makeHierarchy } from "../lib/pki/testing";
import { DEMO, expectAccessible, signIn, unique } from "./fixtures";

// Certificates are made here, when the test runs: nothing in the repository can expire.

async function registerDeviceProvider(page: Page, partnerId: string, organization: string) {
  await page.goto("/register");
  await page.getByLabel("Partner ID").fill(partnerId);
  await page.getByLabel("Organisation name").fill(organization);
  await page.getByLabel("Email").fill(`${partnerId}@e2e.test`);
  await page.getByLabel("Contact number").fill("+15550126");
  await page.getByLabel("Address").fill("7 Certificate Road");
  await page.getByLabel("Partner type").selectOption("DEVICE_PROVIDER");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("A-strong-password-1");
  await page.getByLabel("Confirm password").fill("A-strong-password-1");
  await page.getByLabel("I accept the terms of use").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

async function uploadCa(page: Page, domain: string, pem: string) {
  await page.getByLabel("Domain").first().selectOption(domain);
  await page.getByLabel("Or paste the certificate").fill(pem);
  await page.getByTestId("ca-submit").click();
  await expect(page.getByTestId("ca-upload-result")).toHaveAttribute("data-status", "success");
}

test("an admin loads a CA hierarchy; a partner sees the pre-flight chain, is refused another organisation's certificate, uploads its own, becomes ACTIVE and downloads both certificates", async ({ browser }) => {
  const partnerId = unique("e2e-cert");
  const organization = `E2E Sensors ${partnerId.slice(-8)}`;
  const tag = partnerId.slice(-8);
  const h = await makeHierarchy({
    organization,
    root: { subject: [["C", "XX"], ["O", "E2E Trust"], ["CN", `E2E Root ${tag}`]] },
    intermediate: { subject: [["C", "XX"], ["O", "E2E Trust"], ["CN", `E2E Issuing ${tag}`]] },
  });
  const otherOrg = await makeCertificate({ subject: [["C", "XX"], ["O", "Other Organisation Ltd"], ["CN", "other"]], issuer: h.intermediate, validToDays: 400 });

  // The partner registers first (PENDING_CERTIFICATE).
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await registerDeviceProvider(partner, partnerId, organization);

  // The admin uploads the root and the intermediate to the DEVICE trust store.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.getByRole("link", { name: "Trust store" }).first().click();
  await expect(admin.getByRole("heading", { name: "Trust store", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await uploadCa(admin, "DEVICE", h.root.pem);
  await expect(admin.getByTestId("ca-upload-result")).toContainText("Root CA");
  await uploadCa(admin, "DEVICE", h.intermediate.pem);
  await expect(admin.getByTestId("ca-upload-result")).toContainText("Intermediate CA");
  // A second upload of the same root is refused as a duplicate, with the MOSIP code.
  await admin.getByLabel("Domain").first().selectOption("DEVICE");
  await admin.getByLabel("Or paste the certificate").fill(h.root.pem);
  await admin.getByTestId("ca-submit").click();
  await expect(admin.getByTestId("ca-upload-result")).toHaveAttribute("data-status", "failed");
  await expect(admin.getByTestId("ca-upload-result")).toContainText("KER-PCM-003");
  await expectAccessible(admin);

  await admin.goto(`/admin/trust-store?issuedTo=${tag}`);
  await expect(admin.getByTestId("table-range")).toContainText("of 2");
  await admin.getByRole("link", { name: `E2E Issuing ${tag}` }).click();
  await expect(admin.getByTestId("trust-path").getByRole("listitem")).toHaveCount(2);
  await expect(admin.getByTestId("ca-thumbprint")).toHaveText(h.intermediate.cert.thumbprint);
  await expectAccessible(admin);
  const p7b = await admin.request.get(`${admin.url()}/download?format=p7b`);
  expect(p7b.status()).toBe(200);
  expect(p7b.headers()["content-type"]).toBe("application/pkcs7-mime");

  // The partner opens its certificate page.
  await partner.getByRole("link", { name: "Certificate" }).first().click();
  await expect(partner.getByRole("heading", { name: "Certificate", level: 1 })).toBeVisible();
  await expect(partner.getByTestId("no-certificate")).toBeVisible();
  await expectAccessible(partner);

  // Another organisation's certificate: the pre-flight names both organisations, the server refuses, nothing changes.
  await partner.getByLabel("Or paste the certificate").fill(otherOrg.pem);
  await expect(partner.getByTestId("preflight-result")).toBeVisible();
  await expect(partner.getByTestId("preflight-chain")).toContainText("'Other Organisation Ltd'");
  await expect(partner.getByTestId("preflight-chain")).toContainText(`'${organization}'`);
  await partner.getByTestId("certificate-submit").click();
  await expect(partner.getByTestId("server-rejection")).toContainText("KER-PCM-008");
  await expect(partner.getByTestId("server-rejection")).toContainText("'Other Organisation Ltd'");
  await expect(partner.getByTestId("server-rejection")).toContainText(`'${organization}'`);
  await expectAccessible(partner);
  await partner.reload();
  await expect(partner.getByTestId("no-certificate")).toBeVisible();

  // Its own certificate, chosen as a DER file: the pre-flight draws the three-link chain with no problem.
  await partner.getByTestId("certificate-file").setInputFiles({ name: "partner.der", mimeType: "application/pkix-cert", buffer: Buffer.from(h.leaf.der) });
  await expect(partner.getByTestId("preflight-summary")).toContainText("No problems found");
  await expect(partner.getByTestId("preflight-chain").getByRole("listitem")).toHaveCount(3);
  await expect(partner.getByTestId("preflight-chain")).toContainText(`E2E Root ${tag}`);
  await expectAccessible(partner);
  await partner.getByTestId("certificate-submit").click();
  await expect(partner.getByTestId("current-certificate")).toBeVisible();
  await expect(partner.getByTestId("current-certificate")).toContainText(h.leaf.cert.thumbprint);

  for (const [testId, expected] of [
    ["download-original", h.leaf.pem],
    ["download-signed", "-----BEGIN CERTIFICATE-----"],
  ] as const) {
    const downloading = partner.waitForEvent("download");
    await partner.getByTestId(testId).click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text).toContain(expected);
  }

  await partner.goto("/dashboard");
  await expect(partner.getByText("Active", { exact: true }).first()).toBeVisible();
  await expect(partner.getByTestId("next-step")).toHaveCount(0);
  await expectAccessible(partner);

  await partnerContext.close();
  await adminContext.close();
});

test("the portal CA certificates download without signing in", async ({ request }) => {
  const list = await request.get("/v1/partnermanager/portal-ca-certificates");
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { response: { certificates: { partnerDomain: string; isCurrent: boolean }[] } };
  expect(body.response.certificates.filter((c) => c.isCurrent).map((c) => c.partnerDomain).sort()).toEqual(["AUTH", "DEVICE", "FTM", "MISP"]);
  const pem = await request.get("/v1/partnermanager/portal-ca-certificates/AUTH");
  expect(await pem.text()).toContain("-----BEGIN CERTIFICATE-----");
});
