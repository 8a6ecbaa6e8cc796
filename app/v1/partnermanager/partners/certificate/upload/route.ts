import { notFound } from "@/lib/errors";
import { withRejections } from "@/lib/certificates/mosip";
import { mosipPartnerCertificateUploadSchema, parseDomain } from "@/lib/certificates/schemas";
import { uploadPartnerCertificate } from "@/lib/certificates/service";
import { mosipTime, restRoute } from "@/lib/rest";

// A partner uploads its own certificate; any other partner id is "not found", so ids cannot be probed.
export const POST = restRoute(
  { auth: "user", permission: "partner.certificate.upload", body: mosipPartnerCertificateUploadSchema },
  async ({ principal, body, request }) => {
    if (principal.partner?.id !== body.partnerId) throw notFound(`Partner ${body.partnerId}`, "PMS_PRT_005");
    const partnerDomain = parseDomain(body.partnerDomain);
    return withRejections(request.requestId, async () => {
      const result = await uploadPartnerCertificate({ partnerId: body.partnerId, certificateData: body.certificateData, partnerDomain }, { principal, request });
      return { certificateId: result.certificateId, signedCertificateData: result.signedCertificateData, timestamp: mosipTime() };
    });
  },
);
