import { parseDomain } from "@/lib/certificates/schemas";
import { certificateToPem } from "@/lib/pki";
import { currentPortalCa, listPortalCaCertificates } from "@/lib/portal-ca/service";
import { restRoute } from "@/lib/rest";

// Public: the domain's portal CA certificates as one PEM file (current first), for `curl -o` into a trust store.
export const GET = restRoute({ auth: "none" }, async ({ params }) => {
  const domain = parseDomain(params.domain);
  await currentPortalCa(domain);
  const rows = await listPortalCaCertificates({ domain });
  const pem = rows.sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent)).map((r) => certificateToPem(r.der)).join("");
  return new Response(pem, {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="portal-ca-${domain.toLowerCase()}.pem"`,
      "cache-control": "public, max-age=300",
    },
  });
});
