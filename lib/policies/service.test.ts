import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { policyDeactivationImpact } from "@/lib/policies/queries";
import { clonePolicy, createPolicy, deactivatePolicy, POLICY_DEACTIVATED_COMMENT, publishPolicy, updatePolicy } from "@/lib/policies/service";
import { validatePolicy } from "@/lib/policies/validate-policy";
import type { PolicyType } from "@/lib/policies/policy-types";
import { createPolicyRequest, decidePolicyRequest } from "@/lib/policy-requests/service";
import { createActivePartnerInGroup, createTestPolicy, samplePolicy } from "@/tests/factories-policies";
import { createTestPolicyGroup, testActor, uniqueSuffix } from "@/tests/factories";

async function refusal(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const EXAMPLES = fileURLToPath(new URL("./examples/", import.meta.url));
const TYPE_BY_TOKEN: Record<string, PolicyType> = { auth: "Auth", datashare: "DataShare", credential: "CredentialIssuance", misp: "MISP" };

describe("creating and editing policies", () => {
  it("loads MOSIP's own example policies without change, and publishes them", async () => {
    const group = await createTestPolicyGroup();
    const files = readdirSync(EXAMPLES).filter((f) => f.startsWith("mosip-") && f.endsWith(".json"));
    let loaded = 0;
    for (const file of files) {
      const type = TYPE_BY_TOKEN[/^mosip-([a-z]+)/.exec(file)![1]];
      const text = readFileSync(EXAMPLES + file, "utf8");
      // MOSIP's 2023 eSignet MISP seed lacks a flag MOSIP's own schema requires; it is a rejection fixture (validate-policy.test.ts).
      if (!validatePolicy(type, text).ok) continue;
      const policy = await createPolicy({ policyGroupId: group.id, type, name: file, description: "MOSIP example", policies: JSON.parse(text) }, testActor());
      const published = await publishPolicy(policy.id, group.id, testActor());
      expect(published.status).toBe("PUBLISHED");
      expect(published.policyJson).toEqual(JSON.parse(text));
      loaded++;
    }
    expect(loaded).toBeGreaterThanOrEqual(files.length - 1);
  });

  it("refuses JSON that breaks the type's schema, naming each path, and writes nothing", async () => {
    const group = await createTestPolicyGroup();
    const broken = samplePolicy("Auth");
    delete broken.authTokenType;
    (broken.allowedAuthTypes as { mandatory?: unknown }[])[0].mandatory = "yes";
    const error = await refusal(createPolicy({ policyGroupId: group.id, type: "Auth", name: "broken", description: "d", policies: broken }, testActor()), "PMS_PV_006");
    expect(error.kind).toBe("invalid");
    expect(error.fieldErrors).toMatchObject({ "policies.authTokenType": expect.stringContaining("authTokenType"), "policies.allowedAuthTypes[0].mandatory": expect.stringContaining("boolean") });
    expect(error.message).toContain("and 1 more problem");
    const syntax = await refusal(createPolicy({ policyGroupId: group.id, type: "MISP", name: "syntax", description: "d", policies: '{\n  "allowAuthRequestDelegation": true,\n}' }, testActor()), "PMS_PV_003");
    expect(syntax.message).toContain("line 3");
    const huge = await refusal(
      createPolicy({ policyGroupId: group.id, type: "MISP", name: "huge", description: "d", policies: JSON.stringify({ ...samplePolicy("MISP"), pad: "x".repeat(70_000) }) }, testActor()),
      "PMS_POLICY_TOO_LARGE",
    );
    expect(huge.kind).toBe("too_large");
    expect(await db.policy.count({ where: { policyGroupId: group.id } })).toBe(0);
  });

  it("keeps names unique within a group (PMS_POL_009), not across groups", async () => {
    const group = await createTestPolicyGroup();
    const other = await createTestPolicyGroup();
    const name = `dup-${uniqueSuffix()}`;
    await createTestPolicy({ groupId: group.id, name, publish: false });
    const error = await refusal(createTestPolicy({ groupId: group.id, name, publish: false }), "PMS_POL_009");
    expect(error.field).toBe("name");
    await expect(createTestPolicy({ groupId: other.id, name, publish: false })).resolves.toMatchObject({ name });
  });

  it("edits drafts only: published and deactivated policies are immutable (PMS_POL_055)", async () => {
    const policy = await createTestPolicy({ type: "DataShare", publish: false });
    const changed = samplePolicy("DataShare");
    (changed.dataSharePolicies as { validForInMinutes: string }).validForInMinutes = "15";
    const updated = await updatePolicy(policy.id, { description: "Shorter links", policies: changed }, testActor());
    expect(updated.description).toBe("Shorter links");
    expect(updated.policyJson).toEqual(changed);
    const audit = await db.auditEvent.findFirst({ where: { entityId: policy.id, action: "policy.updated" } });
    expect(audit?.before).toMatchObject({ description: "test policy" });

    await publishPolicy(policy.id, null, testActor());
    await refusal(updatePolicy(policy.id, { description: "late" }, testActor()), "PMS_POL_055");
    await deactivatePolicy(policy.id, testActor());
    await refusal(updatePolicy(policy.id, { description: "later" }, testActor()), "PMS_POL_055");
  });
});

describe("publishing", () => {
  it("publishes a draft once, with its date and a POLICY_UPDATED event", async () => {
    const policy = await createTestPolicy({ publish: false });
    const published = await publishPolicy(policy.id, policy.policyGroupId, testActor());
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    const events = await db.outboxMessage.findMany({ where: { topic: "POLICY_UPDATED", channel: "EVENT" } });
    expect(events.some((e) => (e.payload as { policyId?: string; status?: string }).policyId === policy.id && (e.payload as { status: string }).status === "PUBLISHED")).toBe(true);
    await refusal(publishPolicy(policy.id, null, testActor()), "PMS_POL_020");
  });

  it("refuses a group that is not the policy's (PMS_POL_015) and an unknown policy (PMS_POL_008)", async () => {
    const policy = await createTestPolicy({ publish: false });
    const other = await createTestPolicyGroup();
    await refusal(publishPolicy(policy.id, other.id, testActor()), "PMS_POL_015");
    await refusal(publishPolicy("00000000-0000-4000-8000-000000000000", null, testActor()), "PMS_POL_008");
  });

  it("lets exactly one of two simultaneous publications through", async () => {
    const policy = await createTestPolicy({ publish: false });
    const results = await Promise.allSettled([publishPolicy(policy.id, null, testActor()), publishPolicy(policy.id, null, testActor())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).code).toBe("PMS_POL_020");
    expect(await db.auditEvent.count({ where: { entityId: policy.id, action: "policy.published" } })).toBe(1);
  });
});

describe("cloning", () => {
  it("clones into another group as a new draft that remembers its source", async () => {
    const source = await createTestPolicy({ type: "CredentialIssuance" });
    const target = await createTestPolicyGroup();
    const clone = await clonePolicy(source.id, { groupId: target.id }, testActor());
    expect(clone).toMatchObject({ status: "DRAFT", name: source.name, type: "CREDENTIAL_ISSUANCE", policyGroupId: target.id, clonedFromId: source.id });
    expect(clone.policyJson).toEqual(source.policyJson);
    await refusal(clonePolicy(source.id, { groupId: target.id }, testActor()), "PMS_POL_009");
    const renamed = await clonePolicy(source.id, { groupId: target.id, name: `${source.name}-v2` }, testActor());
    expect(renamed.name).toBe(`${source.name}-v2`);
    await db.policyGroup.update({ where: { id: target.id }, data: { isActive: false } });
    await refusal(clonePolicy(source.id, { groupId: target.id, name: "v3" }, testActor()), "PMS_POL_053");
  });
});

describe("deactivating", () => {
  it("shows the impact, then rejects pending requests with a reason, tells every partner concerned, and deletes nothing", async () => {
    const group = await createTestPolicyGroup();
    const policy = await createTestPolicy({ groupId: group.id });
    const waiting = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    const approved = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    const pendingRequest = await createPolicyRequest(waiting.partner.id, { policyId: policy.id }, "Bank onboarding", testActor());
    const approvedRequest = await createPolicyRequest(approved.partner.id, { policyId: policy.id }, "Telecom KYC", testActor());
    await decidePolicyRequest(approvedRequest.id, "APPROVED", undefined, testActor());

    const impact = await policyDeactivationImpact(policy.id);
    expect(impact).toMatchObject({ pendingRequests: 1, approvedRequests: 1, activeApiKeys: 0 });
    expect(impact.partnersWithPendingRequests).toEqual([{ partnerId: waiting.partner.id, organizationName: waiting.partner.organizationName }]);

    const result = await deactivatePolicy(policy.id, testActor());
    expect(result).toMatchObject({ status: "DEACTIVATED", rejectedRequests: 1, partnersWithApprovedRequests: 1 });
    const rejected = await db.policyRequest.findUniqueOrThrow({ where: { id: pendingRequest.id } });
    expect(rejected).toMatchObject({ status: "REJECTED", adminComment: POLICY_DEACTIVATED_COMMENT });
    expect((await db.policyRequest.findUniqueOrThrow({ where: { id: approvedRequest.id } })).status).toBe("APPROVED");
    expect(await db.notification.count({ where: { partnerId: waiting.partner.id, type: "POLICY_REQUEST_REJECTED" } })).toBe(1);
    expect(await db.notification.count({ where: { partnerId: approved.partner.id, type: "POLICY_DEACTIVATED" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: pendingRequest.id, action: "policy-request.rejected" } })).toBe(1);
    const stored = await db.policy.findUniqueOrThrow({ where: { id: policy.id } });
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    await refusal(deactivatePolicy(policy.id, testActor()), "PMS_POL_062");
  });

  it("refuses drafts (PMS_POL_072) and unknown policies (PMS_POL_065)", async () => {
    const draft = await createTestPolicy({ publish: false });
    await refusal(deactivatePolicy(draft.id, testActor()), "PMS_POL_072");
    await refusal(deactivatePolicy("00000000-0000-4000-8000-000000000000", testActor()), "PMS_POL_065");
  });
});
