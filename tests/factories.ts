// Builders for domain tests: real rows through the real services, with unique ids per test.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { AuditActor } from "@/lib/audit/service";
import type { UserPrincipal } from "@/lib/auth/principal";
import { resolveSessionToken, createSession } from "@/lib/auth/sessions";
import type { PartnerTypeCode, Role } from "@/lib/generated/prisma/enums";
import { registerPartnerWithAccount } from "@/lib/partners/service";
import { createPolicyGroup } from "@/lib/policy-groups/service";
import { createUser } from "@/lib/users/service";

export const TEST_PASSWORD = "Test-Password-2026!";

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export function testActor(principal: UserPrincipal | null = null): AuditActor {
  return { principal, request: { requestId: randomUUID(), ip: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, userAgent: "vitest" } };
}

export async function principalFor(userId: string): Promise<UserPrincipal> {
  const { token } = await createSession({ userId, kind: "API" });
  const principal = await resolveSessionToken(token);
  if (!principal || principal.kind !== "user") throw new Error("test principal could not be resolved");
  return principal;
}

export async function createTestStaff(roles: Role[]): Promise<UserPrincipal> {
  const user = await createUser({ email: `staff-${uniqueSuffix()}@test.local`, password: TEST_PASSWORD, roles }, testActor());
  return principalFor(user.id);
}

export async function createTestPolicyGroup(): Promise<{ id: string; name: string }> {
  return createPolicyGroup({ name: `group-${uniqueSuffix()}`, description: "test group" }, testActor());
}

/** A registered partner (status PENDING_CERTIFICATE) and the principal of its owner. */
export async function createTestPartner(type: PartnerTypeCode = "AUTH_PARTNER", overrides: { organizationName?: string; policyGroupId?: string } = {}) {
  const suffix = uniqueSuffix();
  const needsGroup = !["DEVICE_PROVIDER", "FTM_PROVIDER", "MISP_PARTNER"].includes(type);
  const policyGroupId = overrides.policyGroupId ?? (needsGroup ? (await createTestPolicyGroup()).id : undefined);
  const { partner, userId } = (await registerPartnerWithAccount(
    {
      partnerId: `p-${suffix}`,
      organizationName: overrides.organizationName ?? `Org ${suffix}`,
      address: "1 Test Street",
      contactNumber: "+15550100",
      email: `partner-${suffix}@test.local`,
      partnerType: type,
      policyGroupId,
      langCode: "en",
      password: TEST_PASSWORD,
    },
    testActor(),
  ))!;
  return { partner, userId, principal: await principalFor(userId) };
}

/** Marks a test partner ACTIVE directly, for tests of later steps that do not exercise certificate upload. */
export async function activateTestPartner(partnerId: string): Promise<void> {
  await db.partner.update({ where: { id: partnerId }, data: { status: "ACTIVE", hasCertificate: true } });
}
