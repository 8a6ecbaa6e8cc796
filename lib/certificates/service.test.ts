import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { loadCertificate } from "@/lib/pki";
import { makeCertificate } from "@/lib/pki/testing";
import { deactivatePartner } from "@/lib/partners/service";
import { CertificateRejectedError } from "@/lib/certificates/rejection";
import { uploadPartnerCertificate } from "@/lib/certificates/service";
import { currentPortalCa } from "@/lib/portal-ca/service";
import { createTestPartner, createTestStaff, testActor } from "@/tests/factories";
import { base64Der, createTrustedHierarchy, issueTestLeaf } from "@/tests/factories-certificates";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CertificateRejectedError);
  return error as CertificateRejectedError;
}

async function partnerWithTrust(type: Parameters<typeof createTestPartner>[0] = "AUTH_PARTNER", domain: "AUTH" | "DEVICE" | "FTM" | "MISP" = "AUTH") {
  const created = await createTestPartner(type);
  const h = await createTrustedHierarchy(domain, created.partner.organizationName);
  return { ...created, h, actor: testActor(created.principal) };
}

describe("partner certificate upload", () => {
  test("a valid certificate activates the partner, in one transaction with audit, event and notification", async () => {
    const { partner, h, actor } = await partnerWithTrust();
    const result = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: h.leaf.pem }, actor);
    expect(result).toMatchObject({ partnerId: partner.id, status: "ACTIVE", renewed: false, thumbprint: h.leaf.cert.thumbprint });

    const after = await db.partner.findUnique({ where: { id: partner.id } });
    expect(after).toMatchObject({ status: "ACTIVE", hasCertificate: true });
    const rows = await db.partnerCertificate.findMany({ where: { partnerId: partner.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ isCurrent: true, domain: "AUTH", organizationName: partner.organizationName });
    const signed = await loadCertificate(new Uint8Array(rows[0].signedDer));
    expect(signed.facts.issuer.key).toBe((await currentPortalCa("AUTH")).cert.facts.subject.key);
    expect(signed.facts.keyUsage).toEqual(expect.arrayContaining(["digitalSignature", "keyAgreement"]));

    expect(await db.auditEvent.count({ where: { partnerId: partner.id, action: "partner.certificate-uploaded" } })).toBe(1);
    const events = await db.outboxMessage.findMany({ where: { topic: "PARTNER_UPDATED" } });
    expect(events.some((e) => (e.payload as { partnerId?: string; status?: string }).partnerId === partner.id && (e.payload as { status?: string }).status === "ACTIVE")).toBe(true);
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "PARTNER_CERTIFICATE_UPLOADED" } })).toBe(1);
  });

  test("a re-upload renews: the new certificate becomes current, the old one stays in the history", async () => {
    const { partner, h, actor } = await partnerWithTrust("DEVICE_PROVIDER", "DEVICE");
    const first = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: h.leaf.pem }, actor);
    const next = await issueTestLeaf(h.intermediate, partner.organizationName);
    const second = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: next.pem }, actor);
    expect(second.renewed).toBe(true);
    const rows = await db.partnerCertificate.findMany({ where: { partnerId: partner.id }, orderBy: { uploadedAt: "asc" } });
    expect(rows.map((r) => [r.id, r.isCurrent])).toEqual([
      [first.certificateId, false],
      [second.certificateId, true],
    ]);
    expect((await db.partner.findUnique({ where: { id: partner.id } }))?.status).toBe("ACTIVE");
    expect(await db.auditEvent.count({ where: { partnerId: partner.id, action: "partner.certificate-renewed" } })).toBe(1);
    // the same certificate again is a renewal too (MOSIP allows the duplicate)
    expect((await uploadPartnerCertificate({ partnerId: partner.id, certificateData: next.pem }, actor)).renewed).toBe(true);
  });

  test("an organisation mismatch names both organisations and changes nothing", async () => {
    const { partner, h, actor } = await partnerWithTrust();
    const other = await issueTestLeaf(h.intermediate, "Someone Else Ltd");
    const error = await refusal(uploadPartnerCertificate({ partnerId: partner.id, certificateData: other.pem }, actor));
    expect(error.code).toBe("KER-PCM-008");
    expect(error.kind).toBe("unprocessable");
    expect(error.message).toContain("'Someone Else Ltd'");
    expect(error.message).toContain(`'${partner.organizationName}'`);
    expect((await db.partner.findUnique({ where: { id: partner.id } }))?.status).toBe("PENDING_CERTIFICATE");
    expect(await db.partnerCertificate.count({ where: { partnerId: partner.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { partnerId: partner.id, action: { startsWith: "partner.certificate" } } })).toBe(0);
  });

  test("a deactivated partner cannot upload (PMS_PMP_016)", async () => {
    const { partner, h, actor } = await partnerWithTrust("MISP_PARTNER", "MISP");
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    await deactivatePartner(partner.id, testActor(admin));
    const error = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: h.leaf.pem }, actor).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PMS_PMP_016", kind: "conflict" });
    expect(await db.partnerCertificate.count({ where: { partnerId: partner.id } })).toBe(0);
  });

  test("PEM and base64 DER are both accepted", async () => {
    const pem = await partnerWithTrust("FTM_PROVIDER", "FTM");
    expect((await uploadPartnerCertificate({ partnerId: pem.partner.id, certificateData: pem.h.leaf.pem }, pem.actor)).status).toBe("ACTIVE");
    const der = await partnerWithTrust("CREDENTIAL_PARTNER", "AUTH");
    expect((await uploadPartnerCertificate({ partnerId: der.partner.id, certificateData: base64Der(der.h.leaf) }, der.actor)).status).toBe("ACTIVE");
    // a PEM carrying the intermediate after the leaf works as well
    const chain = await partnerWithTrust("ABIS_PARTNER", "AUTH");
    const extra = await issueTestLeaf(chain.h.intermediate, chain.partner.organizationName);
    expect((await uploadPartnerCertificate({ partnerId: chain.partner.id, certificateData: extra.pem + chain.h.intermediate.pem }, chain.actor)).thumbprint).toBe(extra.cert.thumbprint);
  });

  test("the domain named by a MOSIP client must be the partner type's (KER-PCM-011)", async () => {
    const { partner, h, actor } = await partnerWithTrust();
    const error = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: h.leaf.pem, partnerDomain: "DEVICE" }, actor).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "KER-PCM-011" });
  });

  test("a certificate current for another partner is refused (KER-PCM-003)", async () => {
    const first = await partnerWithTrust();
    await uploadPartnerCertificate({ partnerId: first.partner.id, certificateData: first.h.leaf.pem }, first.actor);
    const second = await createTestPartner("AUTH_PARTNER", { organizationName: first.partner.organizationName });
    const error = await uploadPartnerCertificate({ partnerId: second.partner.id, certificateData: first.h.leaf.pem }, testActor(second.principal)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "KER-PCM-003", kind: "conflict" });
    expect((await db.partner.findUnique({ where: { id: second.partner.id } }))?.status).toBe("PENDING_CERTIFICATE");
  });

  test("each rejection rule answers with its MOSIP code and a precise reason", async () => {
    const { partner, h, actor } = await partnerWithTrust("MISP_PARTNER", "MISP");
    const org = partner.organizationName;
    const upload = (pem: string) => refusal(uploadPartnerCertificate({ partnerId: partner.id, certificateData: pem }, actor));

    const selfSigned = await makeCertificate({ subject: [["O", org], ["CN", "self"]], ca: false });
    expect((await upload(selfSigned.pem)).code).toBe("KER-PCM-015");

    const expired = await issueTestLeaf(h.intermediate, org, { validFromDays: -400, validToDays: -2 });
    const expiredError = await upload(expired.pem);
    expect(expiredError.code).toBe("KER-PCM-004");
    expect(expiredError.message).toContain(`expired on ${expired.cert.facts.notAfter.toISOString().slice(0, 10)}`);

    const weakKey = await issueTestLeaf(h.intermediate, org, { key: "RSA-1024", keySlot: "cert-service-1024" });
    expect((await upload(weakKey.pem)).code).toBe("KER-PCM-013");

    const sha1 = await issueTestLeaf(h.intermediate, org, { hash: "SHA-1" });
    expect((await upload(sha1.pem)).code).toBe("KER-PCM-014");

    const ca = await issueTestLeaf(h.intermediate, org, { ca: true, keyUsage: ["keyCertSign", "digitalSignature"] });
    const caError = await upload(ca.pem);
    expect(caError.code).toBe("KER-PCM-006");
    expect(caError.findings.map((f) => f.code)).toContain("PKI_LEAF_IS_CA");

    const shortLived = await issueTestLeaf(h.intermediate, org, { validToDays: 10 });
    const shortError = await upload(shortLived.pem);
    expect(shortError.code).toBe("KER-KMS-021");
    expect(shortError.message).toContain("at least 30 days");

    const forged = await issueTestLeaf(h.intermediate, org, { signWith: (await makeCertificate({ subject: "x" })).keyPair.privateKey });
    const forgedError = await upload(forged.pem);
    expect(forgedError.code).toBe("KER-PCM-006");
    expect(forgedError.message).toContain(`does not verify with the public key of '${h.intermediate.cert.facts.subject.text}'`);

    const intermediateExpired = await makeCertificate({ subject: "Expired Issuing CA", issuer: h.root, ca: true, validFromDays: -800, validToDays: -1 });
    const underExpired = await issueTestLeaf(intermediateExpired, org, { validFromDays: -10 });
    // the expired intermediate is not in the store, so the partner sends it along; the link that broke is named
    const brokenLink = await upload(underExpired.pem + intermediateExpired.pem);
    expect(brokenLink.message).toContain("Intermediate 'CN=Expired Issuing CA' expired on");

    expect((await db.partner.findUnique({ where: { id: partner.id } }))?.status).toBe("PENDING_CERTIFICATE");
    expect(await db.partnerCertificate.count({ where: { partnerId: partner.id } })).toBe(0);
  });
});
