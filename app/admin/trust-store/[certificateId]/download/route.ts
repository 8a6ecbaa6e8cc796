// A trust-store certificate as PEM, or its trust path (up to the stored root) as a PKCS#7 file; admins only.
import { currentPrincipal } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/principal";
import { getCaCertificateFiles } from "@/lib/trust-store/queries";

export async function GET(request: Request, { params }: { params: Promise<{ certificateId: string }> }) {
  const principal = await currentPrincipal();
  if (!principal || !hasPermission(principal, "trust-store.manage")) return new Response("Not found", { status: 404 });
  const { certificateId } = await params;
  const files = await getCaCertificateFiles(certificateId);
  if (!files) return new Response("Not found", { status: 404 });
  const p7b = new URL(request.url).searchParams.get("format") === "p7b";
  return new Response(p7b ? new Uint8Array(files.p7bDer) : files.pem, {
    headers: {
      "content-type": p7b ? "application/pkcs7-mime" : "application/x-pem-file",
      "content-disposition": `attachment; filename="${files.fileStem}${p7b ? "-trust-path.p7b" : ".pem"}"`,
      "cache-control": "private, no-store",
    },
  });
}
