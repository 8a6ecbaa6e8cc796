// A chip's certificates as PEM files for its provider: the original (CA-signed) and the portal-signed one.
import { currentPrincipal } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";
import { getChipCertificates } from "@/lib/ftm/queries";

export async function GET(request: Request, { params }: { params: Promise<{ chipId: string }> }) {
  const principal = await currentPrincipal();
  if (!principal || principal.kind !== "user" || !principal.partner || !hasPermission(principal, "ftm.own")) return new Response("Not found", { status: 404 });
  const { chipId } = await params;
  const which = new URL(request.url).searchParams.get("which") === "original" ? "original" : "signed";
  try {
    const files = await getChipCertificates({ kind: "provider", partnerId: principal.partner.id }, chipId);
    return new Response(which === "original" ? files.originalPem : files.signedPem, {
      headers: {
        "content-type": "application/x-pem-file",
        "content-disposition": `attachment; filename="ftm-chip-${chipId}-${which === "original" ? "ca-signed" : "portal-signed"}.pem"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.httpStatus, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
