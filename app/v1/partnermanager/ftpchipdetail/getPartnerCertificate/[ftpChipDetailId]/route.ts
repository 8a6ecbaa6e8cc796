// MOSIP's chip certificate download: the portal-signed certificate (the chip's provider or an admin).
import { getChipCertificates } from "@/lib/ftm/queries";
import { chipScope } from "@/lib/ftm/scope";
import { mosipTime, restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const files = await getChipCertificates(chipScope(principal), params.ftpChipDetailId);
  return { certificateData: files.signedPem, timestamp: mosipTime() };
});
