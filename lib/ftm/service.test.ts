import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadCertificate } from "@/lib/pki";
import { currentPortalCa } from "@/lib/portal-ca/service";
import { getChip, getChipCertificates, listChips } from "@/lib/ftm/queries";
import { createChip, deactivateChip, decideChip, uploadChipCertificate } from "@/lib/ftm/service";
import { createTestPartner, testActor } from "@/tests/factories";
import { createTrustedHierarchy, issueTestLeaf } from "@/tests/factories-certificates";
import { createActiveFtmProvider, createChipReadyForCertificate, createChipWithCertificate, testAdmin } from "@/tests/factories-devices";

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const adminActor = async () => testActor(await testAdmin());
const own = (partnerId: string) => ({ kind: "provider" as const, partnerId });

describe("FTM chip registration", () => {
  it("registers a chip waiting for its certificate, with an audit row", async () => {
    const { partner } = await createActiveFtmProvider();
    const chip = await createChip(partner.id, { make: "TrustChip", model: "TC-100" }, testActor());
    expect(chip).toMatchObject({ status: "PENDING_CERTIFICATE", make: "TrustChip", model: "TC-100" });
    expect(await db.auditEvent.count({ where: { entityId: chip.id, action: "ftm-chip.created" } })).toBe(1);
  });

  it("keeps make and model unique per provider among live chips (any case); other providers are independent", async () => {
    const a = await createActiveFtmProvider();
    const b = await createActiveFtmProvider();
    await createChip(a.partner.id, { make: "Secure", model: "S1" }, testActor());
    const error = await expectAppError(createChip(a.partner.id, { make: "SECURE", model: "s1" }, testActor()), "PMP_AUT_032");
    expect(error.field).toBe("model");
    await expect(createChip(b.partner.id, { make: "Secure", model: "S1" }, testActor())).resolves.toMatchObject({ status: "PENDING_CERTIFICATE" });
  });

  it("frees make and model once the chip is rejected", async () => {
    const { partner, chip } = await createChipWithCertificate();
    await decideChip(chip.id, "REJECT", "wrong part number", await adminActor());
    await expect(createChip(partner.id, { make: chip.make, model: chip.model }, testActor())).resolves.toMatchObject({ status: "PENDING_CERTIFICATE" });
  });

  it("refuses a provider that is not active, or not an FTM provider", async () => {
    const pending = await createTestPartner("FTM_PROVIDER");
    await expectAppError(createChip(pending.partner.id, { make: "A", model: "B" }, testActor()), "PMP_AUT_030");
  });
});

describe("chip certificates", () => {
  it("validates against the FTM trust store with the provider's organisation, signs it, and sends the chip for approval", async () => {
    const { partner, chip, hierarchy } = await createChipReadyForCertificate();
    const result = await uploadChipCertificate(chip.id, hierarchy.leaf.pem, own(partner.id), testActor());
    expect(result).toMatchObject({ status: "PENDING_APPROVAL", approvalWithdrawn: false, thumbprint: hierarchy.leaf.cert.thumbprint });
    const stored = await db.ftmChip.findUniqueOrThrow({ where: { id: chip.id } });
    expect(stored).toMatchObject({ status: "PENDING_APPROVAL", certThumbprint: hierarchy.leaf.cert.thumbprint });
    expect(Buffer.from(stored.certOriginalDer!)).toEqual(Buffer.from(hierarchy.leaf.der));
    const signed = await loadCertificate(new Uint8Array(stored.certSignedDer!));
    expect(signed.facts.issuer.key).toBe((await currentPortalCa("FTM")).cert.facts.subject.key);
    expect(signed.facts.subject.key).toBe(hierarchy.leaf.cert.facts.subject.key);

    const files = await getChipCertificates(own(partner.id), chip.id);
    expect(files.originalPem.trim()).toBe(hierarchy.leaf.pem.trim());
    expect(files.signedPem).toContain("BEGIN CERTIFICATE");
    expect(files.signedNotAfter.getTime()).toBeLessThanOrEqual(hierarchy.leaf.cert.facts.notAfter.getTime());
  });

  it("refuses a certificate of another organisation (KER-PCM-008) or outside the FTM trust store (KER-PCM-006), writing nothing", async () => {
    const { partner, chip, hierarchy } = await createChipReadyForCertificate();
    const foreign = await issueTestLeaf(hierarchy.intermediate, "Somebody Else Ltd");
    const mismatch = await expectAppError(uploadChipCertificate(chip.id, foreign.pem, own(partner.id), testActor()), "KER-PCM-008");
    expect(mismatch.message).toContain("Somebody Else Ltd");
    const authOnly = await createTrustedHierarchy("AUTH", partner.organizationName);
    await expectAppError(uploadChipCertificate(chip.id, authOnly.leaf.pem, own(partner.id), testActor()), "KER-PCM-006");
    expect(await db.ftmChip.findUniqueOrThrow({ where: { id: chip.id } })).toMatchObject({ status: "PENDING_CERTIFICATE", certThumbprint: null });
  });

  it("re-uploading on an approved chip sends it back to pending approval", async () => {
    const { partner, chip, hierarchy } = await createChipWithCertificate({ approve: true });
    expect((await db.ftmChip.findUniqueOrThrow({ where: { id: chip.id } })).status).toBe("APPROVED");
    const renewed = await issueTestLeaf(hierarchy.intermediate, partner.organizationName);
    const result = await uploadChipCertificate(chip.id, renewed.pem, own(partner.id), testActor());
    expect(result).toMatchObject({ status: "PENDING_APPROVAL", approvalWithdrawn: true });
    expect(await db.ftmChip.findUniqueOrThrow({ where: { id: chip.id } })).toMatchObject({ status: "PENDING_APPROVAL", certThumbprint: renewed.cert.thumbprint });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: chip.id, action: "ftm-chip.certificate-replaced" } });
    expect(audit.after).toMatchObject({ approvalWithdrawn: true });
  });

  it("a certificate cannot serve two live chips", async () => {
    const { partner, chip, hierarchy } = await createChipWithCertificate();
    const second = await createChip(partner.id, { make: "Second", model: "Chip" }, testActor());
    await expectAppError(uploadChipCertificate(second.id, hierarchy.leaf.pem, own(partner.id), testActor()), "KER-PCM-003");
    expect(chip.id).not.toBe(second.id);
  });

  it("refuses uploads and downloads on rejected and deactivated chips, with MOSIP's codes", async () => {
    const rejected = await createChipWithCertificate();
    await decideChip(rejected.chip.id, "REJECT", "bad", await adminActor());
    await expectAppError(uploadChipCertificate(rejected.chip.id, rejected.hierarchy.leaf.pem, own(rejected.partner.id), testActor()), "PMP_AUT_038");
    await expectAppError(getChipCertificates(own(rejected.partner.id), rejected.chip.id), "PMS_FTM_ERROR_008");

    const deactivated = await createChipWithCertificate({ approve: true });
    await deactivateChip(deactivated.chip.id, own(deactivated.partner.id), testActor());
    await expectAppError(uploadChipCertificate(deactivated.chip.id, deactivated.hierarchy.leaf.pem, own(deactivated.partner.id), testActor()), "PMP_AUT_039");
    await expectAppError(getChipCertificates({ kind: "admin" }, deactivated.chip.id), "PMS_FTM_ERROR_009");
  });
});

describe("chip decisions and deactivation", () => {
  it("cannot approve a chip without a certificate; approves one with it, once; notifies the provider", async () => {
    const { partner, chip, hierarchy } = await createChipReadyForCertificate();
    await expectAppError(decideChip(chip.id, "APPROVE", undefined, await adminActor()), "PMP_AUT_033");
    await uploadChipCertificate(chip.id, hierarchy.leaf.pem, own(partner.id), testActor());
    await expect(decideChip(chip.id, "APPROVE", undefined, await adminActor(), { thumbprint: hierarchy.leaf.cert.thumbprint })).resolves.toMatchObject({ status: "APPROVED" });
    await expectAppError(decideChip(chip.id, "REJECT", "late", await adminActor()), "PMS_FTM_NOT_PENDING_APPROVAL");
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "FTM_CHIP_APPROVED" } })).toBe(1);
  });

  it("refuses a decision on a certificate the admin did not see (replaced meanwhile)", async () => {
    const { chip } = await createChipWithCertificate();
    await expectAppError(decideChip(chip.id, "APPROVE", undefined, await adminActor(), { thumbprint: "0".repeat(64) }), "PMS_STATE_CHANGED");
    expect((await db.ftmChip.findUniqueOrThrow({ where: { id: chip.id } })).status).toBe("PENDING_APPROVAL");
  });

  it("refuses to approve a chip whose certificate has expired since the upload", async () => {
    const { chip } = await createChipWithCertificate();
    await expectAppError(decideChip(chip.id, "APPROVE", undefined, await adminActor(), { now: new Date(Date.now() + 3 * 365 * 86_400_000) }), "PMS_FTM_CERTIFICATE_EXPIRED");
  });

  it("deactivates only an approved chip, once", async () => {
    const pending = await createChipWithCertificate();
    await expectAppError(deactivateChip(pending.chip.id, own(pending.partner.id), testActor()), "PMS_FTM_ERROR_010");
    const approved = await createChipWithCertificate({ approve: true });
    await expect(deactivateChip(approved.chip.id, { kind: "admin" }, await adminActor())).resolves.toMatchObject({ status: "DEACTIVATED" });
    await expectAppError(deactivateChip(approved.chip.id, own(approved.partner.id), testActor()), "PMS_FTM_ERROR_007");
    expect(await db.notification.count({ where: { partnerId: approved.partner.id, type: "FTM_CHIP_DEACTIVATED" } })).toBe(1);
  });
});

describe("one FTM provider cannot touch another's chips", () => {
  it("sees nothing, uploads nothing, downloads nothing, deactivates nothing", async () => {
    const owner = await createChipWithCertificate({ approve: true });
    const intruder = await createActiveFtmProvider({ organizationName: owner.partner.organizationName });
    const scope = own(intruder.partner.id);
    expect(await getChip(scope, owner.chip.id)).toBeNull();
    expect((await listChips(scope, {}, { page: 0, size: 8, sort: "createdAt", dir: "desc" })).rows).toEqual([]);
    await expectAppError(uploadChipCertificate(owner.chip.id, owner.hierarchy.leaf.pem, scope, testActor()), "PMS_FTM_ERROR_005");
    await expectAppError(getChipCertificates(scope, owner.chip.id), "PMS_FTM_ERROR_005");
    await expectAppError(deactivateChip(owner.chip.id, scope, testActor()), "PMS_FTM_ERROR_005");
    expect((await db.ftmChip.findUniqueOrThrow({ where: { id: owner.chip.id } })).status).toBe("APPROVED");
  });
});

describe("admin chip list", () => {
  it("filters by partner, status and certificate, and sorts by certificate expiry", async () => {
    const a = await createChipWithCertificate();
    const waiting = await createChip(a.partner.id, { make: "No", model: "Cert" }, testActor());
    const admin = { kind: "admin" as const };
    const page = { page: 0, size: 8, sort: "certNotAfter" as const, dir: "asc" as const };
    expect((await listChips(admin, { partnerId: a.partner.id }, page)).rows.map((r) => r.id)).toEqual([a.chip.id, waiting.id]);
    expect((await listChips(admin, { partnerId: a.partner.id, certificate: "missing" }, page)).rows.map((r) => r.id)).toEqual([waiting.id]);
    expect((await listChips(admin, { partnerId: a.partner.id, status: "PENDING_APPROVAL" }, page)).rows[0]).toMatchObject({ id: a.chip.id, hasCertificate: true, isCertificateExpired: false });
    expect((await listChips(admin, { partnerId: a.partner.id, expiringWithinDays: 5000 }, page)).total).toBe(1);
  });
});
