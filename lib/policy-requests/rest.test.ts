import { describe, expect, it } from "vitest";
import { POST as mapPolicy } from "@/app/v1/partnermanager/partners/[partnerId]/policy/map/route";
import { PUT as decide } from "@/app/v1/partnermanager/partners/policy/[mappingkey]/route";
import { GET as listRequests } from "@/app/v1/partnermanager/partner-policy-requests/route";
import { GET as getExtractors, POST as postExtractors } from "@/app/v1/partnermanager/partners/[partnerId]/bioextractors/[policyId]/route";
import { POST as mapCredential } from "@/app/v1/partnermanager/partners/[partnerId]/credentialtype/[credentialType]/policies/[policyName]/route";
import { GET as getCredential } from "@/app/v1/partnermanager/partners/[partnerId]/credentialtype/[credentialType]/policies/route";
import { callRoute, createActivePartnerInGroup, createTestPolicy, tokenForUser } from "@/tests/factories-policies";
import { createTestPolicyGroup, createTestStaff } from "@/tests/factories";

async function bank() {
  const group = await createTestPolicyGroup();
  const policy = await createTestPolicy({ groupId: group.id });
  const { partner, userId } = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
  const admin = await createTestStaff(["PARTNER_ADMIN"]);
  return { group, policy, partner, token: await tokenForUser(userId), adminToken: await tokenForUser(admin.userId) };
}

describe("REST: policy requests at MOSIP's paths", () => {
  it("a partner requests a policy by name; an admin approves; the partner sees it approved", async () => {
    const { policy, partner, token, adminToken } = await bank();
    const requested = await callRoute(mapPolicy, { method: "POST", token, params: { partnerId: partner.id }, body: { policyName: policy.name, useCaseDescription: "Customer onboarding" } });
    expect(requested.status).toBe(200);
    const { mappingkey } = requested.body.response as { mappingkey: string };

    const again = await callRoute(mapPolicy, { method: "POST", token, params: { partnerId: partner.id }, body: { policyName: policy.name, useCaseDescription: "again" } });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].errorCode).toBe("PMS_PRT_053");

    const mine = await callRoute(listRequests, { token });
    expect((mine.body.response as { data: { id: string; status: string }[] }).data).toEqual([expect.objectContaining({ id: mappingkey, status: "InProgress", partnerComment: "Customer onboarding" })]);

    const approved = await callRoute(decide, { method: "PUT", token: adminToken, params: { mappingkey }, body: { status: "Approved", comment: "Welcome" } });
    expect(approved.status).toBe(200);
    expect(approved.body.response).toContain("approved");
    const twice = await callRoute(decide, { method: "PUT", token: adminToken, params: { mappingkey }, body: { status: "rejected" } });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].errorCode).toBe("PMS_PM_034");
    const bad = await callRoute(decide, { method: "PUT", token: adminToken, params: { mappingkey }, body: { status: "Maybe" } });
    expect(bad.body.errors[0].errorCode).toBe("PMS_PM_045");

    const after = await callRoute(listRequests, { token });
    expect((after.body.response as { data: { status: string; adminComment: string }[] }).data[0]).toMatchObject({ status: "approved", adminComment: "Welcome" });
  });

  it("refuses a partner approving its own request (403) and requesting for another partner (404)", async () => {
    const { policy, partner, token } = await bank();
    const other = await bank();
    const requested = await callRoute(mapPolicy, { method: "POST", token, params: { partnerId: partner.id }, body: { policyName: policy.name, useCaseDescription: "use case" } });
    const { mappingkey } = requested.body.response as { mappingkey: string };
    const self = await callRoute(decide, { method: "PUT", token, params: { mappingkey }, body: { status: "Approved" } });
    expect(self.status).toBe(403);
    expect(self.body.errors[0].errorCode).toBe("KER-ATH-403");
    const forOther = await callRoute(mapPolicy, { method: "POST", token, params: { partnerId: other.partner.id }, body: { policyName: other.policy.name, useCaseDescription: "x" } });
    expect(forOther.status).toBe(404);
  });

  it("lists every request for an admin, filtered MOSIP's way, and only its own for a partner", async () => {
    const a = await bank();
    const b = await bank();
    for (const x of [a, b]) await callRoute(mapPolicy, { method: "POST", token: x.token, params: { partnerId: x.partner.id }, body: { policyName: x.policy.name, useCaseDescription: "use" } });
    const filtered = await callRoute(listRequests, { token: a.adminToken, path: `/x?partnerId=${b.partner.id}&status=InProgress&partnerType=Auth_Partner&pageNo=0&pageSize=8&sortFieldName=createdDateTime&sortType=desc` });
    const page = filtered.body.response as { totalResults: number; data: { partnerId: string; partnerType: string; orgName: string }[] };
    expect(page.totalResults).toBe(1);
    expect(page.data[0]).toMatchObject({ partnerId: b.partner.id, partnerType: "Auth_Partner", orgName: b.partner.organizationName });
    const snooping = await callRoute(listRequests, { token: a.token, path: `/x?partnerId=${b.partner.id}` });
    expect((snooping.body.response as { totalResults: number }).totalResults).toBe(0);
    const devices = await createTestStaff(["POLICY_MANAGER"]);
    expect((await callRoute(listRequests, { token: await tokenForUser(devices.userId) })).status).toBe(403);
  });

  it("takes a credential partner's extractors and credential-type mapping", async () => {
    const group = await createTestPolicyGroup();
    const policy = await createTestPolicy({ groupId: group.id, type: "CredentialIssuance" });
    const { partner, userId } = await createActivePartnerInGroup("CREDENTIAL_PARTNER", group.id);
    const token = await tokenForUser(userId);
    const adminToken = await tokenForUser((await createTestStaff(["PARTNER_ADMIN"])).userId);
    const requested = await callRoute(mapPolicy, { method: "POST", token, params: { partnerId: partner.id }, body: { policyName: policy.name, useCaseDescription: "Printing ID cards" } });
    const { mappingkey } = requested.body.response as { mappingkey: string };

    const early = await callRoute(decide, { method: "PUT", token: adminToken, params: { mappingkey }, body: { status: "Approved" } });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].errorCode).toBe("PMS_PM_051");

    expect((await callRoute(getExtractors, { token, params: { partnerId: partner.id, policyId: policy.id } })).status).toBe(404);
    const extractors = { extractors: [{ attributeName: "photo", biometric: "Face", extractor: { provider: "mock-sdk", version: "1.1" } }] };
    const declared = await callRoute(postExtractors, { method: "POST", token, params: { partnerId: partner.id, policyId: policy.id }, body: extractors });
    expect(declared.status).toBe(200);
    const read = await callRoute(getExtractors, { token, params: { partnerId: partner.id, policyId: policy.id } });
    expect(read.body.response).toEqual({ extractors: [{ attributeName: "photo", biometric: "face", extractor: { provider: "mock-sdk", version: "1.1" } }] });
    const badModality = await callRoute(postExtractors, { method: "POST", token, params: { partnerId: partner.id, policyId: policy.id }, body: { extractors: [{ attributeName: "photo", biometric: "palm", extractor: { provider: "x", version: "1" } }] } });
    expect(badModality.status).toBe(400);

    expect((await callRoute(decide, { method: "PUT", token: adminToken, params: { mappingkey }, body: { status: "Approved" } })).status).toBe(200);
    const mapped = await callRoute(mapCredential, { method: "POST", token, params: { partnerId: partner.id, credentialType: "euin", policyName: policy.name } });
    expect(mapped.status).toBe(200);
    const mapping = await callRoute(getCredential, { token, params: { partnerId: partner.id, credentialType: "euin" } });
    expect(mapping.body.response).toMatchObject({ partnerId: partner.id, credentialType: "euin", policyId: policy.id, policyType: "CredentialIssuance", is_Active: true });
    const wrongType = await callRoute(mapCredential, { method: "POST", token, params: { partnerId: partner.id, credentialType: "passport", policyName: policy.name } });
    expect(wrongType.body.errors[0].errorCode).toBe("PMS_PRT_072");
  });
});
