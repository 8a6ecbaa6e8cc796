import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listCredentialTypeMappings, listExtractors } from "@/lib/extractors/queries";
import { declareBiometricExtractors, mapCredentialType } from "@/lib/extractors/service";
import { createPolicyRequest, decidePolicyRequest } from "@/lib/policy-requests/service";
import { createActivePartnerInGroup, createTestPolicy } from "@/tests/factories-policies";
import { createTestPartner, createTestPolicyGroup, testActor } from "@/tests/factories";

async function refusal(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const face = { attributeName: "photo", biometric: "face" as const, provider: "mock-sdk", version: "1.1" };

async function printPartner() {
  const group = await createTestPolicyGroup();
  const policy = await createTestPolicy({ groupId: group.id, type: "CredentialIssuance" });
  const { partner } = await createActivePartnerInGroup("CREDENTIAL_PARTNER", group.id);
  return { group, policy, partner };
}

describe("biometric extractors", () => {
  it("are declared for a pending request, replaced by a later declaration, and frozen once approved", async () => {
    const { policy, partner } = await printPartner();
    await refusal(declareBiometricExtractors(partner.id, policy.id, [face], testActor()), "PMS_PRT_061");
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "cards", testActor());
    await declareBiometricExtractors(partner.id, policy.id, [face], testActor());
    await declareBiometricExtractors(partner.id, policy.id, [{ ...face, provider: "other-sdk", version: "2.0" }], testActor());
    const rows = await listExtractors(partner.id, policy.id);
    expect(rows.map((r) => [r.attributeName, r.biometricModality, r.provider, r.providerVersion])).toEqual([["photo", "face", "other-sdk", "2.0"]]);
    await decidePolicyRequest(request.id, "APPROVED", undefined, testActor());
    await refusal(declareBiometricExtractors(partner.id, policy.id, [face], testActor()), "PMS_PRT_062");
    expect(await db.auditEvent.count({ where: { entityId: policy.id, partnerId: partner.id, action: "biometric-extractors.declared" } })).toBe(2);
  });

  it("name an attribute the policy shares, and only credential or online-verification partners declare them", async () => {
    const { policy, partner } = await printPartner();
    await createPolicyRequest(partner.id, { policyId: policy.id }, "cards", testActor());
    const error = await refusal(declareBiometricExtractors(partner.id, policy.id, [{ ...face, attributeName: "iris" }], testActor()), "PMS_PRT_EXTRACTOR_ATTRIBUTE");
    expect(error.message).toContain("photo");
    const bank = await createTestPartner("AUTH_PARTNER");
    await refusal(declareBiometricExtractors(bank.partner.id, policy.id, [face], testActor()), "PMS_PRT_063");
  });
});

describe("credential types", () => {
  it("map an approved policy only, to one of MOSIP's credential types; a new mapping of a type replaces it", async () => {
    const { group, policy, partner } = await printPartner();
    const request = await createPolicyRequest(partner.id, { policyId: policy.id }, "cards", testActor());
    await refusal(mapCredentialType(partner.id, "euin", { id: policy.id }, testActor()), "PMS_PRT_109");
    await declareBiometricExtractors(partner.id, policy.id, [face], testActor());
    await decidePolicyRequest(request.id, "APPROVED", undefined, testActor());
    await expect(mapCredentialType(partner.id, "euin", { name: policy.name }, testActor())).resolves.toMatchObject({ credentialType: "euin", policyId: policy.id });
    await refusal(mapCredentialType(partner.id, "passport", { id: policy.id }, testActor()), "PMS_PRT_072");
    await refusal(mapCredentialType(partner.id, "qrcode", { name: "no-such-policy" }, testActor()), "PMS_PRT_073");

    const second = await createTestPolicy({ groupId: group.id, type: "CredentialIssuance" });
    const again = await createPolicyRequest(partner.id, { policyId: second.id }, "reprints", testActor());
    await declareBiometricExtractors(partner.id, second.id, [face], testActor());
    await decidePolicyRequest(again.id, "APPROVED", undefined, testActor());
    await mapCredentialType(partner.id, "euin", { id: second.id }, testActor());
    const mappings = await listCredentialTypeMappings(partner.id);
    expect(mappings.map((m) => [m.credentialType, m.policyId])).toEqual([["euin", second.id]]);
  });

  it("are mapped only by credential, online-verification and auth partners", async () => {
    const device = await createTestPartner("DEVICE_PROVIDER");
    const policy = await createTestPolicy();
    await refusal(mapCredentialType(device.partner.id, "auth", { id: policy.id }, testActor()), "PMS_PRT_070");
  });
});
