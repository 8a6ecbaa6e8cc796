// MOSIP's V2 chip certificates: the CA-signed original and the portal-signed one, with their expiry flags.
import { getChipCertificates } from "@/lib/ftm/queries";
import { chipScope } from "@/lib/ftm/scope";
import { restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const files = await getChipCertificates(chipScope(principal), params.ftmId);
  const now = Date.now();
  return {
    caSignedCertificateData: files.originalPem,
    isCaSignedCertificateExpired: files.notAfter.getTime() <= now,
    mosipSignedCertificateData: files.signedPem,
    isMosipSignedCertificateExpired: files.signedNotAfter.getTime() <= now,
  };
});
