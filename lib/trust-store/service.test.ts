import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { buildCertsOnlyPkcs7, pkcs7ToPem, parseCertificateInput } from "@/lib/pki";
import { makeCertificate } from "@/lib/pki/testing";
import { CertificateRejectedError } from "@/lib/certificates/rejection";
import { getCaCertificate, getCaCertificateFiles, listCaCertificates } from "@/lib/trust-store/queries";
import { uploadCaCertificates } from "@/lib/trust-store/service";
import { createTestStaff, testActor } from "@/tests/factories";
import { makeTestHierarchy } from "@/tests/factories-certificates";

const page = { page: 0, size: 32, sort: "uploadedAt" as const, dir: "asc" as const };

async function adminActor() {
  return testActor(await createTestStaff(["PARTNER_ADMIN"]));
}

function cnOf(dn: string): string {
  return /CN=([^,]+)/.exec(dn)![1];
}

async function refusal(promise: Promise<unknown>): Promise<CertificateRejectedError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CertificateRejectedError);
  return error as CertificateRejectedError;
}

describe("trust store upload", () => {
  test("a root then an intermediate: stored as ROOT and INTERMEDIATE, linked, audited and published", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org A");
    const root = await uploadCaCertificates({ domain: "AUTH", certificateData: h.root.pem }, actor);
    expect(root).toMatchObject({ status: "Upload Success.", storedCount: 1 });
    expect(root.items[0]).toMatchObject({ ok: true, kind: "ROOT", thumbprint: h.root.cert.thumbprint });
    const intermediate = await uploadCaCertificates({ domain: "AUTH", certificateData: h.intermediate.pem }, actor);
    expect(intermediate.items[0]).toMatchObject({ ok: true, kind: "INTERMEDIATE" });

    const stored = await db.caCertificate.findUnique({ where: { id: intermediate.items[0].id! } });
    expect(stored).toMatchObject({ domain: "AUTH", kind: "INTERMEDIATE", issuerCertId: root.items[0].id, thumbprint: h.intermediate.cert.thumbprint });
    expect(stored?.issuedTo).toBe(cnOf(h.intermediate.cert.facts.subject.text));
    const audit = await db.auditEvent.findFirst({ where: { entityId: stored!.id, action: "trust-store.certificate-uploaded" } });
    expect(audit).not.toBeNull();
    const events = await db.outboxMessage.findMany({ where: { topic: "CA_CERTIFICATE_UPLOADED" } });
    expect(events.some((e) => (e.payload as { certId?: string }).certId === stored!.id)).toBe(true);

    const detail = await getCaCertificate(stored!.id);
    expect(detail?.path.map((p) => p.kind)).toEqual(["INTERMEDIATE", "ROOT"]);
    const files = await getCaCertificateFiles(stored!.id);
    const p7b = await parseCertificateInput(files!.p7bPem);
    expect(p7b.format).toBe("PKCS7_PEM");
    expect(p7b.certificates.map((c) => c.thumbprint)).toEqual([h.intermediate.cert.thumbprint, h.root.cert.thumbprint]);
  });

  test("a duplicate in the same domain is refused (KER-PCM-003); the same root in another domain is fine", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org B");
    await uploadCaCertificates({ domain: "DEVICE", certificateData: h.root.pem }, actor);
    const error = await refusal(uploadCaCertificates({ domain: "DEVICE", certificateData: h.root.pem }, actor));
    expect(error.code).toBe("KER-PCM-003");
    expect(error.kind).toBe("conflict");
    expect(error.message).toContain(h.root.cert.thumbprint);
    const other = await uploadCaCertificates({ domain: "FTM", certificateData: h.root.pem }, actor);
    expect(other.status).toBe("Upload Success.");
  });

  test("an intermediate without its root is refused with the missing issuer named (KER-PCM-005)", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org C");
    const error = await refusal(uploadCaCertificates({ domain: "MISP", certificateData: h.intermediate.pem }, actor));
    expect(error.code).toBe("KER-PCM-005");
    expect(error.message).toContain(h.root.cert.facts.subject.text);
    expect(await db.caCertificate.count({ where: { thumbprint: h.intermediate.cert.thumbprint } })).toBe(0);
  });

  test("a PKCS#7 bundle in any order stores each certificate", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org D");
    const bundle = pkcs7ToPem(buildCertsOnlyPkcs7([h.intermediate.cert, h.root.cert]));
    const outcome = await uploadCaCertificates({ domain: "AUTH", certificateData: bundle }, actor);
    expect(outcome.status).toBe("Upload Success.");
    expect(outcome.items.map((i) => i.kind)).toEqual(["INTERMEDIATE", "ROOT"]);
    expect(outcome.items.every((i) => i.ok)).toBe(true);
  });

  test("a bundle with bad certificates is a partial success that reports each one", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org E");
    const notCa = await makeCertificate({ subject: "Not a CA", issuer: h.root, ca: false, now: new Date() });
    const shortLived = await makeCertificate({ subject: "Short-lived CA", issuer: h.root, ca: true, validToDays: 100 });
    const input = [h.root.pem, h.intermediate.pem, notCa.pem, shortLived.pem].join("");
    const outcome = await uploadCaCertificates({ domain: "DEVICE", certificateData: input }, actor);
    expect(outcome.status).toBe("Partial Upload Success.");
    expect(outcome.items.map((i) => i.ok)).toEqual([true, true, false, false]);
    expect(outcome.items[2].findings.map((f) => f.code)).toContain("PKI_NOT_CA");
    expect(outcome.items[3].findings.map((f) => f.errorCode)).toContain("KER-PCM-017");
    expect(outcome.items[3].findings[0].message).toContain("at least 365 days");

    const again = await uploadCaCertificates({ domain: "DEVICE", certificateData: [h.root.pem, h.intermediate.pem].join("") }, actor);
    expect(again.status).toBe("Upload Failed.");
    expect(again.items.every((i) => i.findings[0].errorCode === "KER-PCM-003")).toBe(true);
  });

  test("unreadable input and a private key are refused as KER-PCM-001", async () => {
    const actor = await adminActor();
    expect((await refusal(uploadCaCertificates({ domain: "AUTH", certificateData: "garbage" }, actor))).code).toBe("KER-PCM-001");
    const key = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";
    const error = await refusal(uploadCaCertificates({ domain: "AUTH", certificateData: key }, actor));
    expect(error.code).toBe("KER-PCM-001");
    expect(error.message).toContain("private key");
    const withKey = await makeTestHierarchy("Org Key");
    const mixed = await refusal(uploadCaCertificates({ domain: "AUTH", certificateData: withKey.root.pem + key }, actor));
    expect(mixed.code).toBe("KER-PCM-001");
    expect(await db.caCertificate.count({ where: { thumbprint: withKey.root.cert.thumbprint } })).toBe(0);
    const huge = await refusal(uploadCaCertificates({ domain: "AUTH", certificateData: "A".repeat(70_000) }, actor));
    expect(huge.kind).toBe("too_large");
  });

  test("a leaf is not a CA (refused), and a SHA-1 root is refused", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org F");
    await uploadCaCertificates({ domain: "FTM", certificateData: h.root.pem }, actor);
    await uploadCaCertificates({ domain: "FTM", certificateData: h.intermediate.pem }, actor);
    const leafAsCa = await refusal(uploadCaCertificates({ domain: "FTM", certificateData: h.leaf.pem }, actor));
    expect(leafAsCa.findings.map((f) => f.code)).toContain("PKI_NOT_CA");
    const sha1 = await makeCertificate({ subject: "SHA-1 Root", hash: "SHA-1", validToDays: 3650 });
    const weak = await refusal(uploadCaCertificates({ domain: "FTM", certificateData: sha1.pem }, actor));
    expect(weak.code).toBe("KER-PCM-014");
  });

  test("lists with filters and server paging", async () => {
    const actor = await adminActor();
    const h = await makeTestHierarchy("Org G");
    await uploadCaCertificates({ domain: "MISP", certificateData: h.root.pem + h.intermediate.pem }, actor);
    const cn = cnOf(h.root.cert.facts.subject.text);
    const tag = cn.split(" ").pop()!;
    const byName = await listCaCertificates({ issuedTo: tag }, page);
    expect(byName.total).toBe(2);
    expect((await listCaCertificates({ issuedTo: tag, kind: "ROOT" }, page)).rows.map((r) => r.issuedTo)).toEqual([cn]);
    expect((await listCaCertificates({ issuedTo: tag, domain: "AUTH" }, page)).total).toBe(0);
    // the intermediate expires in ~5 years, the root in ~10
    expect((await listCaCertificates({ issuedTo: tag, expiringWithinDays: 2000 }, page)).rows.map((r) => r.kind)).toEqual(["INTERMEDIATE"]);
    expect((await listCaCertificates({ issuedBy: tag }, { ...page, size: 8 })).total).toBe(2);
    const paged = await listCaCertificates({ issuedTo: tag }, { ...page, size: 1, page: 1 });
    expect(paged.rows).toHaveLength(1);
    expect(paged.total).toBe(2);
  });
});
