import { hasPermission } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";
import { isExpired } from "@/lib/certificates/mosip";
import { getCurrentPartnerCertificate } from "@/lib/certificates/queries";
import { restRoute } from "@/lib/rest";

// Both certificates of a partner (MOSIP V2): the one its CA signed and the one the portal signed.
export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const isOwn = principal.partner?.id === params.partnerId;
  if (!isOwn && !hasPermission(principal, "partners.read")) throw notFound(`Partner ${params.partnerId}`, "PMS_PRT_005");
  const certificate = await getCurrentPartnerCertificate(params.partnerId);
  if (!certificate) throw notFound(`A certificate of partner ${params.partnerId}`, "PMS_CERTIFICATE_ERROR_007");
  return {
    caSignedCertificateData: certificate.originalPem,
    isCaSignedCertificateExpired: isExpired(certificate.notAfter),
    mosipSignedCertificateData: certificate.signedPem,
    isMosipSignedCertificateExpired: isExpired(certificate.signedNotAfter),
  };
});
