import { describe, expect, test } from "vitest";
import { CONFORMANCE_ALGORITHMS } from "./algorithms";
import { extension } from "./cert-builder";
import { MOSIP_ERROR_CODES, mosipErrorCode, type Finding, type FindingCode } from "./findings";
import { makeCertificate, makeHierarchy, type TestCert, type TestCertOptions, type TestHierarchy } from "./testing";
import { validateCaBundle } from "./ca-bundle";
import { buildAndValidatePath, requiresEndEntity, validateCaUpload, validatePartnerCertificate, type ValidationResult } from "./validate";

const ORG = "Acme Identity Services";
const DAY = 86_400_000;

async function partner(h: TestHierarchy, overrides: { organizationName?: string; requireEndEntity?: boolean; extraChain?: TestCert[] } = {}) {
  return validatePartnerCertificate(h.leaf.cert, {
    trusted: overrides.extraChain ? [h.root.cert] : [h.root.cert, h.intermediate.cert],
    extraChain: overrides.extraChain?.map((c) => c.cert),
    organizationName: overrides.organizationName ?? ORG,
    requireEndEntity: overrides.requireEndEntity ?? true,
  });
}

function codes(r: { findings: Finding[] }): FindingCode[] {
  return r.findings.map((f) => f.code);
}

function only(r: ValidationResult, code: FindingCode): Finding {
  expect(codes(r), JSON.stringify(r.findings, null, 1)).toEqual([code]);
  expect(r.ok).toBe(false);
  return r.findings[0];
}

const hierarchy = (o: { root?: TestCertOptions; intermediate?: TestCertOptions; leaf?: TestCertOptions } = {}) =>
  makeHierarchy({ organization: ORG, ...o });

describe("accepted chains", () => {
  test("EC P-256 root → intermediate → leaf", async () => {
    const r = await partner(await hierarchy());
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.chain.map((c) => c.commonName)).toEqual([`${ORG} signing`, "Test Issuing CA", "Test Root CA"]);
  });

  test("RSA-2048, RSA-PSS and P-384 keys", async () => {
    const r = await partner(
      await hierarchy({ root: { key: "RSA-2048", keySlot: "root" }, intermediate: { key: "EC-P384" }, leaf: { key: "RSA-PSS-2048", keySlot: "pss" } }),
    );
    expect(r.findings).toEqual([]);
    expect(r.chain[0].publicKey).toMatchObject({ type: "RSA", bits: 2048 });
    expect(r.chain[1].signatureAlgorithm).toBe("sha256WithRSAEncryption");
    expect(r.chain[0].signatureAlgorithm).toBe("ecdsa-with-SHA384");
  });

  test("the partner may send the intermediate along (extraChain)", async () => {
    const h = await hierarchy();
    const r = await partner(h, { extraChain: [h.intermediate] });
    expect(r.ok).toBe(true);
    expect(r.chain).toHaveLength(3);
  });

  test("a CA leaf is fine for DEVICE/FTM (requireEndEntity false)", async () => {
    const h = await hierarchy({ leaf: { ca: true } });
    expect((await partner(h, { requireEndEntity: false })).ok).toBe(true);
  });
});

describe("one test per rejection rule", () => {
  test("PKI_EXPIRED names the link that expired and the date", async () => {
    const now = Date.now();
    const h = await hierarchy({ intermediate: { notBefore: new Date(now - 800 * DAY), notAfter: new Date("2025-01-01T00:00:00Z") } });
    const f = only(await partner(h), "PKI_EXPIRED");
    expect(f.message).toBe("Intermediate 'CN=Test Issuing CA,O=Test Domain Trust,C=IN' expired on 2025-01-01.");
    expect(f).toMatchObject({ certIndex: 1, params: { role: "intermediate", notAfter: "2025-01-01T00:00:00.000Z" } });
  });

  test("PKI_EXPIRED on the root too", async () => {
    const h = await hierarchy({ root: { validFromDays: -900, validToDays: -1 } });
    const f = only(await partner(h), "PKI_EXPIRED");
    expect(f).toMatchObject({ certIndex: 2, params: { role: "root" } });
  });

  test("PKI_NOT_YET_VALID", async () => {
    const h = await hierarchy({ leaf: { validFromDays: 2, validToDays: 400 } });
    const f = only(await partner(h), "PKI_NOT_YET_VALID");
    expect(f.message).toMatch(/^End-entity certificate 'CN=.*' is not valid until \d{4}-\d\d-\d\d\.$/);
  });

  test("PKI_NO_TRUSTED_PATH names the missing issuer", async () => {
    const h = await hierarchy();
    const r = await validatePartnerCertificate(h.leaf.cert, { trusted: [h.root.cert], organizationName: ORG, requireEndEntity: true });
    const f = only(r, "PKI_NO_TRUSTED_PATH");
    expect(f.params.issuer).toBe("CN=Test Issuing CA,O=Test Domain Trust,C=IN");
    expect(r.chain).toHaveLength(1);
  });

  test("PKI_SIGNATURE_INVALID", async () => {
    const h = await hierarchy();
    const impostor = await makeCertificate({ subject: h.leaf.name, issuer: h.intermediate, signWith: (await makeCertificate()).keyPair.privateKey });
    const r = await validatePartnerCertificate(impostor.cert, { trusted: [h.root.cert, h.intermediate.cert], organizationName: ORG, requireEndEntity: true });
    const f = only(r, "PKI_SIGNATURE_INVALID");
    expect(f.message).toContain("does not verify with the public key of 'CN=Test Issuing CA");
  });

  test("PKI_ORG_MISMATCH shows both names; the comparison is exact", async () => {
    const h = await hierarchy();
    const f = only(await partner(h, { organizationName: "ACME Identity Services" }), "PKI_ORG_MISMATCH");
    expect(f.params).toEqual({ certificateOrganization: ORG, partnerOrganization: "ACME Identity Services" });
    expect(f.message).toContain(`'${ORG}'`);
    expect(f.message).toContain("'ACME Identity Services'");
  });

  test("PKI_ORG_MISSING", async () => {
    const h = await hierarchy({ leaf: { subject: [["CN", "no organisation"]] } });
    only(await partner(h), "PKI_ORG_MISSING");
  });

  test("two O= attributes are a mismatch", async () => {
    const h = await hierarchy({ leaf: { subject: [["O", ORG], ["O", "Other"], ["CN", "x"]] } });
    only(await partner(h), "PKI_ORG_MISMATCH");
  });

  test("PKI_KEY_TOO_SMALL (RSA-1024)", async () => {
    const h = await hierarchy({ leaf: { key: "RSA-1024", keySlot: "small" } });
    const f = only(await partner(h), "PKI_KEY_TOO_SMALL");
    expect(f.params).toMatchObject({ bits: 1024, minimumBits: 2048 });
  });

  test("PKI_KEY_NOT_ALLOWED (P-521)", async () => {
    const h = await hierarchy({ leaf: { key: "EC-P521" } });
    expect(only(await partner(h), "PKI_KEY_NOT_ALLOWED").params.keyType).toBe("EC P-521");
  });

  test("PKI_WEAK_ALGORITHM (SHA-1), and the conformance profile records it as waived", async () => {
    const h = await hierarchy({ leaf: { hash: "SHA-1" } });
    expect(only(await partner(h), "PKI_WEAK_ALGORITHM").params.algorithm).toBe("ecdsa-with-SHA1");
    const relaxed = await buildAndValidatePath(h.leaf.cert, { anchors: [h.root.cert], intermediates: [h.intermediate.cert], algorithms: CONFORMANCE_ALGORITHMS });
    expect(relaxed.ok).toBe(true);
    expect(relaxed.waived).toMatchObject([{ code: "PKI_WEAK_ALGORITHM", waivedBecause: CONFORMANCE_ALGORITHMS.relaxationReason }]);
  });

  test("PKI_SELF_SIGNED", async () => {
    const self = await makeCertificate({ subject: [["O", ORG], ["CN", "self"]], ca: false });
    const r = await validatePartnerCertificate(self.cert, { trusted: [], organizationName: ORG, requireEndEntity: true });
    only(r, "PKI_SELF_SIGNED");
  });

  test("PKI_LEAF_IS_CA for AUTH/MISP", async () => {
    const h = await hierarchy({ leaf: { ca: true } });
    only(await partner(h), "PKI_LEAF_IS_CA");
  });

  test("PKI_NOT_CA: an issuer without CA:TRUE", async () => {
    const h = await hierarchy({ intermediate: { ca: false, keyUsage: ["digitalSignature"] } });
    const f = only(await partner(h), "PKI_NOT_CA");
    expect(f.certIndex).toBe(1);
  });

  test("PKI_NOT_CA: an issuer without basicConstraints at all", async () => {
    const h = await hierarchy({ intermediate: { ca: "omit", keyUsage: false } });
    only(await partner(h), "PKI_NOT_CA");
  });

  test("PKI_NO_KEYCERTSIGN", async () => {
    const h = await hierarchy({ intermediate: { keyUsage: ["digitalSignature", "cRLSign"] } });
    only(await partner(h), "PKI_NO_KEYCERTSIGN");
  });

  test("PKI_PATH_LENGTH: root pathLen 0 above an intermediate", async () => {
    const h = await hierarchy({ root: { pathLen: 0 } });
    const f = only(await partner(h), "PKI_PATH_LENGTH");
    expect(f).toMatchObject({ certIndex: 2, params: { pathLen: 0, intermediates: 1 } });
  });

  test("PKI_UNKNOWN_CRITICAL_EXTENSION", async () => {
    const h = await hierarchy({ leaf: { extraExtensions: [extension.raw("1.3.6.1.4.1.99999.1", new Uint8Array([0x05, 0x00]), true)] } });
    expect(only(await partner(h), "PKI_UNKNOWN_CRITICAL_EXTENSION").params.oid).toBe("1.3.6.1.4.1.99999.1");
  });

  test("an unknown non-critical extension is fine", async () => {
    const h = await hierarchy({ leaf: { extraExtensions: [extension.raw("1.3.6.1.4.1.99999.1", new Uint8Array([0x05, 0x00]), false)] } });
    expect((await partner(h)).ok).toBe(true);
  });

  test("PKI_NOT_V3", async () => {
    const h = await hierarchy({ leaf: { version: 1 } });
    expect(only(await partner(h), "PKI_NOT_V3").params.version).toBe(1);
  });

  test("PKI_VALIDITY_TOO_SHORT: 30 days for partners by default, configurable", async () => {
    const h = await hierarchy({ leaf: { validToDays: 20 } });
    const f = only(await partner(h), "PKI_VALIDITY_TOO_SHORT");
    expect(f.params).toMatchObject({ minimumDays: 30, remainingDays: 19 });
    const mosipLike = await validatePartnerCertificate((await hierarchy({ leaf: { validToDays: 300 } })).leaf.cert, {
      trusted: [h.root.cert, h.intermediate.cert],
      organizationName: ORG,
      requireEndEntity: true,
      minRemainingDays: 335,
    });
    expect(codes(mosipLike)).toContain("PKI_VALIDITY_TOO_SHORT");
  });

  test("PKI_INVALID_EXTENSION: critical authorityKeyIdentifier", async () => {
    const h = await hierarchy();
    const leaf = await makeCertificate({
      subject: [["O", ORG], ["CN", "x"]],
      issuer: h.intermediate,
      omitKeyIdentifiers: true,
      extraExtensions: [extension.authorityKeyIdentifier(new Uint8Array(20), true)],
    });
    const r = await validatePartnerCertificate(leaf.cert, { trusted: [h.root.cert, h.intermediate.cert], organizationName: ORG, requireEndEntity: true });
    expect(only(r, "PKI_INVALID_EXTENSION").message).toContain("requires it to be non-critical");
  });

  test("PKI_DUPLICATE_EXTENSION", async () => {
    const h = await hierarchy({ leaf: { extraExtensions: [extension.keyUsage(["digitalSignature"])] } });
    only(await partner(h), "PKI_DUPLICATE_EXTENSION");
  });

  test("PKI_KEYCERTSIGN_WITHOUT_CA", async () => {
    const h = await hierarchy({ leaf: { keyUsage: ["digitalSignature", "keyCertSign"] } });
    only(await partner(h), "PKI_KEYCERTSIGN_WITHOUT_CA");
  });

  test("PKI_NAME_CONSTRAINT_VIOLATION: the intermediate's nameConstraints are enforced", async () => {
    const h = await hierarchy({
      intermediate: { nameConstraints: { permitted: [{ dn: [["C", "IN"], ["O", "Someone Else"]] }] } },
      leaf: { subject: [["C", "IN"], ["O", ORG], ["CN", "x"]] },
    });
    const f = only(await partner(h), "PKI_NAME_CONSTRAINT_VIOLATION");
    expect(f.params.constrainedBy).toContain("CN=Test Issuing CA");
    const ok = await hierarchy({
      intermediate: { nameConstraints: { permitted: [{ dn: [["C", "IN"], ["O", ORG]] }], excluded: [{ dns: "evil.example" }] } },
      leaf: { subject: [["C", "IN"], ["O", ORG], ["CN", "x"]], subjectAltNames: [{ dns: "api.acme.example" }] },
    });
    expect((await partner(ok)).ok).toBe(true);
  });

  test("PKI_POLICY_NOT_SUPPORTED: requireExplicitPolicy in reach", async () => {
    const h = await hierarchy({ intermediate: { extraExtensions: [extension.policyConstraints(0)] } });
    only(await partner(h), "PKI_POLICY_NOT_SUPPORTED");
  });

  test("PKI_EKU_NOT_ALLOWED when a usage is required", async () => {
    const h = await hierarchy({ leaf: { extKeyUsage: ["1.3.6.1.5.5.7.3.2"] } });
    const r = await buildAndValidatePath(h.leaf.cert, { anchors: [h.root.cert], intermediates: [h.intermediate.cert], requiredExtendedKeyUsage: ["serverAuth"] });
    expect(only(r, "PKI_EKU_NOT_ALLOWED").params).toMatchObject({ usages: "clientAuth", required: "serverAuth" });
  });

  test("PKI_PATH_TOO_LONG", async () => {
    const h = await hierarchy();
    const r = await buildAndValidatePath(h.leaf.cert, { anchors: [h.root.cert], intermediates: [h.intermediate.cert], maxDepth: 0 });
    only(r, "PKI_PATH_TOO_LONG");
  });

  test("PKI_INVALID_SERIAL and PKI_EMPTY_NAME", async () => {
    const h = await hierarchy({ leaf: { serial: new Uint8Array([0]) } });
    only(await partner(h), "PKI_INVALID_SERIAL");
    const root = await makeCertificate({ subject: [["CN", "Root"]] });
    const emptySubjectCa = await makeCertificate({ subject: [], issuer: root, ca: true });
    const r = await validateCaUpload(emptySubjectCa.cert, { domainRoots: [root.cert], domainIntermediates: [] });
    expect(codes(r)).toContain("PKI_EMPTY_NAME");
  });

  test("several problems are all reported, each with its link", async () => {
    const h = await hierarchy({ intermediate: { validFromDays: -900, validToDays: -2 }, leaf: { key: "RSA-1024", keySlot: "small", subject: [["O", "Wrong"], ["CN", "x"]] } });
    const r = await partner(h);
    expect(r.findings.map((f) => [f.code, f.certIndex])).toEqual([
      ["PKI_KEY_TOO_SMALL", 0],
      ["PKI_EXPIRED", 1],
      ["PKI_ORG_MISMATCH", 0],
    ]);
  });
});

describe("path building", () => {
  test("a wrong intermediate with the same name does not hide the good path (backtracking)", async () => {
    const h = await hierarchy();
    // Same subject as the real intermediate, other key, listed first.
    const decoy = await makeCertificate({ subject: h.intermediate.name, issuer: h.root, ca: true, omitKeyIdentifiers: true });
    const r = await validatePartnerCertificate(h.leaf.cert, {
      trusted: [h.root.cert, decoy.cert, h.intermediate.cert],
      organizationName: ORG,
      requireEndEntity: true,
    });
    expect(r.findings).toEqual([]);
    expect(r.chain[1].thumbprintSha256).toBe(h.intermediate.cert.thumbprint);
  });

  test("an expired copy of the intermediate is passed over for a valid one", async () => {
    const h = await hierarchy();
    const expiredCopy = await makeCertificate({ subject: h.intermediate.name, key: h.intermediate.keyPair, issuer: h.root, ca: true, validFromDays: -900, validToDays: -1 });
    const r = await validatePartnerCertificate(h.leaf.cert, { trusted: [h.root.cert, expiredCopy.cert, h.intermediate.cert], organizationName: ORG, requireEndEntity: true });
    expect(r.ok).toBe(true);
  });

  test("a certificate cycle terminates with no trusted path", async () => {
    const root = await makeCertificate({ subject: "Root" });
    const aKeys = await makeCertificate({ subject: "CA A" });
    const bKeys = await makeCertificate({ subject: "CA B" });
    // A and B sign each other; neither chains to the root.
    const aByB = await makeCertificate({ subject: "CA A", key: aKeys.keyPair, issuer: bKeys, ca: true });
    const bByA = await makeCertificate({ subject: "CA B", key: bKeys.keyPair, issuer: aKeys, ca: true });
    const leaf = await makeCertificate({ subject: [["O", ORG], ["CN", "leaf"]], issuer: aKeys });
    const started = Date.now();
    const r = await buildAndValidatePath(leaf.cert, { anchors: [root.cert], intermediates: [aByB.cert, bByA.cert], maxDepth: 255 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(codes(r)).toEqual(["PKI_NO_TRUSTED_PATH"]);
  });

  test("many same-named certificates hit the search budget, not a hang", async () => {
    const root = await makeCertificate({ subject: "Root" });
    const ca = await makeCertificate({ subject: "Loop CA" });
    // 30 self-issued "Loop CA" certificates with different keys, all signing each other by name.
    const loops: TestCert[] = [];
    for (let i = 0; i < 30; i++) loops.push(await makeCertificate({ subject: "Loop CA", issuer: ca, ca: true }));
    const leaf = await makeCertificate({ subject: "leaf", issuer: ca });
    const started = Date.now();
    const r = await buildAndValidatePath(leaf.cert, { anchors: [root.cert], intermediates: loops.map((l) => l.cert), timeLimitMs: 500 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.ok).toBe(false);
    expect(codes(r).some((c) => c === "PKI_PATH_BUILDING_LIMIT" || c === "PKI_NO_TRUSTED_PATH")).toBe(true);
  });
});

describe("CA upload", () => {
  test("a self-signed CA is a ROOT", async () => {
    const root = await makeCertificate({ subject: "Domain Root", validToDays: 3650 });
    const r = await validateCaUpload(root.cert, { domainRoots: [], domainIntermediates: [] });
    expect(r).toMatchObject({ ok: true, kind: "ROOT", thumbprint: root.cert.thumbprint, findings: [] });
  });

  test("an intermediate must chain to a stored root of the domain", async () => {
    const h = await hierarchy();
    const ok = await validateCaUpload(h.intermediate.cert, { domainRoots: [h.root.cert], domainIntermediates: [] });
    expect(ok).toMatchObject({ ok: true, kind: "INTERMEDIATE" });
    const other = await makeCertificate({ subject: "Other Root" });
    const refused = await validateCaUpload(h.intermediate.cert, { domainRoots: [other.cert], domainIntermediates: [] });
    expect(codes(refused)).toEqual(["PKI_NO_TRUSTED_PATH"]);
  });

  test("the uploaded CA counts against its issuers' pathLen", async () => {
    const root = await makeCertificate({ subject: "Root", pathLen: 0, validToDays: 3650 });
    const sub = await makeCertificate({ subject: "Sub", issuer: root, ca: true, validToDays: 1000 });
    const r = await validateCaUpload(sub.cert, { domainRoots: [root.cert], domainIntermediates: [] });
    expect(codes(r)).toEqual(["PKI_PATH_LENGTH"]);
  });

  test("12 months of validity left by default; CA flag and keyCertSign required", async () => {
    const shortRoot = await makeCertificate({ subject: "Short Root", validToDays: 200 });
    expect(codes(await validateCaUpload(shortRoot.cert, { domainRoots: [], domainIntermediates: [] }))).toEqual(["PKI_VALIDITY_TOO_SHORT"]);
    const notCa = await makeCertificate({ subject: "Not a CA", ca: false, validToDays: 3650 });
    expect(codes(await validateCaUpload(notCa.cert, { domainRoots: [], domainIntermediates: [] }))).toEqual(["PKI_NOT_CA"]);
    const noSign = await makeCertificate({ subject: "No sign", keyUsage: ["digitalSignature"], validToDays: 3650 });
    expect(codes(await validateCaUpload(noSign.cert, { domainRoots: [], domainIntermediates: [] }))).toEqual(["PKI_NO_KEYCERTSIGN"]);
  });

  test("SHA-1 and small RSA keys are refused for CAs too", async () => {
    const sha1Root = await makeCertificate({ subject: "SHA1 Root", hash: "SHA-1", validToDays: 3650 });
    expect(codes(await validateCaUpload(sha1Root.cert, { domainRoots: [], domainIntermediates: [] }))).toEqual(["PKI_WEAK_ALGORITHM"]);
  });
});

describe("MOSIP error codes", () => {
  test("every finding code maps to a keymanager code", () => {
    expect(MOSIP_ERROR_CODES.PKI_UNPARSABLE).toBe("KER-PCM-001");
    expect(MOSIP_ERROR_CODES.PKI_DUPLICATE).toBe("KER-PCM-003");
    expect(MOSIP_ERROR_CODES.PKI_EXPIRED).toBe("KER-PCM-004");
    expect(MOSIP_ERROR_CODES.PKI_ORG_MISMATCH).toBe("KER-PCM-008");
    expect(MOSIP_ERROR_CODES.PKI_KEY_TOO_SMALL).toBe("KER-PCM-013");
    expect(MOSIP_ERROR_CODES.PKI_WEAK_ALGORITHM).toBe("KER-PCM-014");
    expect(MOSIP_ERROR_CODES.PKI_SELF_SIGNED).toBe("KER-PCM-015");
    expect(mosipErrorCode("PKI_NO_TRUSTED_PATH", "CA")).toBe("KER-PCM-005");
    expect(mosipErrorCode("PKI_NO_TRUSTED_PATH", "PARTNER")).toBe("KER-PCM-006");
    expect(mosipErrorCode("PKI_VALIDITY_TOO_SHORT", "PARTNER")).toBe("KER-KMS-021");
    expect(mosipErrorCode("PKI_VALIDITY_TOO_SHORT", "CA")).toBe("KER-PCM-017");
    for (const code of Object.values(MOSIP_ERROR_CODES)) expect(code).toMatch(/^KER-(PCM|KMS)-\d{3}$/);
  });
});

describe("CA bundle", () => {
  test("root and intermediates in any order: each validated once, against what the bundle already added", async () => {
    const root = await makeCertificate({ subject: "Bundle Root", validToDays: 3650 });
    const ica1 = await makeCertificate({ subject: "Bundle ICA 1", issuer: root, ca: true, validToDays: 2000 });
    const ica2 = await makeCertificate({ subject: "Bundle ICA 2", issuer: ica1, ca: true, validToDays: 1500 });
    const shortLived = await makeCertificate({ subject: "Short ICA", issuer: root, ca: true, validToDays: 100 });
    const results = await validateCaBundle([ica2.cert, shortLived.cert, ica1.cert, root.cert, ica1.cert], { domainRoots: [], domainIntermediates: [] });
    expect(results.map((r) => [r.kind, r.ok, codes(r).join(",")])).toEqual([
      ["INTERMEDIATE", true, ""],
      ["INTERMEDIATE", false, "PKI_VALIDITY_TOO_SHORT"],
      ["INTERMEDIATE", true, ""],
      ["ROOT", true, ""],
      ["INTERMEDIATE", false, "PKI_DUPLICATE"],
    ]);
  });

  test("requiresEndEntity: AUTH and MISP only", () => {
    expect(["AUTH", "DEVICE", "FTM", "MISP"].map(requiresEndEntity)).toEqual([true, false, false, true]);
  });
});
