"use server";
// Server actions for the partner's own certificate: thin wrappers over lib/certificates/service.ts.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { notFound } from "@/lib/errors";
import type { DescribedCert } from "@/lib/pki";
import { CertificateRejectedError, type MosipFinding } from "@/lib/certificates/rejection";
import { partnerCertificateUploadSchema } from "@/lib/certificates/schemas";
import { uploadPartnerCertificate } from "@/lib/certificates/service";

export type CertificateUploadResult =
  | { accepted: true; certificateId: string; renewed: boolean; signedNotAfter: string }
  | { accepted: false; code: string; message: string; findings: MosipFinding[]; chain: DescribedCert[] };

// A refusal is an expected answer here, not a failure: the page lists every reason, with the chain.
export const uploadMyCertificateAction = action({ schema: partnerCertificateUploadSchema, permission: "partner.certificate.upload" }, async (input, ctx): Promise<CertificateUploadResult> => {
  const partner = ctx.principal.partner;
  if (!partner) throw notFound("Your partner", "PMS_PRT_005");
  try {
    const result = await uploadPartnerCertificate({ partnerId: partner.id, certificateData: input.certificateData }, ctx);
    revalidatePath("/certificate");
    revalidatePath("/dashboard");
    return { accepted: true, certificateId: result.certificateId, renewed: result.renewed, signedNotAfter: result.signedNotAfter.toISOString() };
  } catch (error) {
    if (error instanceof CertificateRejectedError) return { accepted: false, code: error.code, message: error.message, findings: error.findings, chain: error.chain };
    throw error;
  }
});
