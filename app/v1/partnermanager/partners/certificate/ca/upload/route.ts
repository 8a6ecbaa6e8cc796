import { withRejections } from "@/lib/certificates/mosip";
import { mosipCaUploadSchema, parseDomain } from "@/lib/certificates/schemas";
import { mosipTime, restRoute } from "@/lib/rest";
import { uploadCaCertificates } from "@/lib/trust-store/service";

export const POST = restRoute({ auth: "user", permission: "trust-store.manage", body: mosipCaUploadSchema }, async ({ principal, body, request }) => {
  const domain = parseDomain(body.partnerDomain);
  return withRejections(request.requestId, async () => {
    const outcome = await uploadCaCertificates({ domain, certificateData: body.certificateData }, { principal, request });
    return {
      status: outcome.status,
      timestamp: mosipTime(),
      // Beyond MOSIP: what happened to each certificate of the upload.
      certificates: outcome.items.map((item) => ({
        certId: item.id,
        caCertificateType: item.kind,
        subject: item.subject,
        certThumbprint: item.thumbprint,
        uploaded: item.ok,
        errors: item.findings.map((f) => ({ errorCode: f.errorCode, message: f.message })),
      })),
    };
  });
});
