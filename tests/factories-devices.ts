// Builders for the devices and FTM tests: active providers, SBIs in each state, devices, chips.
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions";
import type { UserPrincipal } from "@/lib/auth/principal";
import { createSbi, decideSbi, addDevices, decideDevice } from "@/lib/devices/service";
import type { DeviceModel } from "@/lib/devices/schemas";
import { createChip, decideChip, uploadChipCertificate } from "@/lib/ftm/service";
import { createTrustedHierarchy } from "@/tests/factories-certificates";
import { activateTestPartner, createTestPartner, createTestStaff, testActor, uniqueSuffix } from "@/tests/factories";

const DAY_MS = 86_400_000;

export function daysFromToday(days: number, now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY_MS);
}

/** An ACTIVE device provider (its certificate step skipped) and its owner's principal. */
export async function createActiveDeviceProvider(overrides: { organizationName?: string } = {}) {
  const created = await createTestPartner("DEVICE_PROVIDER", overrides);
  await activateTestPartner(created.partner.id);
  return { ...created, principal: { ...created.principal, partner: { ...created.principal.partner!, status: "ACTIVE" as const } } };
}

/** An ACTIVE FTM provider and its owner's principal. */
export async function createActiveFtmProvider(overrides: { organizationName?: string } = {}) {
  const created = await createTestPartner("FTM_PROVIDER", overrides);
  await activateTestPartner(created.partner.id);
  return { ...created, principal: { ...created.principal, partner: { ...created.principal.partner!, status: "ACTIVE" as const } } };
}

let cachedAdmin: Promise<UserPrincipal> | undefined;
export function testAdmin(): Promise<UserPrincipal> {
  cachedAdmin ??= createTestStaff(["PARTNER_ADMIN"]);
  return cachedAdmin;
}

export function sbiDetails(overrides: Partial<{ version: string; binaryHash: string; swCreatedAt: Date; swExpiresAt: Date }> = {}) {
  return {
    version: overrides.version ?? `1.${uniqueSuffix()}`,
    binaryHash: overrides.binaryHash ?? "3f7a9c2e4b1d8f6a0c5e7b9d2f4a6c8e",
    swCreatedAt: overrides.swCreatedAt ?? daysFromToday(-30),
    swExpiresAt: overrides.swExpiresAt ?? daysFromToday(365),
  };
}

export async function createPendingSbi(partnerId: string, overrides: Parameters<typeof sbiDetails>[0] = {}) {
  return createSbi(partnerId, sbiDetails(overrides), testActor());
}

export async function createApprovedSbi(partnerId: string, overrides: Parameters<typeof sbiDetails>[0] = {}) {
  const sbi = await createPendingSbi(partnerId, overrides);
  await decideSbi(sbi.id, "APPROVE", undefined, testActor(await testAdmin()));
  return sbi;
}

export function deviceModel(overrides: Partial<DeviceModel> = {}): DeviceModel {
  return { typeCode: "Finger", subTypeCode: "Slap", make: `Make ${uniqueSuffix()}`, model: `Model ${uniqueSuffix()}`, ...overrides };
}

export async function createDevices(partnerId: string, sbiId: string, count = 1, overrides: Partial<DeviceModel> = {}) {
  return addDevices(partnerId, sbiId, Array.from({ length: count }, () => deviceModel(overrides)), testActor());
}

export async function approveDevice(deviceId: string) {
  return decideDevice(deviceId, "APPROVE", undefined, testActor(await testAdmin()));
}

/** Moves an SBI's expiry into the past directly: the service refuses to create one. */
export async function expireSbi(sbiId: string) {
  await db.sbi.update({ where: { id: sbiId }, data: { swCreatedAt: daysFromToday(-400), swExpiresAt: daysFromToday(-1) } });
}

/** An API token for a user, as useridPwd would issue (for REST handler tests). */
export async function apiTokenFor(userId: string): Promise<string> {
  return (await createSession({ userId, kind: "API" })).token;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface MosipJson {
  response: unknown;
  errors: { errorCode: string; message: string }[];
}

/** Calls a route handler the way Next.js would, with a MOSIP envelope around `body`. */
export async function callRoute(
  handler: Handler,
  { method = "GET", path = "/v1/test", body, token, params = {} }: { method?: string; path?: string; body?: unknown; token?: string; params?: Record<string, string> },
): Promise<{ status: number; json: MosipJson }> {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`http://portal.test${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify({ id: "mosip.test", version: "1.0", requesttime: new Date().toISOString(), metadata: {}, request: body }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as MosipJson };
}

/** A chip of an active FTM provider whose certificate chain is trusted in the FTM domain; nothing uploaded yet. */
export async function createChipReadyForCertificate(overrides: { organizationName?: string } = {}) {
  const organizationName = overrides.organizationName ?? `Chip Org ${uniqueSuffix()}`;
  const provider = await createActiveFtmProvider({ organizationName });
  const hierarchy = await createTrustedHierarchy("FTM", organizationName);
  const chip = await createChip(provider.partner.id, { make: `Make ${uniqueSuffix()}`, model: `Model ${uniqueSuffix()}` }, testActor());
  return { ...provider, hierarchy, chip };
}

/** As above, with its certificate uploaded (PENDING_APPROVAL), and approved when asked. */
export async function createChipWithCertificate(options: { approve?: boolean; organizationName?: string } = {}) {
  const ready = await createChipReadyForCertificate(options);
  await uploadChipCertificate(ready.chip.id, ready.hierarchy.leaf.pem, { kind: "provider", partnerId: ready.partner.id }, testActor());
  if (options.approve) await decideChip(ready.chip.id, "APPROVE", undefined, testActor(await testAdmin()));
  return ready;
}
