import { describe, expect, it } from "vitest";
import { GET as listChipsRoute, PATCH as decideChipRoute, POST as createChipRoute } from "@/app/v1/partnermanager/ftpchipdetail/route";
import { POST as uploadRoute } from "@/app/v1/partnermanager/ftpchipdetail/uploadcertificate/route";
import { GET as signedRoute } from "@/app/v1/partnermanager/ftpchipdetail/getPartnerCertificate/[ftpChipDetailId]/route";
import { GET as certificateDataRoute } from "@/app/v1/partnermanager/ftpchipdetail/[ftmId]/certificate-data/route";
import { PATCH as deactivateChipRoute } from "@/app/v1/partnermanager/ftpchipdetail/[ftmId]/route";
import { db } from "@/lib/db";
import { createTrustedHierarchy, issueTestLeaf } from "@/tests/factories-certificates";
import { apiTokenFor, callRoute, createActiveFtmProvider, createChipWithCertificate, testAdmin } from "@/tests/factories-devices";
import { uniqueSuffix } from "@/tests/factories";

async function adminToken() {
  return apiTokenFor((await testAdmin()).userId);
}

describe("REST: the FTM provider's journey at MOSIP's paths", () => {
  it("adds a chip, uploads its certificate, gets it approved, downloads both certificates, re-uploads, deactivates", async () => {
    const organizationName = `Rest Chips ${uniqueSuffix()}`;
    const { partner, userId } = await createActiveFtmProvider({ organizationName });
    const hierarchy = await createTrustedHierarchy("FTM", organizationName);
    const token = await apiTokenFor(userId);
    const admin = await adminToken();

    const created = await callRoute(createChipRoute, { method: "POST", token, body: { ftpProviderId: partner.id, make: "RestMake", model: "RM-1" } });
    expect(created.status).toBe(200);
    const chipId = (created.json.response as { id: string }).id;
    const duplicate = await callRoute(createChipRoute, { method: "POST", token, body: { ftpProviderId: partner.id, make: "RestMake", model: "RM-1" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.errors[0]?.errorCode).toBe("PMP_AUT_032");

    const noCert = await callRoute(decideChipRoute, { method: "PATCH", token: admin, body: { ftpChipDetailId: chipId, approvalStatus: true } });
    expect(noCert.json.errors[0]?.errorCode).toBe("PMP_AUT_033");

    const uploaded = await callRoute(uploadRoute, {
      method: "POST",
      token,
      body: { ftpProviderId: partner.id, ftpChipDeatilId: chipId, isItForRegistrationDevice: true, certificateData: hierarchy.leaf.pem, organizationName, partnerDomain: "FTM" },
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.response).toMatchObject({ certificateId: chipId, status: "pending_approval", approvalWithdrawn: false });
    expect((uploaded.json.response as { signedCertificateData: string }).signedCertificateData).toContain("BEGIN CERTIFICATE");

    const providerDecides = await callRoute(decideChipRoute, { method: "PATCH", token, body: { ftpChipDetailId: chipId, approvalStatus: true } });
    expect(providerDecides.status).toBe(403);
    const approved = await callRoute(decideChipRoute, { method: "PATCH", token: admin, body: { ftpChipDetailId: chipId, approvalStatus: true } });
    expect(approved.status).toBe(200);

    const signed = await callRoute(signedRoute, { token, params: { ftpChipDetailId: chipId } });
    expect((signed.json.response as { certificateData: string }).certificateData).toContain("BEGIN CERTIFICATE");
    const data = await callRoute(certificateDataRoute, { token: admin, params: { ftmId: chipId } });
    expect(data.json.response).toMatchObject({ isCaSignedCertificateExpired: false, isMosipSignedCertificateExpired: false });
    expect((data.json.response as { caSignedCertificateData: string }).caSignedCertificateData.trim()).toBe(hierarchy.leaf.pem.trim());

    const list = await callRoute(listChipsRoute, { token, path: "/v1/partnermanager/ftpchipdetail" });
    expect(list.json.response).toEqual([
      expect.objectContaining({ ftmId: chipId, partnerId: partner.id, status: "approved", isActive: true, isCertificateAvailable: true, isCertificateExpired: false }),
    ]);

    const renewed = await issueTestLeaf(hierarchy.intermediate, organizationName);
    const reupload = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: partner.id, ftpChipDetailId: chipId, certificateData: renewed.pem } });
    expect(reupload.json.response).toMatchObject({ status: "pending_approval", approvalWithdrawn: true });
    await callRoute(decideChipRoute, { method: "PATCH", token: admin, body: { ftpChipDetailId: chipId, approvalStatus: "true" } });

    const badStatus = await callRoute(deactivateChipRoute, { method: "PATCH", token, params: { ftmId: chipId }, body: { status: "off" } });
    expect(badStatus.json.errors[0]?.errorCode).toBe("PMS_DEVICE_ERROR_026");
    const deactivated = await callRoute(deactivateChipRoute, { method: "PATCH", token, params: { ftmId: chipId }, body: { status: "De-Activate" } });
    expect(deactivated.json.response).toEqual({ ftmId: chipId, status: "deactivated", active: false });
    const after = await callRoute(signedRoute, { token, params: { ftpChipDetailId: chipId } });
    expect(after.json.errors[0]?.errorCode).toBe("PMS_FTM_ERROR_009");
  });

  it("answers a refused certificate with one error per reason, and refuses a claimed organisation or domain that is not the provider's", async () => {
    const organizationName = `Strict Chips ${uniqueSuffix()}`;
    const { partner, userId } = await createActiveFtmProvider({ organizationName });
    const hierarchy = await createTrustedHierarchy("FTM", organizationName);
    const token = await apiTokenFor(userId);
    const chipId = ((await callRoute(createChipRoute, { method: "POST", token, body: { ftpProviderId: partner.id, make: "M", model: "N" } })).json.response as { id: string }).id;

    const foreign = await issueTestLeaf(hierarchy.intermediate, "Another Org", { validToDays: 10 });
    const refused = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: partner.id, ftpChipDeatilId: chipId, certificateData: foreign.pem } });
    expect(refused.status).toBe(422);
    const codes = refused.json.errors.map((e) => e.errorCode);
    expect(codes).toContain("KER-PCM-008");
    expect(codes.length).toBeGreaterThan(1);

    const claimed = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: partner.id, ftpChipDeatilId: chipId, certificateData: hierarchy.leaf.pem, organizationName: "Another Org" } });
    expect(claimed.json.errors[0]?.errorCode).toBe("KER-PCM-008");
    const domain = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: partner.id, ftpChipDeatilId: chipId, certificateData: hierarchy.leaf.pem, partnerDomain: "AUTH" } });
    expect(domain.json.errors[0]?.errorCode).toBe("KER-PCM-011");
    const noId = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: partner.id, certificateData: hierarchy.leaf.pem } });
    expect(noId.status).toBe(400);
    expect((await db.ftmChip.findUniqueOrThrow({ where: { id: chipId } })).status).toBe("PENDING_CERTIFICATE");
  });
});

describe("REST: one FTM provider cannot reach another's chips", () => {
  it("answers 404 to reads and changes, and shows nothing in the list", async () => {
    const owner = await createChipWithCertificate({ approve: true });
    const intruder = await createActiveFtmProvider();
    const token = await apiTokenFor(intruder.userId);
    expect((await callRoute(signedRoute, { token, params: { ftpChipDetailId: owner.chip.id } })).status).toBe(404);
    expect((await callRoute(certificateDataRoute, { token, params: { ftmId: owner.chip.id } })).status).toBe(404);
    expect((await callRoute(deactivateChipRoute, { method: "PATCH", token, params: { ftmId: owner.chip.id }, body: { status: "De-Activate" } })).status).toBe(404);
    const upload = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: intruder.partner.id, ftpChipDeatilId: owner.chip.id, certificateData: owner.hierarchy.leaf.pem } });
    expect(upload.status).toBe(404);
    const asOwner = await callRoute(uploadRoute, { method: "POST", token, body: { ftpProviderId: owner.partner.id, ftpChipDeatilId: owner.chip.id, certificateData: owner.hierarchy.leaf.pem } });
    expect(asOwner.status).toBe(404);
    const list = await callRoute(listChipsRoute, { token, path: "/v1/x?pageNo=0&pageSize=8" });
    expect(list.json.response).toMatchObject({ totalResults: 0, data: [] });
    expect((await db.ftmChip.findUniqueOrThrow({ where: { id: owner.chip.id } })).status).toBe("APPROVED");
  });

  it("an admin lists every chip with MOSIP's paging, filters and sort", async () => {
    const a = await createChipWithCertificate();
    const token = await adminToken();
    const page = await callRoute(listChipsRoute, { token, path: `/v1/x?partnerId=${a.partner.id}&status=pending_approval&pageNo=0&pageSize=8&sortFieldName=orgName&sortType=asc` });
    expect(page.json.response).toMatchObject({ pageNo: 0, pageSize: 8, totalResults: 1, data: [{ ftmId: a.chip.id, orgName: a.partner.organizationName, status: "pending_approval" }] });
  });
});
