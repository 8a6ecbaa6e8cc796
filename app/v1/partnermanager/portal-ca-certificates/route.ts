import { createHash } from "node:crypto";
import { parseDomain } from "@/lib/certificates/schemas";
import { certificateToPem } from "@/lib/pki";
import { portalCaQuerySchema } from "@/lib/portal-ca/schemas";
import { ensurePortalCas, listPortalCaCertificates } from "@/lib/portal-ca/service";
import { restRoute } from "@/lib/rest";

// Public: downstream systems add these to their trust stores to accept portal-signed certificates.
// Rotated-out CAs stay listed while they are valid, since certificates they issued are still in use.
export const GET = restRoute({ auth: "none", query: portalCaQuerySchema }, async ({ query }) => {
  const domain = query.partnerDomain ? parseDomain(query.partnerDomain) : undefined;
  await ensurePortalCas();
  const rows = await listPortalCaCertificates({ domain });
  return {
    certificates: rows.map((row) => ({
      partnerDomain: row.domain,
      isCurrent: row.isCurrent,
      keyAlgorithm: row.keyAlgorithm,
      certThumbprint: createHash("sha256").update(row.der).digest("hex"),
      validTillDate: row.notAfter.toISOString(),
      createdDateTime: row.createdAt.toISOString(),
      certificateData: certificateToPem(row.der),
    })),
  };
});
