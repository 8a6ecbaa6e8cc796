import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveSessionToken, createSession } from "@/lib/auth/sessions";
import { deactivatePartner, reactivatePartner, registerPartnerForUser, registerPartnerWithAccount, renameOrganization } from "@/lib/partners/service";
import { activateTestPartner, createTestPartner, createTestPolicyGroup, createTestStaff, testActor, uniqueSuffix } from "@/tests/factories";
import { createUser } from "@/lib/users/service";
import { principalFor, TEST_PASSWORD } from "@/tests/factories";

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

function details(suffix = uniqueSuffix()) {
  return {
    partnerId: `reg-${suffix}`,
    organizationName: `Registered ${suffix}`,
    address: "2 Registration Road",
    contactNumber: "+15550199",
    email: `reg-${suffix}@test.local`,
    partnerType: "DEVICE_PROVIDER" as const,
    langCode: "fr" as const,
  };
}

describe("partner registration", () => {
  it("creates the account, the partner in PENDING_CERTIFICATE, the membership and an audit row", async () => {
    const input = details();
    const result = await registerPartnerWithAccount({ ...input, password: TEST_PASSWORD }, testActor());
    const partner = await db.partner.findUniqueOrThrow({ where: { id: input.partnerId }, include: { memberships: { include: { user: true } } } });
    expect(partner.status).toBe("PENDING_CERTIFICATE");
    expect(partner.memberships[0]?.user.email).toBe(input.email);
    expect(partner.memberships[0]?.user.roles).toEqual(["DEVICE_PROVIDER"]);
    expect(partner.memberships[0]?.user.locale).toBe("fr");
    const audit = await db.auditEvent.findFirst({ where: { entityId: input.partnerId, action: "partner.registered" } });
    expect(audit?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(result?.partner.id).toBe(input.partnerId);
  });

  it("refuses a taken partner id on the partnerId field and writes nothing", async () => {
    const first = details();
    await registerPartnerWithAccount({ ...first, password: TEST_PASSWORD }, testActor());
    const second = { ...details(), partnerId: first.partnerId };
    const error = await expectAppError(registerPartnerWithAccount({ ...second, password: TEST_PASSWORD }, testActor()), "PMS_PRT_051");
    expect(error.fieldErrors?.partnerId).toContain(first.partnerId);
    expect(await db.user.findUnique({ where: { email: second.email } })).toBeNull();
  });

  it("refuses a taken email, whatever its case", async () => {
    const first = details();
    await registerPartnerWithAccount({ ...first, password: TEST_PASSWORD }, testActor());
    const second = { ...details(), email: first.email };
    const error = await expectAppError(registerPartnerWithAccount({ ...second, password: TEST_PASSWORD }, testActor()), "PMS_PRT_011");
    expect(error.field).toBe("email");
  });

  it("needs an active policy group for policy-group types", async () => {
    const input = { ...details(), partnerType: "AUTH_PARTNER" as const };
    await expectAppError(registerPartnerWithAccount({ ...input, password: TEST_PASSWORD }, testActor()), "PMS_PRT_108");
    const group = await createTestPolicyGroup();
    await db.policyGroup.update({ where: { id: group.id }, data: { isActive: false } });
    await expectAppError(registerPartnerWithAccount({ ...input, policyGroupId: group.id, password: TEST_PASSWORD }, testActor()), "PMS_PRT_108");
  });

  it("lets an existing account with the matching role register one partner, and only one", async () => {
    const user = await createUser({ email: `pre-${uniqueSuffix()}@test.local`, password: TEST_PASSWORD, roles: ["DEVICE_PROVIDER"] }, testActor());
    const principal = await principalFor(user.id);
    const input = { ...details(), email: user.email };
    await registerPartnerForUser(principal, input, testActor(principal));
    const again = await principalFor(user.id);
    await expectAppError(registerPartnerForUser(again, details(), testActor(again)), "PMS_PRT_055");
  });

  it("refuses a partner type the account's roles do not include", async () => {
    const user = await createUser({ email: `pre-${uniqueSuffix()}@test.local`, password: TEST_PASSWORD, roles: ["FTM_PROVIDER"] }, testActor());
    const principal = await principalFor(user.id);
    await expectAppError(registerPartnerForUser(principal, details(), testActor(principal)), "PMS_PRT_052");
  });
});

describe("partner deactivation and reactivation", () => {
  it("deactivation ends the partner's sessions at once and is audited", async () => {
    const { partner, userId } = await createTestPartner("MISP_PARTNER");
    await activateTestPartner(partner.id);
    const { token } = await createSession({ userId, kind: "WEB" });
    expect(await resolveSessionToken(token)).not.toBeNull();
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    await deactivatePartner(partner.id, testActor(admin));
    expect(await resolveSessionToken(token)).toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { entityId: partner.id, action: "partner.deactivated" } });
    expect(audit?.actorLabel).toBe(admin.email);
    expect(await db.outboxMessage.count({ where: { topic: "PARTNER_UPDATED", payload: { path: ["partnerId"], equals: partner.id } } })).toBeGreaterThan(0);
  });

  it("two admins deactivating at once: exactly one wins, the other gets a clear refusal", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await activateTestPartner(partner.id);
    const results = await Promise.allSettled([deactivatePartner(partner.id, testActor()), deactivatePartner(partner.id, testActor())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusal = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(AppError);
    expect(["PMS_PM_063", "PMS_STATE_CHANGED"]).toContain((refusal.reason as AppError).code);
    expect(await db.auditEvent.count({ where: { entityId: partner.id, action: "partner.deactivated" } })).toBe(1);
  });

  it("reactivation returns a never-certified partner to PENDING_CERTIFICATE and refuses an expired certificate", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await deactivatePartner(partner.id, testActor());
    expect((await reactivatePartner(partner.id, testActor())).status).toBe("PENDING_CERTIFICATE");
    await expectAppError(reactivatePartner(partner.id, testActor()), "PMS_PM_064");

    const other = await createTestPartner("DEVICE_PROVIDER");
    await activateTestPartner(other.partner.id);
    await db.partnerCertificate.create({
      data: {
        partnerId: other.partner.id,
        domain: "DEVICE",
        subject: "CN=x",
        issuer: "CN=ca",
        serialNumber: "01",
        notBefore: new Date("2020-01-01"),
        notAfter: new Date("2021-01-01"),
        thumbprint: "00",
        originalDer: Buffer.from([0]),
        signedDer: Buffer.from([0]),
        signedNotAfter: new Date("2021-01-01"),
        organizationName: other.partner.organizationName,
      },
    });
    await deactivatePartner(other.partner.id, testActor());
    const error = await expectAppError(reactivatePartner(other.partner.id, testActor()), "PMS_PM_065");
    expect(error.message).toContain("2021-01-01");
  });

  it("renaming the organisation is audited with the old and new names", async () => {
    const { partner } = await createTestPartner("FTM_PROVIDER");
    await renameOrganization(partner.id, "Renamed Org SA", "matches certificate O=", testActor());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: partner.id, action: "partner.organization-renamed" } });
    expect(audit.before).toEqual({ organizationName: partner.organizationName });
    expect(audit.after).toMatchObject({ organizationName: "Renamed Org SA" });
    await expectAppError(renameOrganization(partner.id, "Renamed Org SA", "again", testActor()), "PMS_PRT_RENAME_SAME");
  });
});
