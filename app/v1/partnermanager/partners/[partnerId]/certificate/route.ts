import { hasPermission } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";
import { getCurrentPartnerCertificate } from "@/lib/certificates/queries";
import { mosipTime, restRoute } from "@/lib/rest";

// The portal-signed certificate of a partner: the partner itself or an admin.
export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const isOwn = principal.partner?.id === params.partnerId;
  if (!isOwn && !hasPermission(principal, "partners.read")) throw notFound(`Partner ${params.partnerId}`, "PMS_PRT_005");
  const certificate = await getCurrentPartnerCertificate(params.partnerId);
  if (!certificate) throw notFound(`A certificate of partner ${params.partnerId}`, "KER-PCM-012");
  return { certificateData: certificate.signedPem, timestamp: mosipTime() };
});
