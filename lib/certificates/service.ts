// Every change to a partner's certificate: upload (first time → ACTIVE) and renewal (SPEC journey 2).
import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import type { CertDomain, PartnerStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { partnerType } from "@/lib/partners/partner-types";
import { verifyAndSignCertificate } from "@/lib/certificates/verify-and-sign";

export interface PartnerCertificateUpload {
  partnerId: string;
  certificateData: string;
  /** MOSIP clients send it; it must be the domain of the partner's type */
  partnerDomain?: CertDomain;
}

export interface PartnerCertificateUploaded {
  certificateId: string;
  partnerId: string;
  status: PartnerStatus;
  renewed: boolean;
  signedCertificateData: string;
  subject: string;
  thumbprint: string;
  notAfter: Date;
  signedNotAfter: Date;
}

const UPLOADABLE: PartnerStatus[] = ["PENDING_CERTIFICATE", "ACTIVE"];

export const partnerDeactivated = (partnerId: string) =>
  new AppError("conflict", "PMS_PMP_016", `Partner ${partnerId} has been deactivated and cannot upload a certificate.`, { params: { partnerId } });

/**
 * Validates and signs outside the transaction (it writes nothing), then stores both certificates,
 * retires the previous one and activates the partner in one transaction whose conditional update
 * re-checks status and organisation name: a deactivation or rename in between refuses the upload.
 */
export async function uploadPartnerCertificate(input: PartnerCertificateUpload, actor: AuditActor, options: { now?: Date } = {}): Promise<PartnerCertificateUploaded> {
  const partner = await db.partner.findUnique({ where: { id: input.partnerId }, select: { id: true, typeCode: true, status: true, organizationName: true } });
  if (!partner) throw notFound(`Partner ${input.partnerId}`, "PMS_PRT_005");
  if (partner.status === "DEACTIVATED") throw partnerDeactivated(partner.id);
  const type = partnerType(partner.typeCode);
  if (input.partnerDomain && input.partnerDomain !== type.domain) {
    throw new AppError(
      "invalid",
      "KER-PCM-011",
      `Certificates of a ${type.mosipCode} belong to the ${type.domain} domain, not ${input.partnerDomain}.`,
      { field: "partnerDomain", params: { domain: type.domain, given: input.partnerDomain } },
    );
  }

  const verified = await verifyAndSignCertificate({
    domain: type.domain,
    certificateData: input.certificateData,
    organizationName: partner.organizationName,
    now: options.now,
  });

  return db.$transaction(async (tx) => {
    // A certificate proves nothing about who holds its key; the same one cannot serve two partners.
    const elsewhere = await tx.partnerCertificate.findFirst({
      where: { thumbprint: verified.thumbprint, isCurrent: true, partnerId: { not: partner.id } },
      select: { partnerId: true },
    });
    if (elsewhere) {
      throw new AppError("conflict", "KER-PCM-003", `This certificate (SHA-256 ${verified.thumbprint}) is already the current certificate of another partner.`, {
        field: "certificateData",
        params: { thumbprint: verified.thumbprint },
      });
    }

    const current = await tx.partner.findUnique({ where: { id: partner.id }, select: { status: true } });
    if (!current) throw notFound(`Partner ${partner.id}`, "PMS_PRT_005");
    if (current.status === "DEACTIVATED") throw partnerDeactivated(partner.id);
    const to: PartnerStatus = "ACTIVE";
    const moved = await tx.partner.updateMany({
      where: { id: partner.id, status: { in: UPLOADABLE }, organizationName: partner.organizationName },
      data: { status: to, hasCertificate: true },
    });
    if (moved.count !== 1) throw staleTransition(`Partner ${partner.id}`);

    const previous = await tx.partnerCertificate.findFirst({ where: { partnerId: partner.id, isCurrent: true }, select: { id: true, thumbprint: true, notAfter: true } });
    if (previous) await tx.partnerCertificate.update({ where: { id: previous.id }, data: { isCurrent: false } });
    const row = await tx.partnerCertificate.create({
      data: {
        partnerId: partner.id,
        domain: type.domain,
        subject: verified.subject.slice(0, 1024),
        issuer: verified.issuer.slice(0, 1024),
        serialNumber: verified.serialNumber.slice(0, 128),
        notBefore: verified.notBefore,
        notAfter: verified.notAfter,
        thumbprint: verified.thumbprint,
        originalDer: new Uint8Array(verified.originalDer),
        signedDer: new Uint8Array(verified.signedDer),
        signedNotAfter: verified.signedNotAfter,
        organizationName: partner.organizationName,
      },
      select: { id: true },
    });

    const renewed = Boolean(previous);
    await writeAudit(tx, actor, {
      action: renewed ? "partner.certificate-renewed" : "partner.certificate-uploaded",
      entityType: "PartnerCertificate",
      entityId: row.id,
      partnerId: partner.id,
      before: { status: current.status, certificate: previous ? { id: previous.id, thumbprint: previous.thumbprint, notAfter: previous.notAfter } : null },
      after: {
        status: to,
        certificate: { id: row.id, subject: verified.subject, issuer: verified.issuer, thumbprint: verified.thumbprint, notAfter: verified.notAfter, signedNotAfter: verified.signedNotAfter },
      },
    });
    await publishEvent(tx, "PARTNER_UPDATED", {
      partnerId: partner.id,
      status: to,
      partnerDomain: type.domain,
      certificateId: row.id,
      signedCertificateData: verified.signedPem,
    });
    await notifyPartnerUsers(tx, partner.id, renewed ? "PARTNER_CERTIFICATE_RENEWED" : "PARTNER_CERTIFICATE_UPLOADED", {
      partnerId: partner.id,
      notAfter: verified.signedNotAfter.toISOString().slice(0, 10),
    });

    return {
      certificateId: row.id,
      partnerId: partner.id,
      status: to,
      renewed,
      signedCertificateData: verified.signedPem,
      subject: verified.subject,
      thumbprint: verified.thumbprint,
      notAfter: verified.notAfter,
      signedNotAfter: verified.signedNotAfter,
    };
  });
}
