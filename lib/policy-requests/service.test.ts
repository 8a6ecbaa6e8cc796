import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { declareBiometricExtractors } from "@/lib/extractors/service";
import { deactivatePartner } from "@/lib/partners/service";
import { deactivatePolicy } from "@/lib/policies/service";
import { listPolicyRequests } from "@/lib/policy-requests/queries";
import { createPolicyRequest, decidePolicyRequest } from "@/lib/policy-requests/service";
import { createActivePartnerInGroup, createTestPolicy } from "@/tests/factories-policies";
import { createTestPartner, createTestPolicyGroup, createTestStaff, testActor } from "@/tests/factories";

async function refusal(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function setup(type: "AUTH_PARTNER" | "CREDENTIAL_PARTNER" | "ONLINE_VERIFICATION_PARTNER" = "AUTH_PARTNER") {
  const group = await createTestPolicyGroup();
  const policy = await createTestPolicy({ groupId: group.id, type: type === "CREDENTIAL_PARTNER" ? "CredentialIssuance" : "Auth" });
  const { partner, principal } = await createActivePartnerInGroup(type, group.id);
  const admin = await createTestStaff(["PARTNER_ADMIN"]);
  return { group, policy, partner, principal, admin };
}

describe("requesting a policy", () => {
  it("creates a PENDING request for a published policy of the partner's group, audited", async () => {
    const { policy, partner, principal } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "  Customer onboarding with e-KYC  ", testActor(principal));
    expect(request).toMatchObject({ status: "PENDING", partnerId: partner.id, policyId: policy.id, useCaseDescription: "Customer onboarding with e-KYC" });
    expect(await db.auditEvent.count({ where: { entityId: request.id, action: "policy-request.created", partnerId: partner.id } })).toBe(1);
  });

  it("makes one request of a double click: the other is told a request is already pending", async () => {
    const { policy, partner } = await setup();
    const results = await Promise.allSettled([
      createPolicyRequest(partner.id, { policyId: policy.id }, "first click", testActor()),
      createPolicyRequest(partner.id, { policyId: policy.id }, "second click", testActor()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).code).toBe("PMS_PRT_053");
    expect(await db.policyRequest.count({ where: { partnerId: partner.id, policyId: policy.id } })).toBe(1);
  });

  it("allows one pending or approved request per policy, and a new one after a rejection", async () => {
    const { policy, partner, admin } = await setup();
    const first = await createPolicyRequest(partner.id, { policyName: policy.name }, "use case", testActor());
    await refusal(createPolicyRequest(partner.id, { policyId: policy.id }, "again", testActor()), "PMS_PRT_053");
    await decidePolicyRequest(first.id, "REJECTED", "Tell us more about the data you keep.", testActor(admin));
    const second = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case, with retention details", testActor());
    await decidePolicyRequest(second.id, "APPROVED", undefined, testActor(admin));
    await refusal(createPolicyRequest(partner.id, { policyId: policy.id }, "once more", testActor()), "PMS_PRT_060");
  });

  it("needs an ACTIVE partner: a certificate first, and never a deactivated one", async () => {
    const group = await createTestPolicyGroup();
    const policy = await createTestPolicy({ groupId: group.id });
    const { partner } = await createTestPartner("AUTH_PARTNER", { policyGroupId: group.id });
    await refusal(createPolicyRequest(partner.id, { policyId: policy.id }, "too early", testActor()), "PMS_PRT_CERTIFICATE_REQUIRED");
    const active = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    await deactivatePartner(active.partner.id, testActor());
    await refusal(createPolicyRequest(active.partner.id, { policyId: policy.id }, "too late", testActor()), "PMS_PMP_016");
  });

  it("needs a published policy of the partner's own group", async () => {
    const { group, partner } = await setup();
    const draft = await createTestPolicy({ groupId: group.id, publish: false });
    await refusal(createPolicyRequest(partner.id, { policyId: draft.id }, "draft", testActor()), "PMS_PMP_019");
    const elsewhere = await createTestPolicy();
    await refusal(createPolicyRequest(partner.id, { policyId: elsewhere.id }, "other group", testActor()), "PMS_PRT_098");
    await refusal(createPolicyRequest(partner.id, { policyName: "no-such-policy" }, "unknown", testActor()), "PMS_PRT_098");
    const retired = await createTestPolicy({ groupId: group.id });
    await deactivatePolicy(retired.id, testActor());
    await refusal(createPolicyRequest(partner.id, { policyId: retired.id }, "retired", testActor()), "PMS_PMP_019");
  });

  it("is only for partner types that have a policy group", async () => {
    const policy = await createTestPolicy();
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await refusal(createPolicyRequest(partner.id, { policyId: policy.id }, "devices", testActor()), "PMS_PRT_048");
  });
});

describe("deciding a request", () => {
  it("approves once, records who and when, and tells the partner", async () => {
    const { policy, partner, admin } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    const result = await decidePolicyRequest(request.id, "APPROVED", "Welcome aboard", testActor(admin));
    expect(result).toMatchObject({ status: "APPROVED", partnerId: partner.id, policyName: policy.name });
    const stored = await db.policyRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "APPROVED", adminComment: "Welcome aboard", decidedById: admin.userId });
    expect(stored.decidedAt).toBeInstanceOf(Date);
    const notes = await db.notification.findMany({ where: { partnerId: partner.id, type: "POLICY_REQUEST_APPROVED" } });
    expect(notes).toHaveLength(1);
    expect(notes[0].params).toMatchObject({ policyName: policy.name, requestId: request.id, partnerId: partner.id });
    expect(await db.outboxMessage.count({ where: { channel: "EMAIL", topic: "POLICY_REQUEST_APPROVED", payload: { path: ["params", "requestId"], equals: request.id } } })).toBe(1);
    await refusal(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), "PMS_PM_034");
    await refusal(decidePolicyRequest(request.id, "REJECTED", "no", testActor(admin)), "PMS_PM_034");
  });

  it("rejects with the admin's comment, which the partner receives; a rejected request stays rejected", async () => {
    const { policy, partner, admin } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    await decidePolicyRequest(request.id, "REJECTED", "The use case does not need biometrics.", testActor(admin));
    const note = await db.notification.findFirstOrThrow({ where: { partnerId: partner.id, type: "POLICY_REQUEST_REJECTED" } });
    expect(note.params).toMatchObject({ comment: "The use case does not need biometrics." });
    await refusal(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), "PMS_PM_035");
  });

  it("two admins approving the same request at once: exactly one wins, the other is told it is already approved", async () => {
    const { policy, partner, admin } = await setup();
    const other = await createTestStaff(["PARTNER_ADMIN"]);
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    const results = await Promise.allSettled([decidePolicyRequest(request.id, "APPROVED", "first", testActor(admin)), decidePolicyRequest(request.id, "APPROVED", "second", testActor(other))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError;
    expect(loser.code).toBe("PMS_PM_034");
    expect(loser.kind).toBe("conflict");
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "POLICY_REQUEST_APPROVED" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: request.id, action: "policy-request.approved" } })).toBe(1);
  });

  it("an approval racing a rejection: one decision stands, the other is refused", async () => {
    const { policy, partner, admin } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    const results = await Promise.allSettled([decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), decidePolicyRequest(request.id, "REJECTED", "no", testActor(admin))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const stored = await db.policyRequest.findUniqueOrThrow({ where: { id: request.id } });
    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ status: string }>).value;
    expect(stored.status).toBe(winner.status);
  });

  it("refuses to approve for a partner deactivated since it asked (rejecting is still possible)", async () => {
    const { policy, partner, admin } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    await deactivatePartner(partner.id, testActor(admin));
    await refusal(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), "PMS_PMP_016");
    await expect(decidePolicyRequest(request.id, "REJECTED", "Partner deactivated", testActor(admin))).resolves.toMatchObject({ status: "REJECTED" });
  });

  it("refuses to approve a policy that is no longer in the partner's group", async () => {
    const { policy, partner, admin } = await setup();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "use case", testActor());
    const moved = await createTestPolicyGroup();
    await db.partner.update({ where: { id: partner.id }, data: { policyGroupId: moved.id } });
    const error = await refusal(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), "PMS_PRT_098");
    expect(error.kind).toBe("conflict");
  });

  it("refuses approval for credential and online-verification partners until they declare extractors (PMS_PM_051)", async () => {
    for (const type of ["CREDENTIAL_PARTNER", "ONLINE_VERIFICATION_PARTNER"] as const) {
      const { policy, partner, admin } = await setup(type);
      const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "printing cards", testActor());
      const error = await refusal(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin)), "PMS_PM_051");
      expect(error.message).toContain("extractors");
      const attribute = type === "CREDENTIAL_PARTNER" ? "photo" : "fullName";
      await declareBiometricExtractors(partner.id, policy.id, [{ attributeName: attribute, biometric: "face", provider: "mock-sdk", version: "1.1" }], testActor());
      await expect(decidePolicyRequest(request.id, "APPROVED", undefined, testActor(admin))).resolves.toMatchObject({ status: "APPROVED" });
    }
  });

  it("answers not found for an unknown request", async () => {
    await refusal(decidePolicyRequest("00000000-0000-4000-8000-000000000000", "APPROVED", undefined, testActor()), "PMS_PMP_007");
    await refusal(decidePolicyRequest("nope", "REJECTED", "x", testActor()), "PMS_PMP_007");
  });
});

describe("the request queue", () => {
  it("puts pending first, oldest first, filters, and never shows a partner another's requests", async () => {
    const { group, policy, partner, admin } = await setup();
    const other = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    const second = await createTestPolicy({ groupId: group.id });
    const decided = await createPolicyRequest(partner.id, { policyId: policy.id }, "decided", testActor());
    await decidePolicyRequest(decided.id, "REJECTED", "no", testActor(admin));
    const older = await createPolicyRequest(partner.id, { policyId: second.id }, "older pending", testActor());
    const newer = await createPolicyRequest(other.partner.id, { policyId: policy.id }, "newer pending", testActor());

    const queue = await listPolicyRequests({ policyGroup: group.name }, { page: 0, size: 8, sort: "status", dir: "asc" });
    expect(queue.rows.map((r) => r.id)).toEqual([older.id, newer.id, decided.id]);
    const mine = await listPolicyRequests({}, { page: 0, size: 8, sort: "status", dir: "asc" }, { partnerId: partner.id });
    expect(mine.rows.map((r) => r.id)).toEqual([older.id, decided.id]);
    const snooping = await listPolicyRequests({ partnerId: other.partner.id }, { page: 0, size: 8, sort: "status", dir: "asc" }, { partnerId: partner.id });
    expect(snooping.total).toBe(0);
    const pending = await listPolicyRequests({ policyGroup: group.name, status: "PENDING", organizationName: other.partner.organizationName }, { page: 0, size: 8, sort: "createdAt", dir: "desc" });
    expect(pending.rows.map((r) => r.id)).toEqual([newer.id]);
    const old = await listPolicyRequests({ policyGroup: group.name, olderThanDays: "1" }, { page: 0, size: 8, sort: "status", dir: "asc" });
    expect(old.total).toBe(0);
    const byType = await listPolicyRequests({ policyGroup: group.name, policyType: "MISP" }, { page: 0, size: 8, sort: "status", dir: "asc" });
    expect(byType.total).toBe(0);
  });
});
