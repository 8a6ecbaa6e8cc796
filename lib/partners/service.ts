// Every state change of a partner: registration, deactivation, reactivation, organisation-name correction.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { hashPassword } from "@/lib/auth/password";
import type { UserPrincipal } from "@/lib/auth/principal";
import { countEvent } from "@/lib/auth/rate-limit";
import { revokePartnerSessions } from "@/lib/auth/sessions";
import { publishEvent } from "@/lib/events/outbox";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { partnerType } from "@/lib/partners/partner-types";
import type { PartnerDetails } from "@/lib/partners/schemas";

const partnerIdTaken = (partnerId: string) =>
  new AppError("conflict", "PMS_PRT_051", `The partner ID ${partnerId} is already taken.`, { field: "partnerId", params: { partnerId } });
const emailTaken = (email: string) =>
  new AppError("conflict", "PMS_PRT_011", `A partner or account with the email ${email} already exists.`, { field: "email", params: { email } });

async function assertRegistrable(tx: Tx, details: PartnerDetails, userId?: string) {
  if (await tx.partner.findUnique({ where: { id: details.partnerId }, select: { id: true } })) throw partnerIdTaken(details.partnerId);
  const emailOwner = await tx.partner.findUnique({ where: { email: details.email }, select: { id: true } });
  const emailUser = await tx.user.findUnique({ where: { email: details.email }, select: { id: true } });
  if (emailOwner || (emailUser && emailUser.id !== userId)) throw emailTaken(details.email);
  const type = partnerType(details.partnerType);
  if (type.needsPolicyGroup) {
    const group = details.policyGroupId ? await tx.policyGroup.findUnique({ where: { id: details.policyGroupId } }) : null;
    if (!group || !group.isActive) {
      throw new AppError("unprocessable", "PMS_PRT_108", "This partner type needs an active policy group.", { field: "policyGroupId" });
    }
  }
}

function uniqueViolationToError(error: unknown, details: PartnerDetails): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    if (target.includes("email")) throw emailTaken(details.email);
    throw partnerIdTaken(details.partnerId);
  }
  throw error;
}

async function createPartnerRows(tx: Tx, details: PartnerDetails, userId: string, actor: AuditActor) {
  const type = partnerType(details.partnerType);
  const partner = await tx.partner.create({
    data: {
      id: details.partnerId,
      organizationName: details.organizationName,
      address: details.address,
      contactNumber: details.contactNumber,
      email: details.email,
      typeCode: details.partnerType,
      policyGroupId: type.needsPolicyGroup ? details.policyGroupId : null,
      langCode: details.langCode,
    },
  });
  await tx.partnerMembership.create({ data: { userId, partnerId: partner.id, role: "OWNER" } });
  await writeAudit(tx, actor, {
    action: "partner.registered",
    entityType: "Partner",
    entityId: partner.id,
    partnerId: partner.id,
    after: { ...details, status: partner.status },
  });
  await publishEvent(tx, "PARTNER_UPDATED", { partnerId: partner.id, status: partner.status });
  return partner;
}

/** Self-registration: creates the sign-in account and the partner in one transaction (SPEC journey 1). */
export async function registerPartnerWithAccount(details: PartnerDetails & { password: string }, actor: AuditActor) {
  const config = env();
  const blocked = await countEvent(`register:ip:${actor.request.ip}`, config.REGISTRATIONS_PER_IP_PER_HOUR + 1, 60);
  if (blocked) {
    throw new AppError("rate_limited", "RATE_LIMITED_REGISTRATION", `Too many registrations from your network. Try again at ${blocked.toISOString()}.`, {
      params: { until: blocked.toISOString() },
    });
  }
  const passwordHash = await hashPassword(details.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertRegistrable(tx, details);
      const user = await tx.user.create({
        data: {
          email: details.email,
          username: details.partnerId.toLowerCase(),
          passwordHash,
          displayName: details.organizationName,
          roles: [partnerType(details.partnerType).role],
          locale: details.langCode,
        },
      });
      const partner = await createPartnerRows(tx, details, user.id, { ...actor, principal: actor.principal });
      return { partner, userId: user.id };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    uniqueViolationToError(error, details);
  }
}

/** MOSIP's flow: a signed-in account with a partner-type role and no partner registers its partner. */
export async function registerPartnerForUser(user: UserPrincipal, details: PartnerDetails, actor: AuditActor) {
  if (user.partner) throw new AppError("conflict", "PMS_PRT_055", "Your account already has a partner; an account can register only one.");
  const type = partnerType(details.partnerType);
  if (!user.roles.includes(type.role)) {
    throw new AppError("forbidden", "PMS_PRT_052", `Your account's roles do not include ${type.role}, which registering a ${type.mosipCode} needs.`, {
      field: "partnerType",
    });
  }
  try {
    return await db.$transaction(async (tx) => {
      const membership = await tx.partnerMembership.findFirst({ where: { userId: user.userId } });
      if (membership) throw new AppError("conflict", "PMS_PRT_055", "Your account already has a partner; an account can register only one.");
      await assertRegistrable(tx, details, user.userId);
      return { partner: await createPartnerRows(tx, details, user.userId, actor), userId: user.userId };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    uniqueViolationToError(error, details);
  }
}

async function transitionPartner(
  tx: Tx,
  partnerId: string,
  from: PartnerStatus[],
  to: PartnerStatus,
): Promise<{ before: PartnerStatus }> {
  const current = await tx.partner.findUnique({ where: { id: partnerId }, select: { status: true } });
  if (!current) throw notFound(`Partner ${partnerId}`, "PMS_PRT_005");
  if (!from.includes(current.status)) {
    if (to === "DEACTIVATED") throw new AppError("conflict", "PMS_PM_063", `Partner ${partnerId} is already deactivated.`, { params: { partnerId } });
    throw new AppError("conflict", "PMS_PM_064", `Partner ${partnerId} is already active.`, { params: { partnerId } });
  }
  const updated = await tx.partner.updateMany({ where: { id: partnerId, status: current.status }, data: { status: to } });
  if (updated.count !== 1) throw staleTransition(`Partner ${partnerId}`);
  return { before: current.status };
}

/** Admin: the partner stops at once — sessions end, and its keys stop verifying (the verifier checks partner status). */
export async function deactivatePartner(partnerId: string, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const { before } = await transitionPartner(tx, partnerId, ["ACTIVE", "PENDING_CERTIFICATE"], "DEACTIVATED");
    const sessionsEnded = await revokePartnerSessions(tx, partnerId);
    const mispKeys = await tx.mispLicenseKey.updateMany({
      where: { partnerId, status: "ACTIVE" },
      data: { status: "DEACTIVATED", deactivatedAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "partner.deactivated",
      entityType: "Partner",
      entityId: partnerId,
      partnerId,
      before: { status: before },
      after: { status: "DEACTIVATED", sessionsEnded, mispKeysDeactivated: mispKeys.count },
    });
    await publishEvent(tx, "PARTNER_UPDATED", { partnerId, status: "DEACTIVATED" });
    if (mispKeys.count > 0) await publishEvent(tx, "MISP_LICENSE_UPDATED", { partnerId, status: "DEACTIVATED" });
    await notifyPartnerUsers(tx, partnerId, "PARTNER_DEACTIVATED", { partnerId });
    return { partnerId, status: "DEACTIVATED" as const };
  });
}

/** Admin: back to ACTIVE when its current certificate is still valid; a partner that never uploaded one returns to PENDING_CERTIFICATE. */
export async function reactivatePartner(partnerId: string, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const certificate = await tx.partnerCertificate.findFirst({ where: { partnerId, isCurrent: true }, select: { notAfter: true } });
    if (certificate && certificate.notAfter <= new Date()) {
      const expiredOn = certificate.notAfter.toISOString().slice(0, 10);
      throw new AppError("unprocessable", "PMS_PM_065", `Partner ${partnerId} cannot be reactivated: its certificate expired on ${expiredOn}. It must upload a new one.`, {
        params: { partnerId, expiredOn },
      });
    }
    const to: PartnerStatus = certificate ? "ACTIVE" : "PENDING_CERTIFICATE";
    const { before } = await transitionPartner(tx, partnerId, ["DEACTIVATED"], to);
    await writeAudit(tx, actor, {
      action: "partner.reactivated",
      entityType: "Partner",
      entityId: partnerId,
      partnerId,
      before: { status: before },
      after: { status: to },
    });
    await publishEvent(tx, "PARTNER_UPDATED", { partnerId, status: to });
    await notifyPartnerUsers(tx, partnerId, "PARTNER_REACTIVATED", { partnerId });
    return { partnerId, status: to };
  });
}

/** Admin: corrects the registered organisation name (MOSIP's runbook says "edit the database"). */
export async function renameOrganization(partnerId: string, organizationName: string, reason: string, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const current = await tx.partner.findUnique({ where: { id: partnerId }, select: { organizationName: true } });
    if (!current) throw notFound(`Partner ${partnerId}`, "PMS_PRT_005");
    if (current.organizationName === organizationName) {
      throw new AppError("invalid", "PMS_PRT_RENAME_SAME", "The new organisation name is the same as the current one.", { field: "organizationName" });
    }
    const updated = await tx.partner.updateMany({
      where: { id: partnerId, organizationName: current.organizationName },
      data: { organizationName },
    });
    if (updated.count !== 1) throw staleTransition(`Partner ${partnerId}`);
    await writeAudit(tx, actor, {
      action: "partner.organization-renamed",
      entityType: "Partner",
      entityId: partnerId,
      partnerId,
      before: { organizationName: current.organizationName },
      after: { organizationName, reason },
    });
    await publishEvent(tx, "PARTNER_UPDATED", { partnerId, organizationName });
    await notifyPartnerUsers(tx, partnerId, "ORGANIZATION_RENAMED", { partnerId, organizationName });
    return { partnerId, organizationName };
  });
}
