import { describe, expect, test } from "vitest";
import { POST as uploadCa } from "@/app/v1/partnermanager/partners/certificate/ca/upload/route";
import { POST as uploadCertificate } from "@/app/v1/partnermanager/partners/certificate/upload/route";
import { GET as getCertificate } from "@/app/v1/partnermanager/partners/[partnerId]/certificate/route";
import { GET as getCertificateData } from "@/app/v1/partnermanager/partners/[partnerId]/certificate-data/route";
import { GET as listTrustChain } from "@/app/v1/partnermanager/trust-chain-certificates/route";
import { GET as trustChainFile } from "@/app/v1/partnermanager/trust-chain-certificates/[certificateId]/certificateFile/route";
import { GET as portalCas } from "@/app/v1/partnermanager/portal-ca-certificates/route";
import { GET as portalCaFile } from "@/app/v1/partnermanager/portal-ca-certificates/[domain]/route";
import { db } from "@/lib/db";
import { parseCertificateInput } from "@/lib/pki";
import { createTestPartner, createTestStaff } from "@/tests/factories";
import { apiTokenFor, base64Der, callRoute, createTrustedHierarchy, issueTestLeaf, makeTestHierarchy } from "@/tests/factories-certificates";

describe("REST: trust store", () => {
  test("an admin uploads a root and an intermediate, lists them with MOSIP's filters and downloads the trust path", async () => {
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const token = await apiTokenFor(admin.userId);
    const h = await makeTestHierarchy("Rest Org");
    for (const cert of [h.root, h.intermediate]) {
      const res = await callRoute(uploadCa, { method: "POST", token, body: { certificateData: cert.pem, partnerDomain: "auth" } });
      expect(res.status).toBe(200);
      expect(res.json?.response).toMatchObject({ status: "Upload Success." });
    }
    const tag = /CN=[^,]* ([0-9a-f]{8})/.exec(h.root.cert.facts.subject.text)![1];
    const list = await callRoute(listTrustChain, { path: `/v1/partnermanager/trust-chain-certificates?issuedTo=${tag}&partnerDomain=AUTH&pageNo=0&pageSize=8&sortFieldName=validTillDate&sortType=ASC`, token });
    expect(list.status).toBe(200);
    const page = list.json?.response as { totalResults: number; data: { caCertificateType: string; certId: string; certThumbprint: string }[] };
    expect(page.totalResults).toBe(2);
    expect(page.data.map((d) => d.caCertificateType)).toEqual(["INTERMEDIATE", "ROOT"]);
    const onlyRoots = await callRoute(listTrustChain, { path: `/v1/partnermanager/trust-chain-certificates?issuedTo=${tag}&caCertificateType=root`, token });
    expect((onlyRoots.json?.response as { totalResults: number }).totalResults).toBe(1);

    const file = await callRoute(trustChainFile, { token, params: { certificateId: page.data[0].certId } });
    const body = file.json?.response as { caCertificateData: string; p7bFile: string };
    expect(body.caCertificateData).toBe(h.intermediate.pem);
    expect((await parseCertificateInput(body.p7bFile)).certificates.map((c) => c.thumbprint)).toEqual([h.intermediate.cert.thumbprint, h.root.cert.thumbprint]);

    const bad = await callRoute(uploadCa, { method: "POST", token, body: { certificateData: h.root.pem, partnerDomain: "PRINT" } });
    expect(bad.status).toBe(400);
    expect(bad.json?.errors[0].errorCode).toBe("KER-PCM-011");
    const dup = await callRoute(uploadCa, { method: "POST", token, body: { certificateData: h.root.pem, partnerDomain: "AUTH" } });
    expect(dup.status).toBe(409);
    expect(dup.json?.errors[0].errorCode).toBe("KER-PCM-003");
  });

  test("a partner may not touch the trust store", async () => {
    const { principal } = await createTestPartner("AUTH_PARTNER");
    const token = await apiTokenFor(principal.userId);
    const h = await makeTestHierarchy("Sneaky");
    const res = await callRoute(uploadCa, { method: "POST", token, body: { certificateData: h.root.pem, partnerDomain: "AUTH" } });
    expect(res.status).toBe(403);
    expect(res.json?.errors[0].errorCode).toBe("KER-ATH-403");
    expect(await db.caCertificate.count({ where: { thumbprint: h.root.cert.thumbprint } })).toBe(0);
    expect((await callRoute(listTrustChain, { token })).status).toBe(403);
  });
});

describe("REST: partner certificate", () => {
  test("upload, then download the portal-signed certificate and both certificates", async () => {
    const { partner, principal } = await createTestPartner("AUTH_PARTNER");
    const h = await createTrustedHierarchy("AUTH", partner.organizationName);
    const token = await apiTokenFor(principal.userId);
    const res = await callRoute(uploadCertificate, { method: "POST", token, body: { partnerId: partner.id, certificateData: base64Der(h.leaf), partnerDomain: "AUTH" } });
    expect(res.status).toBe(200);
    const response = res.json?.response as { certificateId: string; signedCertificateData: string };
    expect(response.certificateId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.signedCertificateData).toContain("BEGIN CERTIFICATE");

    const signed = await callRoute(getCertificate, { token, params: { partnerId: partner.id } });
    expect((signed.json?.response as { certificateData: string }).certificateData).toBe(response.signedCertificateData);
    const both = await callRoute(getCertificateData, { token, params: { partnerId: partner.id } });
    expect(both.json?.response).toMatchObject({ caSignedCertificateData: h.leaf.pem, mosipSignedCertificateData: response.signedCertificateData, isCaSignedCertificateExpired: false, isMosipSignedCertificateExpired: false });

    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    expect((await callRoute(getCertificate, { token: await apiTokenFor(admin.userId), params: { partnerId: partner.id } })).status).toBe(200);
  });

  test("a partner cannot upload for, or read the certificate of, another partner", async () => {
    const victim = await createTestPartner("AUTH_PARTNER");
    const attacker = await createTestPartner("AUTH_PARTNER");
    const h = await createTrustedHierarchy("AUTH", victim.partner.organizationName);
    const token = await apiTokenFor(attacker.principal.userId);
    const res = await callRoute(uploadCertificate, { method: "POST", token, body: { partnerId: victim.partner.id, certificateData: h.leaf.pem, partnerDomain: "AUTH" } });
    expect(res.status).toBe(404);
    expect(res.json?.errors[0].errorCode).toBe("PMS_PRT_005");
    expect((await db.partner.findUnique({ where: { id: victim.partner.id } }))?.status).toBe("PENDING_CERTIFICATE");
    expect(await db.partnerCertificate.count({ where: { partnerId: victim.partner.id } })).toBe(0);

    const owner = await apiTokenFor(victim.principal.userId);
    await callRoute(uploadCertificate, { method: "POST", token: owner, body: { partnerId: victim.partner.id, certificateData: h.leaf.pem, partnerDomain: "AUTH" } });
    for (const handler of [getCertificate, getCertificateData]) {
      const read = await callRoute(handler, { token, params: { partnerId: victim.partner.id } });
      expect(read.status).toBe(404);
    }
  });

  test("a refusal answers one error per reason, the most fundamental first, with both organisation names", async () => {
    const { partner, principal } = await createTestPartner("AUTH_PARTNER");
    const h = await createTrustedHierarchy("AUTH", partner.organizationName);
    const other = await issueTestLeaf(h.intermediate, "Wrong Org SA", { validToDays: 10 });
    const res = await callRoute(uploadCertificate, { method: "POST", token: await apiTokenFor(principal.userId), body: { partnerId: partner.id, certificateData: other.pem, partnerDomain: "AUTH" } });
    expect(res.status).toBe(422);
    expect(res.json?.response).toBeNull();
    expect(res.json?.errors.map((e) => e.errorCode)).toEqual(["KER-PCM-008", "KER-KMS-021"]);
    expect(res.json?.errors[0].message).toContain("'Wrong Org SA'");
    expect(res.json?.errors[0].message).toContain(`'${partner.organizationName}'`);
    const garbage = await callRoute(uploadCertificate, { method: "POST", token: await apiTokenFor(principal.userId), body: { partnerId: partner.id, certificateData: "%%%", partnerDomain: "AUTH" } });
    expect(garbage.status).toBe(400);
    expect(garbage.json?.errors[0].errorCode).toBe("KER-PCM-001");
  });
});

describe("REST: portal CA certificates", () => {
  test("are public, one current CA per domain, also as a PEM file", async () => {
    const res = await callRoute(portalCas, {});
    expect(res.status).toBe(200);
    const certs = (res.json?.response as { certificates: { partnerDomain: string; isCurrent: boolean; certificateData: string }[] }).certificates;
    expect(new Set(certs.filter((c) => c.isCurrent).map((c) => c.partnerDomain))).toEqual(new Set(["AUTH", "DEVICE", "FTM", "MISP"]));
    const file = await callRoute(portalCaFile, { params: { domain: "ftm" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/x-pem-file");
    const parsed = await parseCertificateInput(file.text);
    expect(parsed.certificates[0].facts.subject.text).toContain("Partner Portal FTM CA");
  });
});
