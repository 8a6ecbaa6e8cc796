// MOSIP's chip certificate upload: validated against the FTM trust store with the provider's organisation, then portal-signed.
import { AppError } from "@/lib/errors";
import { withRejections } from "@/lib/certificates/mosip";
import { parseDomain } from "@/lib/certificates/schemas";
import { ftmPartnerNotYours } from "@/lib/ftm/errors";
import { mosipChipCertificateUploadSchema } from "@/lib/ftm/mosip";
import { getChip } from "@/lib/ftm/queries";
import { chipScope } from "@/lib/ftm/scope";
import { uploadChipCertificate } from "@/lib/ftm/service";
import { mosipTime, restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", body: mosipChipCertificateUploadSchema }, async ({ principal, body, request }) => {
  const scope = chipScope(principal);
  if (scope.kind === "provider" && body.ftpProviderId !== scope.partnerId) throw ftmPartnerNotYours(body.ftpProviderId);
  const chipId = (body.ftpChipDeatilId || body.ftpChipDetailId)!;
  const chip = await getChip(scope, chipId);
  if (!chip || chip.providerId !== body.ftpProviderId) {
    throw new AppError("not_found", "PMP_AUT_034", `FTM chip ${chipId} does not belong to provider ${body.ftpProviderId}.`, { params: { chipId } });
  }
  if (body.partnerDomain && parseDomain(body.partnerDomain) !== "FTM") {
    throw new AppError("invalid", "KER-PCM-011", `Chip certificates belong to the FTM domain, not ${body.partnerDomain}.`, { field: "partnerDomain" });
  }
  // The organisation is always the provider's registered one; a different claim is refused rather than ignored.
  if (body.organizationName && body.organizationName !== chip.organizationName) {
    throw new AppError("unprocessable", "KER-PCM-008", `organizationName '${body.organizationName}' is not the provider's registered organisation '${chip.organizationName}'.`, {
      field: "organizationName",
    });
  }
  return withRejections(request.requestId, async () => {
    const result = await uploadChipCertificate(chipId, body.certificateData, scope, { principal, request });
    return { certificateId: result.chipId, signedCertificateData: result.signedCertificateData, timestamp: mosipTime(), status: "pending_approval", approvalWithdrawn: result.approvalWithdrawn };
  });
});
