import { notFound } from "@/lib/errors";
import { restRoute } from "@/lib/rest";
import { getCaCertificateFiles } from "@/lib/trust-store/queries";

// MOSIP V2: the certificate (PEM) and its trust path up to the stored root (PKCS#7, PEM-armoured).
export const GET = restRoute({ auth: "user", permission: "trust-store.manage" }, async ({ params }) => {
  const files = await getCaCertificateFiles(params.certificateId);
  if (!files) throw notFound(`CA certificate ${params.certificateId}`, "PMS_CERTIFICATE_ERROR_011");
  return { caCertificateData: files.pem, p7bFile: files.p7bPem };
});
