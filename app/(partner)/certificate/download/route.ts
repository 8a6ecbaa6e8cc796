// The signed-in partner's own certificates as PEM files: the original (CA-signed) and the portal-signed one.
import { currentPrincipal } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { getCurrentPartnerCertificate } from "@/lib/certificates/queries";

export async function GET(request: Request) {
  const principal = await currentPrincipal();
  if (!principal || principal.kind !== "user" || !principal.partner || !hasPermission(principal, "partner.certificate.upload")) {
    return new Response("Not found", { status: 404 });
  }
  const which = new URL(request.url).searchParams.get("which") === "original" ? "original" : "signed";
  const certificate = await getCurrentPartnerCertificate(principal.partner.id);
  if (!certificate) return new Response("Not found", { status: 404 });
  const body = which === "original" ? certificate.originalPem : certificate.signedPem;
  return new Response(body, {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="${principal.partner.id}-${which === "original" ? "ca-signed" : "portal-signed"}.pem"`,
      "cache-control": "private, no-store",
    },
  });
}
