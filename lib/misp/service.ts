// Every state change of a MISP license key: issue and reissue (the secret is returned once), deactivation.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { displayFragments, keyHash, maskedKey, newMispLicenseKey } from "@/lib/key-verification/secrets";

const licenseExists = (partnerId: string) =>
  new AppError("conflict", "PMS_MSP_416", `MISP partner ${partnerId} already holds an active license key; reissue it to replace it.`, {
    field: "partnerId",
    params: { partnerId },
  });

async function mispPartner(tx: Tx, partnerId: string) {
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true, typeCode: true, status: true } });
  if (!partner) throw new AppError("not_found", "PMS_PRT_005", `Partner ${partnerId} was not found.`, { field: "partnerId", params: { partnerId } });
  if (partner.typeCode !== "MISP_PARTNER") {
    throw new AppError("unprocessable", "PMS_MSP_405", `Partner ${partnerId} is not a MISP partner.`, { field: "partnerId", params: { partnerId } });
  }
  if (partner.status !== "ACTIVE") {
    throw new AppError("unprocessable", "PMS_MSP_009", `MISP partner ${partnerId} is not active; it must upload its certificate or be reactivated first.`, {
      field: "partnerId",
      params: { partnerId },
    });
  }
  return partner;
}

async function deactivateRow(tx: Tx, id: string, partnerId: string, reason: string, actor: AuditActor) {
  const updated = await tx.mispLicenseKey.updateMany({ where: { id, status: "ACTIVE" }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
  if (updated.count !== 1) throw staleTransition("The MISP license key");
  await writeAudit(tx, actor, {
    action: "misp-license.deactivated",
    entityType: "MispLicenseKey",
    entityId: id,
    partnerId,
    before: { status: "ACTIVE" },
    after: { status: "DEACTIVATED", reason },
  });
  await publishEvent(tx, "MISP_LICENSE_UPDATED", { partnerId, licenseId: id, status: "DEACTIVATED" });
}

/** Admin: one active key per MISP partner; `reissue` replaces the current one atomically (SPEC journey 5). */
export async function issueMispLicense(partnerId: string, options: { reissue?: boolean }, actor: AuditActor) {
  const secret = newMispLicenseKey();
  const fragments = displayFragments(secret);
  const days = env().MISP_LICENSE_DAYS;
  try {
    return await db.$transaction(async (tx) => {
      await mispPartner(tx, partnerId);
      const current = await tx.mispLicenseKey.findFirst({ where: { partnerId, status: "ACTIVE" }, select: { id: true, expiresAt: true } });
      if (current) {
        const expired = current.expiresAt <= new Date();
        if (!options.reissue && !expired) throw licenseExists(partnerId);
        await deactivateRow(tx, current.id, partnerId, expired ? "expired, replaced" : "reissued", actor);
      }
      const license = await tx.mispLicenseKey.create({
        data: { partnerId, keyHash: keyHash(secret), prefix: fragments.prefix, lastFour: fragments.lastFour, expiresAt: new Date(Date.now() + days * 86_400_000) },
      });
      const view = { id: license.id, partnerId, masked: maskedKey(fragments), status: license.status, expiresAt: license.expiresAt, createdAt: license.createdAt };
      await writeAudit(tx, actor, {
        action: current ? "misp-license.reissued" : "misp-license.issued",
        entityType: "MispLicenseKey",
        entityId: license.id,
        partnerId,
        after: { ...view, replaced: current?.id ?? null },
      });
      await publishEvent(tx, "MISP_LICENSE_GENERATED", { partnerId, licenseId: license.id, expiresAt: license.expiresAt.toISOString() });
      await notifyPartnerUsers(tx, partnerId, "MISP_KEY_ISSUED", { partnerId, expiresAt: license.expiresAt.toISOString() });
      return { secret, license: view };
    });
  } catch (error) {
    // Two admins issuing at once: the partial unique index lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw licenseExists(partnerId);
    throw error;
  }
}

/** Admin: the key stops verifying at once. */
export async function deactivateMispLicense(licenseId: string, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const license = await tx.mispLicenseKey.findUnique({ where: { id: licenseId }, select: { id: true, partnerId: true, status: true } });
    if (!license) throw notFound("MISP license key", "PMS_MSP_404");
    if (license.status === "DEACTIVATED") {
      throw new AppError("conflict", "PMS_MSP_422", "This MISP license key is already deactivated.", { params: { partnerId: license.partnerId } });
    }
    await deactivateRow(tx, license.id, license.partnerId, "deactivated by an admin", actor);
    await notifyPartnerUsers(tx, license.partnerId, "MISP_KEY_DEACTIVATED", { partnerId: license.partnerId });
    return { id: license.id, partnerId: license.partnerId, status: "DEACTIVATED" as const };
  });
}
