import { describe, expect, it } from "vitest";
import { POST as createGroup } from "@/app/v1/policymanager/policies/group/new/route";
import { GET as getGroup, PATCH as patchGroup, PUT as putGroup } from "@/app/v1/policymanager/policies/group/[policyGroupId]/route";
import { GET as activeGroups } from "@/app/v1/policymanager/policies/policy-groups/route";
import { POST as createPolicyRoute } from "@/app/v1/policymanager/policies/route";
import { GET as getPolicyRoute, PATCH as patchPolicy, PUT as putPolicy } from "@/app/v1/policymanager/policies/[policyId]/route";
import { POST as publishRoute } from "@/app/v1/policymanager/policies/[policyId]/group/[policyGroupId]/publish/route";
import { POST as cloneRoute } from "@/app/v1/policymanager/policies/[policyId]/clone/route";
import { GET as listV2 } from "@/app/v1/policymanager/policies/v2/route";
import { GET as activeOfGroup } from "@/app/v1/policymanager/policies/active/group/[groupName]/route";
import mosipAuth from "@/lib/policies/examples/mosip-auth-pms-docs.json" with { type: "json" };
import mosipDataShare from "@/lib/policies/examples/mosip-datashare-pms-dml-euin.json" with { type: "json" };
import { callRoute, createActivePartnerInGroup, createTestPolicy, samplePolicy, tokenForUser } from "@/tests/factories-policies";
import { createTestPolicyGroup, createTestStaff, uniqueSuffix } from "@/tests/factories";

async function policyManagerToken() {
  const manager = await createTestStaff(["POLICY_MANAGER"]);
  return tokenForUser(manager.userId);
}

describe("REST: policy groups at MOSIP's paths", () => {
  it("creates, edits, deactivates and reactivates a group", async () => {
    const token = await policyManagerToken();
    const name = `rest-group-${uniqueSuffix()}`;
    const created = await callRoute(createGroup, { method: "POST", token, body: { name, desc: "Relying parties" } });
    expect(created.status).toBe(200);
    const group = created.body.response as { id: string; name: string; desc: string; is_Active: boolean };
    expect(group).toMatchObject({ name, desc: "Relying parties", is_Active: true });

    const taken = await callRoute(createGroup, { method: "POST", token, body: { name, desc: "again" } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].errorCode).toBe("PMS_POL_014");

    const put = await callRoute(putGroup, { method: "PUT", token, params: { policyGroupId: group.id }, body: { name, desc: "Banks and telecoms", isActive: true } });
    expect(put.body.response).toMatchObject({ desc: "Banks and telecoms" });

    await createTestPolicy({ groupId: group.id });
    const refused = await callRoute(patchGroup, { method: "PATCH", token, params: { policyGroupId: group.id }, body: { status: "De-Activate" } });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].errorCode).toBe("PMS_POL_056");

    const empty = await createTestPolicyGroup();
    const off = await callRoute(patchGroup, { method: "PATCH", token, params: { policyGroupId: empty.id }, body: { status: "De-Activate" } });
    expect(off.body.response).toEqual({ policyGroupId: empty.id, isActive: false });
    const on = await callRoute(patchGroup, { method: "PATCH", token, params: { policyGroupId: empty.id }, body: { status: "Activate" } });
    expect(on.body.response).toEqual({ policyGroupId: empty.id, isActive: true });
    const wrong = await callRoute(patchGroup, { method: "PATCH", token, params: { policyGroupId: empty.id }, body: { status: "Paused" } });
    expect(wrong.status).toBe(400);

    const listed = await callRoute(activeGroups, { token });
    expect((listed.body.response as { name: string }[]).some((g) => g.name === name)).toBe(true);
    const detail = await callRoute(getGroup, { token, params: { policyGroupId: group.id } });
    expect((detail.body.response as { authPolicies: unknown[] }).authPolicies).toHaveLength(1);
  });

  it("refuses a partner: 403 on changes, and no view of a group's drafts", async () => {
    const group = await createTestPolicyGroup();
    const { userId } = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    const token = await tokenForUser(userId);
    const created = await callRoute(createGroup, { method: "POST", token, body: { name: `x-${uniqueSuffix()}`, desc: "x" } });
    expect(created.status).toBe(403);
    expect(created.body.errors[0].errorCode).toBe("KER-ATH-403");
    const detail = await callRoute(getGroup, { token, params: { policyGroupId: group.id } });
    expect(detail.status).toBe(404);
  });
});

describe("REST: policies at MOSIP's paths", () => {
  it("creates a draft from MOSIP's own JSON, edits it, publishes it, lists and reads it, then deactivates it", async () => {
    const token = await policyManagerToken();
    const group = await createTestPolicyGroup();
    const name = `auth-${uniqueSuffix()}`;
    const created = await callRoute(createPolicyRoute, {
      method: "POST",
      token,
      body: { policyGroupName: group.name, policyType: "Auth", name, desc: "e-KYC for banks", version: "1.0", policies: mosipAuth },
    });
    expect(created.status).toBe(200);
    const policy = created.body.response as { id: string; policyId: string; status: string; is_Active: boolean; policies: unknown };
    expect(policy).toMatchObject({ status: "DRAFT", is_Active: false, policies: mosipAuth });

    const dup = await callRoute(createPolicyRoute, { method: "POST", token, body: { policyGroupName: group.name, policyType: "auth", name, desc: "d", policies: mosipAuth } });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].errorCode).toBe("PMS_POL_009");

    const put = await callRoute(putPolicy, { method: "PUT", token, params: { policyId: policy.id }, body: { policyGroupName: group.name, name, desc: "e-KYC for banks and telecoms", version: "1.1", policies: mosipAuth } });
    expect(put.body.response).toMatchObject({ policyDesc: "e-KYC for banks and telecoms", version: "1.1" });

    const published = await callRoute(publishRoute, { method: "POST", token, params: { policyId: policy.id, policyGroupId: group.id } });
    expect(published.body.response).toMatchObject({ status: "PUBLISHED", is_Active: true, schema: "urn:partner-portal:policy-schema:auth" });

    const immutable = await callRoute(putPolicy, { method: "PUT", token, params: { policyId: policy.id }, body: { policyGroupName: group.name, name, desc: "x", policies: mosipAuth } });
    expect(immutable.status).toBe(409);
    expect(immutable.body.errors[0].errorCode).toBe("PMS_POL_055");

    const list = await callRoute(listV2, { token, path: `/v1/policymanager/policies/v2?policyGroupName=${group.name}&status=activated&policyType=Auth&pageNo=0&pageSize=8&sortFieldName=policyName&sortType=asc` });
    const page = list.body.response as { totalResults: number; data: { policyId: string; status: string; policyType: string }[] };
    expect(page.totalResults).toBe(1);
    expect(page.data[0]).toMatchObject({ policyId: policy.id, status: "activated", policyType: "Auth" });

    const read = await callRoute(getPolicyRoute, { token, params: { policyId: policy.id } });
    expect(read.body.response).toMatchObject({ policyName: name, policyGroupName: group.name, policies: mosipAuth });

    const off = await callRoute(patchPolicy, { method: "PATCH", token, params: { policyId: policy.id }, body: { status: "De-Activate" } });
    expect(off.body.response).toMatchObject({ policyId: policy.id, isActive: false });
    const wrongStatus = await callRoute(patchPolicy, { method: "PATCH", token, params: { policyId: policy.id }, body: { status: "Active" } });
    expect(wrongStatus.body.errors[0].errorCode).toBe("PMS_POL_073");
  });

  it("points at the JSON path of each schema error, with MOSIP's codes and HTTP 400", async () => {
    const token = await policyManagerToken();
    const group = await createTestPolicyGroup();
    const broken = structuredClone(mosipDataShare) as { dataSharePolicies: Record<string, unknown> };
    broken.dataSharePolicies.validForInMinutes = 30;
    delete broken.dataSharePolicies.source;
    const response = await callRoute(createPolicyRoute, { method: "POST", token, body: { policyGroupName: group.name, policyType: "DataShare", name: "broken", desc: "d", policies: broken } });
    expect(response.status).toBe(400);
    const messages = response.body.errors.map((e) => e.message).join("\n");
    expect(messages).toContain("$.dataSharePolicies.validForInMinutes");
    expect(messages).toContain("$.dataSharePolicies");
    expect(response.body.errors.map((e) => e.errorCode)).toEqual(expect.arrayContaining([expect.stringMatching(/^PMS_PV_00[67]$/)]));

    const badType = await callRoute(createPolicyRoute, { method: "POST", token, body: { policyGroupName: group.name, policyType: "Biometric", name: "x", desc: "d", policies: {} } });
    expect(badType.body.errors[0].errorCode).toBe("PMS_POL_023");
    const noGroup = await callRoute(createPolicyRoute, { method: "POST", token, body: { policyGroupName: "no-such-group", policyType: "MISP", name: "x", desc: "d", policies: samplePolicy("MISP") } });
    expect(noGroup.status).toBe(404);
    expect(noGroup.body.errors[0].errorCode).toBe("PMS_POL_019");
  });

  it("clones into another group with its source remembered", async () => {
    const token = await policyManagerToken();
    const source = await createTestPolicy({ type: "MISP" });
    const target = await createTestPolicyGroup();
    const clone = await callRoute(cloneRoute, { method: "POST", token, params: { policyId: source.id }, body: { policyGroupName: target.name } });
    expect(clone.body.response).toMatchObject({ status: "DRAFT", policyGroupName: target.name, policyName: source.name, policyType: "MISP" });
  });

  it("shows a partner only the published policies of its own group", async () => {
    const group = await createTestPolicyGroup();
    const published = await createTestPolicy({ groupId: group.id });
    const draft = await createTestPolicy({ groupId: group.id, publish: false });
    const elsewhere = await createTestPolicy();
    const { userId } = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    const token = await tokenForUser(userId);

    expect((await callRoute(getPolicyRoute, { token, params: { policyId: published.id } })).status).toBe(200);
    expect((await callRoute(getPolicyRoute, { token, params: { policyId: draft.id } })).status).toBe(404);
    expect((await callRoute(getPolicyRoute, { token, params: { policyId: elsewhere.id } })).status).toBe(404);
    const list = await callRoute(listV2, { token, path: "/v1/policymanager/policies/v2?status=draft&pageNo=0&pageSize=32" });
    const ids = (list.body.response as { data: { policyId: string }[] }).data.map((p) => p.policyId);
    expect(ids).toEqual([published.id]);
    const active = await callRoute(activeOfGroup, { token, params: { groupName: group.name } });
    expect((active.body.response as { policyId: string }[]).map((p) => p.policyId)).toEqual([published.id]);
    const other = await callRoute(activeOfGroup, { token, params: { groupName: (await createTestPolicyGroup()).name } });
    expect(other.status).toBe(404);
    const write = await callRoute(createPolicyRoute, { method: "POST", token, body: { policyGroupName: group.name, policyType: "MISP", name: "x", desc: "d", policies: samplePolicy("MISP") } });
    expect(write.status).toBe(403);
  });
});
