"use server";
// Server actions for SBIs and devices: thin wrappers over lib/devices/service.ts through the action pipeline.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { parseDay } from "@/lib/devices/sbi-dates";
import { addDevicesSchema, addSbiSchema, decisionSchema, idSchema } from "@/lib/devices/schemas";
import { ownPartnerId } from "@/lib/devices/scope";
import { addDevices, createSbi, deactivateDevice, deactivateSbi, decideDevice, decideSbi } from "@/lib/devices/service";

export const addSbiAction = action({ schema: addSbiSchema, permission: "devices.own" }, async (input, ctx) => {
  const sbi = await createSbi(
    ownPartnerId(ctx.principal),
    // The schema has checked both are real calendar days.
    { version: input.version, binaryHash: input.binaryHash, swCreatedAt: parseDay(input.swCreatedAt)!, swExpiresAt: parseDay(input.swExpiresAt)! },
    ctx,
  );
  revalidatePath("/devices");
  return { id: sbi.id, version: sbi.version };
});

export const addDevicesAction = action({ schema: addDevicesSchema, permission: "devices.own" }, async (input, ctx) => {
  const created = await addDevices(ownPartnerId(ctx.principal), input.sbiId, input.devices, ctx);
  revalidatePath(`/devices/sbi/${input.sbiId}`);
  return { count: created.length };
});

/** The provider deactivates its own SBI; the result says what the cascade changed. */
export const deactivateSbiAction = action({ schema: idSchema, permission: "devices.own" }, async ({ id }, ctx) => {
  const result = await deactivateSbi(id, { kind: "provider", partnerId: ownPartnerId(ctx.principal) }, ctx);
  revalidatePath("/devices");
  return { id: result.id, version: result.version, deactivated: result.deactivatedDevices.length, rejected: result.rejectedDevices.length };
});

export const deactivateDeviceAction = action({ schema: idSchema, permission: "devices.own" }, async ({ id }, ctx) => {
  const result = await deactivateDevice(id, { kind: "provider", partnerId: ownPartnerId(ctx.principal) }, ctx);
  revalidatePath(`/devices/sbi/${result.sbiId}`);
  return { id: result.id };
});

export const adminDeactivateSbiAction = action({ schema: idSchema, permission: "devices.approve" }, async ({ id }, ctx) => {
  const result = await deactivateSbi(id, { kind: "admin" }, ctx);
  revalidatePath("/admin/devices");
  return { id: result.id, version: result.version, deactivated: result.deactivatedDevices.length, rejected: result.rejectedDevices.length };
});

export const adminDeactivateDeviceAction = action({ schema: idSchema, permission: "devices.approve" }, async ({ id }, ctx) => {
  const result = await deactivateDevice(id, { kind: "admin" }, ctx);
  revalidatePath("/admin/devices");
  return { id: result.id };
});

export const decideSbiAction = action({ schema: decisionSchema, permission: "devices.approve" }, async (input, ctx) => {
  const result = await decideSbi(input.id, input.decision, input.comment, ctx);
  revalidatePath("/admin/devices");
  return { id: result.id, version: result.version, status: result.status };
});

export const decideDeviceAction = action({ schema: decisionSchema, permission: "devices.approve" }, async (input, ctx) => {
  const result = await decideDevice(input.id, input.decision, input.comment, ctx);
  revalidatePath("/admin/devices");
  return { id: result.id, status: result.status };
});
