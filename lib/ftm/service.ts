// Every state change of FTM chips (SPEC journey 7 and section 2): creation, certificate upload and re-upload,
// admin decisions, deactivation. Each runs in one transaction as a conditional update, with its audit row.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { staleTransition } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChipStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { verifyAndSignCertificate } from "@/lib/certificates/verify-and-sign";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import {
  chipCertificateExpired,
  chipCertificateMissing,
  chipCertificateNotAllowed,
  chipCertificateUsedElsewhere,
  chipExists,
  chipNotDeactivatable,
  chipNotFound,
  chipNotPending,
  ftmProviderNotActive,
} from "@/lib/ftm/errors";
import type { AddChipInput } from "@/lib/ftm/schemas";
import { chipProviderWhere, type ChipScope } from "@/lib/ftm/scope";

export type ChipDecision = "APPROVE" | "REJECT";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

/** A chip's certificate may be uploaded, or replaced, while the chip is live. */
export const CERTIFICATE_UPLOADABLE: readonly ChipStatus[] = ["PENDING_CERTIFICATE", "PENDING_APPROVAL", "APPROVED"];
const LIVE: ChipStatus[] = ["PENDING_CERTIFICATE", "PENDING_APPROVAL", "APPROVED"];

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function activeFtmProvider(tx: Tx | typeof db, partnerId: string) {
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true, status: true, typeCode: true, organizationName: true } });
  if (!partner || partner.typeCode !== "FTM_PROVIDER" || partner.status !== "ACTIVE") throw ftmProviderNotActive(partnerId);
  return partner;
}

/** An FTM provider registers a chip (make, model); it waits for its certificate. */
export async function createChip(partnerId: string, input: AddChipInput, actor: AuditActor) {
  try {
    return await db.$transaction(async (tx) => {
      await activeFtmProvider(tx, partnerId);
      const live = await tx.ftmChip.findFirst({
        where: { providerId: partnerId, status: { in: LIVE }, make: { equals: input.make, mode: "insensitive" }, model: { equals: input.model, mode: "insensitive" } },
        select: { id: true },
      });
      if (live) throw chipExists(input.make, input.model);
      const chip = await tx.ftmChip.create({ data: { providerId: partnerId, make: input.make, model: input.model } });
      await writeAudit(tx, actor, { action: "ftm-chip.created", entityType: "FtmChip", entityId: chip.id, partnerId, after: { make: chip.make, model: chip.model, status: chip.status } });
      return chip;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw chipExists(input.make, input.model);
    throw error;
  }
}

export interface ChipCertificateUploaded {
  chipId: string;
  status: "PENDING_APPROVAL";
  /** true when the chip was approved: the upload sent it back for approval */
  approvalWithdrawn: boolean;
  signedCertificateData: string;
  subject: string;
  thumbprint: string;
  notAfter: Date;
  signedNotAfter: Date;
}

/**
 * Uploads (or replaces) a chip's certificate. It is validated like a partner certificate against the FTM
 * trust store with the provider's organisation name, and portal-signed. The chip then waits for approval;
 * an approved chip goes back to pending approval (MOSIP's rule, said in the UI before the upload).
 * Validation runs outside the transaction (it writes nothing); the update re-checks status and organisation.
 */
export async function uploadChipCertificate(chipId: string, certificateData: string, scope: ChipScope, actor: AuditActor, options: { now?: Date } = {}): Promise<ChipCertificateUploaded> {
  if (!isUuid(chipId)) throw chipNotFound(chipId);
  const chip = await db.ftmChip.findFirst({ where: { id: chipId, ...chipProviderWhere(scope) }, select: { id: true, status: true, providerId: true, certThumbprint: true } });
  if (!chip) throw chipNotFound(chipId);
  if (!CERTIFICATE_UPLOADABLE.includes(chip.status)) throw chipCertificateNotAllowed(chip.status, chipId);
  const provider = await activeFtmProvider(db, chip.providerId);

  const verified = await verifyAndSignCertificate({ domain: "FTM", certificateData, organizationName: provider.organizationName, now: options.now });
  const uploadedAt = options.now ?? new Date();

  return db.$transaction(async (tx) => {
    const elsewhere = await tx.ftmChip.findFirst({ where: { id: { not: chipId }, certThumbprint: verified.thumbprint, status: { in: LIVE } }, select: { id: true } });
    if (elsewhere) throw chipCertificateUsedElsewhere(verified.thumbprint);
    // The organisation the certificate was checked against must still be the provider's, and the provider still active.
    const stillValid = await tx.partner.count({ where: { id: chip.providerId, status: "ACTIVE", organizationName: provider.organizationName } });
    if (stillValid !== 1) throw staleTransition(`Partner ${chip.providerId}`);
    const updated = await tx.ftmChip.updateMany({
      where: { id: chipId, status: chip.status },
      data: {
        status: "PENDING_APPROVAL",
        adminComment: null,
        certSubject: verified.subject.slice(0, 1024),
        certThumbprint: verified.thumbprint,
        certNotAfter: verified.notAfter,
        certOriginalDer: new Uint8Array(verified.originalDer),
        certSignedDer: new Uint8Array(verified.signedDer),
        certificateUploadedAt: uploadedAt,
      },
    });
    if (updated.count !== 1) throw staleTransition(`FTM chip ${chipId}`);
    const approvalWithdrawn = chip.status === "APPROVED";
    await writeAudit(tx, actor, {
      action: chip.certThumbprint ? "ftm-chip.certificate-replaced" : "ftm-chip.certificate-uploaded",
      entityType: "FtmChip",
      entityId: chipId,
      partnerId: chip.providerId,
      before: { status: chip.status, thumbprint: chip.certThumbprint },
      after: { status: "PENDING_APPROVAL", thumbprint: verified.thumbprint, subject: verified.subject, notAfter: verified.notAfter, signedNotAfter: verified.signedNotAfter, approvalWithdrawn },
    });
    return {
      chipId,
      status: "PENDING_APPROVAL" as const,
      approvalWithdrawn,
      signedCertificateData: verified.signedPem,
      subject: verified.subject,
      thumbprint: verified.thumbprint,
      notAfter: verified.notAfter,
      signedNotAfter: verified.signedNotAfter,
    };
  });
}

/**
 * Admin: approves or rejects a chip whose certificate waits for approval. With `thumbprint`, the decision
 * applies only to the certificate the admin looked at (a re-upload in between refuses it).
 */
export async function decideChip(chipId: string, decision: ChipDecision, comment: string | undefined, actor: AuditActor, options: { thumbprint?: string; now?: Date } = {}) {
  if (!isUuid(chipId)) throw chipNotFound(chipId);
  return db.$transaction(async (tx) => {
    const chip = await tx.ftmChip.findUnique({ where: { id: chipId }, include: { provider: { select: { status: true } } } });
    if (!chip) throw chipNotFound(chipId);
    if (chip.status === "PENDING_CERTIFICATE" && decision === "APPROVE") throw chipCertificateMissing(chipId);
    if (chip.status !== "PENDING_APPROVAL") throw chipNotPending(chip.status, chipId);
    if (options.thumbprint && options.thumbprint !== chip.certThumbprint) throw staleTransition(`The certificate of FTM chip ${chipId}`);
    if (decision === "APPROVE") {
      if (!chip.certNotAfter || chip.certNotAfter <= (options.now ?? new Date())) throw chipCertificateExpired(chipId, chip.certNotAfter?.toISOString().slice(0, 10) ?? "—");
      if (chip.provider.status !== "ACTIVE") throw ftmProviderNotActive(chip.providerId);
    }
    const to: ChipStatus = decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const updated = await tx.ftmChip.updateMany({
      where: { id: chipId, status: "PENDING_APPROVAL", certThumbprint: chip.certThumbprint },
      data: { status: to, adminComment: comment || null },
    });
    if (updated.count !== 1) throw staleTransition(`FTM chip ${chipId}`);
    await writeAudit(tx, actor, {
      action: decision === "APPROVE" ? "ftm-chip.approved" : "ftm-chip.rejected",
      entityType: "FtmChip",
      entityId: chipId,
      partnerId: chip.providerId,
      before: { status: chip.status, thumbprint: chip.certThumbprint },
      after: { status: to, comment: comment || null },
    });
    await notifyPartnerUsers(tx, chip.providerId, decision === "APPROVE" ? "FTM_CHIP_APPROVED" : "FTM_CHIP_REJECTED", {
      chipId,
      make: chip.make,
      model: chip.model,
      ...(comment ? { comment } : {}),
    });
    return { id: chipId, providerId: chip.providerId, status: to };
  });
}

/** The provider or the admin deactivates an approved chip. */
export async function deactivateChip(chipId: string, scope: ChipScope, actor: AuditActor) {
  if (!isUuid(chipId)) throw chipNotFound(chipId);
  return db.$transaction(async (tx) => {
    const chip = await tx.ftmChip.findFirst({ where: { id: chipId, ...chipProviderWhere(scope) } });
    if (!chip) throw chipNotFound(chipId);
    if (chip.status !== "APPROVED") throw chipNotDeactivatable(chip.status, chipId);
    const updated = await tx.ftmChip.updateMany({ where: { id: chipId, status: "APPROVED" }, data: { status: "DEACTIVATED" } });
    if (updated.count !== 1) throw staleTransition(`FTM chip ${chipId}`);
    await writeAudit(tx, actor, {
      action: "ftm-chip.deactivated",
      entityType: "FtmChip",
      entityId: chipId,
      partnerId: chip.providerId,
      before: { status: chip.status },
      after: { status: "DEACTIVATED" },
    });
    await notifyPartnerUsers(tx, chip.providerId, "FTM_CHIP_DEACTIVATED", { chipId, make: chip.make, model: chip.model });
    return { id: chipId, providerId: chip.providerId, status: "DEACTIVATED" as const };
  });
}
