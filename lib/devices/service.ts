// Every state change of SBIs and devices (SPEC journey 6 and section 2): creation, admin decisions, deactivation
// with its cascade. Each runs in one transaction as a conditional update, with its audit rows and notifications.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, staleTransition } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import {
  deviceExists,
  deviceNotDeactivatable,
  deviceNotFound,
  deviceNotPending,
  deviceSbiNotApproved,
  providerNotActive,
  sbiAddDevicesExpired,
  sbiAlreadyDecided,
  sbiCannotTakeDevices,
  sbiExpired,
  sbiNotDeactivatable,
  sbiNotFound,
  sbiVersionTaken,
  unknownSubType,
} from "@/lib/devices/errors";
import { isoDay, isSbiExpired, sbiDateViolations } from "@/lib/devices/sbi-dates";
import type { DeviceModel, SbiDetails } from "@/lib/devices/schemas";
import { providerWhere, type DeviceScope } from "@/lib/devices/scope";

export type Decision = "APPROVE" | "REJECT";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Ids come from URLs and bodies; a malformed one is simply not found (and never reaches a uuid column).
const isUuid = (id: string) => UUID.test(id);

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function activeProvider(tx: Tx, partnerId: string) {
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true, status: true, typeCode: true, organizationName: true } });
  if (!partner || partner.typeCode !== "DEVICE_PROVIDER" || partner.status !== "ACTIVE") throw providerNotActive(partnerId);
  return partner;
}

/** Holds the SBI row against a concurrent deactivation while devices are added or approved under it. */
async function lockSbiForShare(tx: Tx, sbiId: string, providerId?: string) {
  const rows = providerId
    ? await tx.$queryRaw<{ status: ApprovalStatus; swExpiresAt: Date; version: string }[]>`
        SELECT "status"::text AS "status", "swExpiresAt", "version" FROM "Sbi" WHERE "id" = ${sbiId}::uuid AND "providerId" = ${providerId} FOR SHARE`
    : await tx.$queryRaw<{ status: ApprovalStatus; swExpiresAt: Date; version: string }[]>`
        SELECT "status"::text AS "status", "swExpiresAt", "version" FROM "Sbi" WHERE "id" = ${sbiId}::uuid FOR SHARE`;
  return rows[0] ?? null;
}

export function assertSbiDates(swCreatedAt: Date, swExpiresAt: Date, now = new Date()) {
  const [first] = sbiDateViolations(swCreatedAt, swExpiresAt, now);
  if (first) throw new AppError("invalid", first.code, first.message, { field: first.field, params: first.params });
}

/** A device provider registers an SBI version; it waits for the admin's approval. */
export async function createSbi(partnerId: string, details: SbiDetails, actor: AuditActor) {
  assertSbiDates(details.swCreatedAt, details.swExpiresAt);
  try {
    return await db.$transaction(async (tx) => {
      await activeProvider(tx, partnerId);
      const taken = await tx.sbi.findUnique({ where: { providerId_version: { providerId: partnerId, version: details.version } }, select: { id: true } });
      if (taken) throw sbiVersionTaken(details.version);
      const sbi = await tx.sbi.create({ data: { providerId: partnerId, ...details } });
      await writeAudit(tx, actor, {
        action: "sbi.created",
        entityType: "Sbi",
        entityId: sbi.id,
        partnerId,
        after: { version: sbi.version, binaryHash: sbi.binaryHash, swCreatedAt: sbi.swCreatedAt, swExpiresAt: sbi.swExpiresAt, status: sbi.status },
      });
      return sbi;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw sbiVersionTaken(details.version);
    throw error;
  }
}

/** Admin: approves or rejects a pending SBI. Unlike MOSIP (MOSIP-38958), an expired SBI cannot be approved. */
export async function decideSbi(sbiId: string, decision: Decision, comment: string | undefined, actor: AuditActor) {
  if (!isUuid(sbiId)) throw sbiNotFound(sbiId);
  return db.$transaction(async (tx) => {
    const sbi = await tx.sbi.findUnique({ where: { id: sbiId }, include: { provider: { select: { status: true } } } });
    if (!sbi) throw sbiNotFound(sbiId);
    if (sbi.status !== "PENDING_APPROVAL") throw sbiAlreadyDecided(sbi.status, sbiId);
    if (decision === "APPROVE") {
      if (isSbiExpired(sbi.swExpiresAt)) throw sbiExpired(sbiId, isoDay(sbi.swExpiresAt));
      if (sbi.provider.status !== "ACTIVE") throw providerNotActive(sbi.providerId);
    }
    const to: ApprovalStatus = decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const updated = await tx.sbi.updateMany({ where: { id: sbiId, status: "PENDING_APPROVAL" }, data: { status: to, adminComment: comment || null } });
    if (updated.count !== 1) throw staleTransition(`SBI ${sbiId}`);
    await writeAudit(tx, actor, {
      action: decision === "APPROVE" ? "sbi.approved" : "sbi.rejected",
      entityType: "Sbi",
      entityId: sbiId,
      partnerId: sbi.providerId,
      before: { status: sbi.status },
      after: { status: to, comment: comment || null },
    });
    await notifyPartnerUsers(tx, sbi.providerId, decision === "APPROVE" ? "SBI_APPROVED" : "SBI_REJECTED", {
      sbiId,
      version: sbi.version,
      ...(comment ? { comment } : {}),
    });
    return { id: sbiId, version: sbi.version, providerId: sbi.providerId, status: to };
  });
}

/**
 * The provider or the admin deactivates an approved SBI. In the same transaction its approved devices are
 * deactivated and its pending ones rejected (SPEC 2), each with its own audit row; the provider is notified.
 */
export async function deactivateSbi(sbiId: string, scope: DeviceScope, actor: AuditActor) {
  if (!isUuid(sbiId)) throw sbiNotFound(sbiId);
  return db.$transaction(async (tx) => {
    const sbi = await tx.sbi.findFirst({ where: { id: sbiId, ...providerWhere(scope) } });
    if (!sbi) throw sbiNotFound(sbiId);
    if (sbi.status !== "APPROVED") throw sbiNotDeactivatable(sbi.status, sbiId);
    // Updating the SBI first takes its row lock: devices being added or approved under it wait for us, then see it deactivated.
    const updated = await tx.sbi.updateMany({ where: { id: sbiId, status: "APPROVED" }, data: { status: "DEACTIVATED" } });
    if (updated.count !== 1) throw staleTransition(`SBI ${sbiId}`);
    const deviceColumns = { id: true, typeCode: true, subTypeCode: true, make: true, model: true } as const;
    const deactivated = await tx.device.updateManyAndReturn({ where: { sbiId, status: "APPROVED" }, data: { status: "DEACTIVATED" }, select: deviceColumns });
    const rejected = await tx.device.updateManyAndReturn({ where: { sbiId, status: "PENDING_APPROVAL" }, data: { status: "REJECTED" }, select: deviceColumns });

    await writeAudit(tx, actor, {
      action: "sbi.deactivated",
      entityType: "Sbi",
      entityId: sbiId,
      partnerId: sbi.providerId,
      before: { status: sbi.status },
      after: { status: "DEACTIVATED", devicesDeactivated: deactivated.map((d) => d.id), devicesRejected: rejected.map((d) => d.id) },
    });
    for (const [devices, from, to, action] of [
      [deactivated, "APPROVED", "DEACTIVATED", "device.deactivated"],
      [rejected, "PENDING_APPROVAL", "REJECTED", "device.rejected"],
    ] as const) {
      for (const device of devices) {
        await writeAudit(tx, actor, {
          action,
          entityType: "Device",
          entityId: device.id,
          partnerId: sbi.providerId,
          before: { status: from },
          after: { status: to, cause: "sbi.deactivated", sbiId },
        });
      }
    }
    await notifyPartnerUsers(tx, sbi.providerId, "SBI_DEACTIVATED", {
      sbiId,
      version: sbi.version,
      devicesDeactivated: deactivated.length,
      devicesRejected: rejected.length,
    });
    return { id: sbiId, version: sbi.version, status: "DEACTIVATED" as const, deactivatedDevices: deactivated, rejectedDevices: rejected };
  });
}

function liveModelWhere(partnerId: string, devices: DeviceModel[]): Prisma.DeviceWhereInput {
  return {
    providerId: partnerId,
    status: { in: ["PENDING_APPROVAL", "APPROVED"] },
    OR: devices.map((d) => ({
      typeCode: d.typeCode,
      subTypeCode: d.subTypeCode,
      make: { equals: d.make, mode: "insensitive" },
      model: { equals: d.model, mode: "insensitive" },
    })),
  };
}

const sameModel = (a: DeviceModel, b: DeviceModel) =>
  a.typeCode === b.typeCode && a.subTypeCode === b.subTypeCode && a.make.toLowerCase() === b.make.toLowerCase() && a.model.toLowerCase() === b.model.toLowerCase();

/**
 * The provider adds one or more devices under its approved, unexpired SBI; all of them or none.
 * A model (type, subtype, make, model) is unique per provider among devices not rejected or deactivated.
 */
export async function addDevices(partnerId: string, sbiId: string, devices: DeviceModel[], actor: AuditActor) {
  if (!isUuid(sbiId)) throw sbiNotFound(sbiId);
  if (devices.length === 0) throw new AppError("invalid", "PMS_REQUEST_ERROR_400", "Give at least one device.", { field: "devices" });
  try {
    return await db.$transaction(async (tx) => {
      await activeProvider(tx, partnerId);
      const sbi = await lockSbiForShare(tx, sbiId, partnerId);
      if (!sbi) throw sbiNotFound(sbiId);
      if (sbi.status !== "APPROVED") throw sbiCannotTakeDevices(sbi.status, sbiId);
      if (isSbiExpired(sbi.swExpiresAt)) throw sbiAddDevicesExpired(sbiId, isoDay(sbi.swExpiresAt));

      const subTypes = await tx.deviceSubType.findMany({ select: { typeCode: true, code: true } });
      devices.forEach((d, i) => {
        if (!subTypes.some((s) => s.typeCode === d.typeCode && s.code === d.subTypeCode)) throw unknownSubType(d.typeCode, d.subTypeCode, `devices.${i}.subTypeCode`);
      });
      const live = await tx.device.findMany({ where: liveModelWhere(partnerId, devices), select: { typeCode: true, subTypeCode: true, make: true, model: true } });
      const conflicts: Record<string, string> = {};
      devices.forEach((d, i) => {
        const clash = live.some((existing) => sameModel(existing, d)) || devices.slice(0, i).some((earlier) => sameModel(earlier, d));
        if (clash) conflicts[`devices.${i}.model`] = `${d.make} ${d.model} (${d.typeCode} / ${d.subTypeCode}) is already registered.`;
      });
      const firstConflict = Object.keys(conflicts)[0];
      if (firstConflict) {
        const index = Number(firstConflict.split(".")[1]);
        throw deviceExists(conflicts, devices[index].make, devices[index].model);
      }

      const created = await tx.device.createManyAndReturn({
        data: devices.map((d) => ({ providerId: partnerId, sbiId, typeCode: d.typeCode, subTypeCode: d.subTypeCode, make: d.make, model: d.model })),
      });
      for (const device of created) {
        await writeAudit(tx, actor, {
          action: "device.created",
          entityType: "Device",
          entityId: device.id,
          partnerId,
          after: { sbiId, typeCode: device.typeCode, subTypeCode: device.subTypeCode, make: device.make, model: device.model, status: device.status },
        });
      }
      return created;
    });
  } catch (error) {
    // Two requests racing for the same model: the partial unique index has the last word.
    if (isUniqueViolation(error)) throw deviceExists({}, devices[0].make, devices[0].model);
    throw error;
  }
}

/** MOSIP's approval body names the partner and the SBI; when given they must match the device. */
export interface DeviceMapping {
  partnerId?: string;
  sbiId?: string;
}

/** Admin: approves (under an approved, unexpired SBI) or rejects a pending device. */
export async function decideDevice(deviceId: string, decision: Decision, comment: string | undefined, actor: AuditActor, mapping: DeviceMapping = {}) {
  if (!isUuid(deviceId)) throw deviceNotFound(deviceId);
  return db.$transaction(async (tx) => {
    const device = await tx.device.findUnique({ where: { id: deviceId }, include: { provider: { select: { status: true } } } });
    if (!device) throw deviceNotFound(deviceId);
    if ((mapping.partnerId && mapping.partnerId !== device.providerId) || (mapping.sbiId && mapping.sbiId !== device.sbiId)) {
      throw new AppError("not_found", "PMS_DEVICE_ERROR_012", `Device ${deviceId} does not belong to that partner and SBI.`, { params: { deviceId } });
    }
    if (device.status !== "PENDING_APPROVAL") throw deviceNotPending(deviceId);
    if (decision === "APPROVE") {
      const sbi = await lockSbiForShare(tx, device.sbiId);
      if (!sbi || sbi.status !== "APPROVED") throw deviceSbiNotApproved(deviceId);
      if (isSbiExpired(sbi.swExpiresAt)) throw sbiExpired(device.sbiId, isoDay(sbi.swExpiresAt));
      if (device.provider.status !== "ACTIVE") throw providerNotActive(device.providerId);
    }
    const to: ApprovalStatus = decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const updated = await tx.device.updateMany({ where: { id: deviceId, status: "PENDING_APPROVAL" }, data: { status: to, adminComment: comment || null } });
    if (updated.count !== 1) throw staleTransition(`Device ${deviceId}`);
    await writeAudit(tx, actor, {
      action: decision === "APPROVE" ? "device.approved" : "device.rejected",
      entityType: "Device",
      entityId: deviceId,
      partnerId: device.providerId,
      before: { status: device.status },
      after: { status: to, comment: comment || null },
    });
    await notifyPartnerUsers(tx, device.providerId, decision === "APPROVE" ? "DEVICE_APPROVED" : "DEVICE_REJECTED", {
      deviceId,
      make: device.make,
      model: device.model,
      ...(comment ? { comment } : {}),
    });
    return { id: deviceId, providerId: device.providerId, sbiId: device.sbiId, status: to };
  });
}

/** The provider or the admin deactivates an approved device. */
export async function deactivateDevice(deviceId: string, scope: DeviceScope, actor: AuditActor) {
  if (!isUuid(deviceId)) throw deviceNotFound(deviceId);
  return db.$transaction(async (tx) => {
    const device = await tx.device.findFirst({ where: { id: deviceId, ...providerWhere(scope) } });
    if (!device) throw deviceNotFound(deviceId);
    if (device.status !== "APPROVED") throw deviceNotDeactivatable(device.status, deviceId);
    const updated = await tx.device.updateMany({ where: { id: deviceId, status: "APPROVED" }, data: { status: "DEACTIVATED" } });
    if (updated.count !== 1) throw staleTransition(`Device ${deviceId}`);
    await writeAudit(tx, actor, {
      action: "device.deactivated",
      entityType: "Device",
      entityId: deviceId,
      partnerId: device.providerId,
      before: { status: device.status },
      after: { status: "DEACTIVATED" },
    });
    await notifyPartnerUsers(tx, device.providerId, "DEVICE_DEACTIVATED", { deviceId, make: device.make, model: device.model });
    return { id: deviceId, providerId: device.providerId, sbiId: device.sbiId, status: "DEACTIVATED" as const };
  });
}
