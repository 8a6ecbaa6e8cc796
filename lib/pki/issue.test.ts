import { describe, expect, test } from "vitest";
import { bytesEqual } from "./bytes";
import { loadCertificate } from "./certificate";
import { createPortalCaCertificate, issueCertificate } from "./issue";
import { exportPrivateKeyPkcs8, generateCaKeyPair, importPrivateKeyPkcs8, KeyImportError } from "./keys";
import { parseCertificateInput } from "./parse";
import { buildCertsOnlyPkcs7, pkcs7ToPem } from "./pkcs7";
import { certificateToPem, decodePemBlocks, encodePem } from "./pem";
import { makeHierarchy } from "./testing";
import { buildAndValidatePath, validateCaUpload, validatePartnerCertificate } from "./validate";

const DAY = 86_400_000;
const ORG = "Issued Partner Ltd";

const caKeys = await generateCaKeyPair();
const portalCa = await createPortalCaCertificate({ keyPair: caKeys, domain: "AUTH", country: "IN" });

function spkiOf(cert: { certificate: { subjectPublicKeyInfo: { toSchema(): { toBER(): ArrayBuffer } } } }): Uint8Array {
  return new Uint8Array(cert.certificate.subjectPublicKeyInfo.toSchema().toBER());
}

describe("portal CA", () => {
  test("is a valid self-signed ROOT under our own CA-upload rules", async () => {
    const r = await validateCaUpload(portalCa, { domainRoots: [], domainIntermediates: [] });
    expect(r).toMatchObject({ ok: true, kind: "ROOT", findings: [] });
    expect(r.chain[0]).toMatchObject({
      subject: "CN=Partner Portal AUTH CA,O=Partner Portal,C=IN",
      isCA: true,
      pathLen: 0,
      selfSigned: true,
      publicKey: { type: "EC", curve: "P-256" },
      signatureAlgorithm: "ecdsa-with-SHA256",
    });
    expect(r.chain[0].keyUsage).toEqual(expect.arrayContaining(["keyCertSign", "cRLSign"]));
  });

  test("an RSA-3072 portal CA works too", async () => {
    const rsaKeys = await generateCaKeyPair("RSA-3072");
    const rsaCa = await createPortalCaCertificate({ keyPair: rsaKeys, domain: "MISP" });
    expect(rsaCa.facts.key).toMatchObject({ type: "RSA", bits: 3072 });
    expect((await validateCaUpload(rsaCa, { domainRoots: [], domainIntermediates: [] })).ok).toBe(true);
    const { leaf } = await makeHierarchy({ organization: ORG });
    const issued = await issueCertificate({ caCert: rsaCa, caPrivateKey: rsaKeys.privateKey, subjectFromCert: leaf.cert, publicKeyFromCert: leaf.cert });
    expect(issued.facts.signature.name).toBe("sha256WithRSAEncryption");
    expect((await buildAndValidatePath(issued, { anchors: [rsaCa], leafRole: "end-entity" })).ok).toBe(true);
  }, 30_000);
});

describe("issueCertificate", () => {
  test("verifies under the portal CA and carries the partner's key and subject", async () => {
    const { root, intermediate, leaf } = await makeHierarchy({ organization: ORG });
    const accepted = await validatePartnerCertificate(leaf.cert, { trusted: [root.cert, intermediate.cert], organizationName: ORG, requireEndEntity: true });
    expect(accepted.ok).toBe(true);

    const now = new Date();
    const issued = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: leaf.cert, publicKeyFromCert: leaf.cert, now });

    const path = await buildAndValidatePath(issued, { anchors: [portalCa], leafRole: "end-entity", now });
    expect(path.findings).toEqual([]);
    expect(path.chain.map((c) => c.subject)).toEqual([leaf.cert.facts.subject.text, portalCa.facts.subject.text]);

    expect(bytesEqual(spkiOf(issued), spkiOf(leaf.cert))).toBe(true);
    expect(bytesEqual(new Uint8Array(issued.certificate.subject.valueBeforeDecode), new Uint8Array(leaf.cert.certificate.subject.valueBeforeDecode))).toBe(true);
    expect(issued.facts.issuer.text).toBe(portalCa.facts.subject.text);
    // And it passes the partner rules again, now with the portal CA as the domain's trust.
    const again = await validatePartnerCertificate(issued, { trusted: [portalCa], organizationName: ORG, requireEndEntity: true, now });
    expect(again.findings).toEqual([]);
  });

  test("profile: CA:FALSE, key usage by key type, key identifiers, 128-bit positive serial", async () => {
    const ec = (await makeHierarchy({ organization: ORG })).leaf;
    const rsa = (await makeHierarchy({ organization: ORG, leaf: { key: "RSA-2048", keySlot: "issue-rsa" } })).leaf;
    const fromEc = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: ec.cert, publicKeyFromCert: ec.cert });
    const fromRsa = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: rsa.cert, publicKeyFromCert: rsa.cert });
    const signingOnly = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: ec.cert, publicKeyFromCert: ec.cert, encryption: false });

    expect(fromEc.facts.basicConstraints).toEqual({ cA: false, pathLen: null });
    expect(fromEc.facts.keyUsage).toEqual(["digitalSignature", "keyAgreement"]);
    expect(fromRsa.facts.keyUsage).toEqual(["digitalSignature", "keyEncipherment"]);
    expect(signingOnly.facts.keyUsage).toEqual(["digitalSignature"]);
    expect(fromEc.facts.authorityKeyId?.keyId).toBe(portalCa.facts.subjectKeyId);
    expect(fromEc.facts.subjectKeyId).toMatch(/^[0-9a-f]{40}$/);
    expect(fromEc.facts.serialHex).toMatch(/^[4-7][0-9a-f]{31}$/);
    expect(fromEc.facts.serialHex).not.toBe(signingOnly.facts.serialHex);
    expect(fromEc.facts.version).toBe(3);
  });

  test("valid for one year, or until the original expires if sooner", async () => {
    const now = new Date("2030-03-01T12:00:00Z");
    const longLived = (await makeHierarchy({ organization: ORG, now, leaf: { validToDays: 900 } })).leaf;
    const shortLived = (await makeHierarchy({ organization: ORG, now, leaf: { validToDays: 100 } })).leaf;
    const a = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: longLived.cert, publicKeyFromCert: longLived.cert, now });
    const b = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: shortLived.cert, publicKeyFromCert: shortLived.cert, now });
    expect(a.facts.notBefore.toISOString()).toBe(now.toISOString());
    expect(a.facts.notAfter.getTime()).toBe(now.getTime() + 365 * DAY);
    expect(b.facts.notAfter.getTime()).toBe(Math.floor(shortLived.cert.facts.notAfter.getTime() / 1000) * 1000);
  });

  test("refuses to issue over an expired certificate", async () => {
    const old = (await makeHierarchy({ organization: ORG, leaf: { validFromDays: -400, validToDays: -1 } })).leaf;
    await expect(issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: old.cert, publicKeyFromCert: old.cert })).rejects.toThrow(RangeError);
  });
});

describe("keys", () => {
  test("PKCS#8 export and import round-trip, for EC and RSA", async () => {
    const pkcs8 = await exportPrivateKeyPkcs8(caKeys.privateKey);
    const imported = await importPrivateKeyPkcs8(pkcs8);
    expect(imported.algorithm).toMatchObject({ name: "ECDSA", namedCurve: "P-256" });
    expect(imported.extractable).toBe(false);
    const { leaf } = await makeHierarchy({ organization: ORG });
    const issued = await issueCertificate({ caCert: portalCa, caPrivateKey: imported, subjectFromCert: leaf.cert, publicKeyFromCert: leaf.cert });
    expect((await buildAndValidatePath(issued, { anchors: [portalCa] })).ok).toBe(true);

    const rsa = await globalThis.crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
    const rsaImported = await importPrivateKeyPkcs8(await exportPrivateKeyPkcs8(rsa.privateKey));
    expect(rsaImported.algorithm).toMatchObject({ name: "RSASSA-PKCS1-v1_5" });
  });

  test("garbage is a KeyImportError", async () => {
    await expect(importPrivateKeyPkcs8(new Uint8Array([1, 2, 3]))).rejects.toThrow(KeyImportError);
  });
});

describe("PEM and PKCS#7 helpers", () => {
  test("PEM encode/decode", async () => {
    const pem = certificateToPem(portalCa.der);
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{64}\n)*[A-Za-z0-9+/=]{1,64}\n-----END CERTIFICATE-----\n$/);
    const [block] = decodePemBlocks(pem);
    expect(block.label).toBe("CERTIFICATE");
    expect(bytesEqual(block.der as Uint8Array, portalCa.der)).toBe(true);
    expect(encodePem("PRIVATE KEY", new Uint8Array([1]))).toContain("BEGIN PRIVATE KEY");
  });

  test("the trust-path PKCS#7 holds the issued certificate and the portal CA", async () => {
    const { leaf } = await makeHierarchy({ organization: ORG });
    const issued = await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: leaf.cert, publicKeyFromCert: leaf.cert });
    const p7b = pkcs7ToPem(buildCertsOnlyPkcs7([issued, portalCa]));
    expect(p7b).toContain("-----BEGIN PKCS7-----");
    const parsed = await parseCertificateInput(p7b);
    expect(parsed.certificates.map((c) => c.thumbprint)).toEqual([issued.thumbprint, portalCa.thumbprint]);
    expect((await loadCertificate(issued.der)).thumbprint).toBe(issued.thumbprint);
  });
});
