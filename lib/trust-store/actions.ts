"use server";
// Server actions for the trust store and the portal CAs: thin wrappers over their services.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { CertificateRejectedError } from "@/lib/certificates/rejection";
import { rotatePortalCa } from "@/lib/portal-ca/service";
import { caUploadSchema, rotatePortalCaSchema } from "@/lib/trust-store/schemas";
import { uploadCaCertificates, type CaUploadOutcome } from "@/lib/trust-store/service";

// A refused single certificate is reported like a bundle whose one item failed, so the form shows one kind of result.
export const uploadCaCertificatesAction = action({ schema: caUploadSchema, permission: "trust-store.manage" }, async (input, ctx): Promise<CaUploadOutcome> => {
  try {
    const outcome = await uploadCaCertificates(input, ctx);
    revalidatePath("/admin/trust-store");
    return outcome;
  } catch (error) {
    if (!(error instanceof CertificateRejectedError)) throw error;
    const cert = error.chain[0];
    return {
      status: "Upload Failed.",
      domain: input.domain,
      storedCount: 0,
      items: [
        {
          index: 0,
          ok: false,
          id: null,
          kind: null,
          subject: cert?.subject ?? null,
          issuer: cert?.issuer ?? null,
          thumbprint: cert?.thumbprintSha256 ?? null,
          notAfter: cert?.notAfter ?? null,
          findings: error.findings,
        },
      ],
    };
  }
});

export const rotatePortalCaAction = action({ schema: rotatePortalCaSchema, permission: "trust-store.manage" }, async ({ domain }, ctx) => {
  const result = await rotatePortalCa(domain, ctx);
  revalidatePath("/admin/trust-store");
  return { domain: result.domain, subject: result.subject, notAfter: result.notAfter.toISOString() };
});
