import { describe, expect, test } from "vitest";
import { loadCertificate } from "@/lib/pki";
import { currentPortalCa } from "@/lib/portal-ca/service";
import { CertificateRejectedError } from "@/lib/certificates/rejection";
import { verifyAndSignCertificate } from "@/lib/certificates/verify-and-sign";
import { base64Der, createTrustedHierarchy, issueTestLeaf } from "@/tests/factories-certificates";

describe("verifyAndSignCertificate", () => {
  test("validates against the domain's trust store and re-issues under the portal CA", async () => {
    const h = await createTrustedHierarchy("FTM", "Chip Maker Ltd", { leaf: { ca: true, keyUsage: ["digitalSignature", "keyCertSign"] } });
    const result = await verifyAndSignCertificate({ domain: "FTM", certificateData: h.leaf.pem, organizationName: "Chip Maker Ltd" });
    expect(result.thumbprint).toBe(h.leaf.cert.thumbprint);
    expect(result.chain.map((c) => c.thumbprintSha256)).toEqual([h.leaf.cert.thumbprint, h.intermediate.cert.thumbprint, h.root.cert.thumbprint]);
    const signed = await loadCertificate(result.signedDer);
    const ca = await currentPortalCa("FTM");
    expect(signed.facts.issuer.key).toBe(ca.cert.facts.subject.key);
    expect(signed.facts.subject.key).toBe(h.leaf.cert.facts.subject.key);
    expect(result.signedNotAfter.getTime()).toBeLessThanOrEqual(h.leaf.cert.facts.notAfter.getTime());
    expect(result.signedPem).toContain("BEGIN CERTIFICATE");
    expect(Buffer.from(result.originalDer)).toEqual(Buffer.from(h.leaf.der));
  });

  test("accepts base64 DER as well as PEM", async () => {
    const h = await createTrustedHierarchy("AUTH", "Base64 Bank");
    const result = await verifyAndSignCertificate({ domain: "AUTH", certificateData: base64Der(h.leaf), organizationName: "Base64 Bank" });
    expect(result.subject).toContain("Base64 Bank");
  });

  test("an organisation mismatch names both organisations (KER-PCM-008)", async () => {
    const h = await createTrustedHierarchy("AUTH", "Right Org");
    const error = await verifyAndSignCertificate({ domain: "AUTH", certificateData: h.leaf.pem, organizationName: "Other Org" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateRejectedError);
    const rejected = error as CertificateRejectedError;
    expect(rejected.code).toBe("KER-PCM-008");
    expect(rejected.message).toContain("'Right Org'");
    expect(rejected.message).toContain("'Other Org'");
  });

  test("an untrusted chain is KER-PCM-006 and names the missing issuer", async () => {
    const h = await createTrustedHierarchy("DEVICE", "Device Co");
    const error = (await verifyAndSignCertificate({ domain: "MISP", certificateData: h.leaf.pem, organizationName: "Device Co" }).catch((e: unknown) => e)) as CertificateRejectedError;
    expect(error.code).toBe("KER-PCM-006");
    expect(error.message).toContain(h.intermediate.cert.facts.subject.text);
  });

  test("an expired leaf says when it expired (KER-PCM-004)", async () => {
    const h = await createTrustedHierarchy("AUTH", "Late Ltd");
    const leaf = await issueTestLeaf(h.intermediate, "Late Ltd", { validFromDays: -400, validToDays: -3 });
    const error = (await verifyAndSignCertificate({ domain: "AUTH", certificateData: leaf.pem, organizationName: "Late Ltd" }).catch((e: unknown) => e)) as CertificateRejectedError;
    expect(error.code).toBe("KER-PCM-004");
    expect(error.message).toContain(`expired on ${leaf.cert.facts.notAfter.toISOString().slice(0, 10)}`);
  });

  test("unparsable input is KER-PCM-001", async () => {
    const error = (await verifyAndSignCertificate({ domain: "AUTH", certificateData: "not a certificate", organizationName: "X" }).catch((e: unknown) => e)) as CertificateRejectedError;
    expect(error.code).toBe("KER-PCM-001");
    expect(error.kind).toBe("invalid");
  });
});
