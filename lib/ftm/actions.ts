"use server";
// Server actions for FTM chips: thin wrappers over lib/ftm/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { CertificateRejectedError, type MosipFinding } from "@/lib/certificates/rejection";
import type { DescribedCert } from "@/lib/pki";
import { addChipSchema, chipCertificateSchema, chipDecisionSchema, chipIdSchema } from "@/lib/ftm/schemas";
import { ownFtmPartnerId } from "@/lib/ftm/scope";
import { createChip, deactivateChip, decideChip, uploadChipCertificate } from "@/lib/ftm/service";

export const addChipAction = action({ schema: addChipSchema, permission: "ftm.own" }, async (input, ctx) => {
  const chip = await createChip(ownFtmPartnerId(ctx.principal), input, ctx);
  revalidatePath("/ftm");
  return { id: chip.id };
});

export type ChipCertificateUploadResult =
  | { accepted: true; approvalWithdrawn: boolean; signedNotAfter: string }
  | { accepted: false; code: string; message: string; findings: MosipFinding[]; chain: DescribedCert[] };

// A refused certificate is an expected answer: the page lists every reason with the chain.
export const uploadChipCertificateAction = action({ schema: chipCertificateSchema, permission: "ftm.own" }, async (input, ctx): Promise<ChipCertificateUploadResult> => {
  try {
    const result = await uploadChipCertificate(input.id, input.certificateData, { kind: "provider", partnerId: ownFtmPartnerId(ctx.principal) }, ctx);
    revalidatePath("/ftm");
    revalidatePath(`/ftm/${input.id}`);
    return { accepted: true, approvalWithdrawn: result.approvalWithdrawn, signedNotAfter: result.signedNotAfter.toISOString() };
  } catch (error) {
    if (error instanceof CertificateRejectedError) return { accepted: false, code: error.code, message: error.message, findings: error.findings, chain: error.chain };
    throw error;
  }
});

export const deactivateChipAction = action({ schema: chipIdSchema, permission: "ftm.own" }, async ({ id }, ctx) => {
  const result = await deactivateChip(id, { kind: "provider", partnerId: ownFtmPartnerId(ctx.principal) }, ctx);
  revalidatePath("/ftm");
  return { id: result.id };
});

export const decideChipAction = action({ schema: chipDecisionSchema, permission: "ftm.approve" }, async (input, ctx) => {
  const result = await decideChip(input.id, input.decision, input.comment, ctx, { thumbprint: input.thumbprint });
  revalidatePath("/admin/ftm");
  return { id: result.id, status: result.status };
});

export const adminDeactivateChipAction = action({ schema: chipIdSchema, permission: "ftm.approve" }, async ({ id }, ctx) => {
  const result = await deactivateChip(id, { kind: "admin" }, ctx);
  revalidatePath("/admin/ftm");
  return { id: result.id };
});
