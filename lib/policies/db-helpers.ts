// Small database helpers shared by the policy domains: id checks, unique-violation detection and row locks.
import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from URLs; anything that is not a UUID cannot name a row, so callers answer "not found" without asking the database. */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface LockedGroup {
  id: string;
  name: string;
  isActive: boolean;
}

/**
 * Reads a policy group and holds a share lock on it until the transaction ends, so that a concurrent
 * deactivation of the group waits for (and then sees) what this transaction does with its policies.
 */
export async function lockPolicyGroup(tx: Tx, groupId: string): Promise<LockedGroup | null> {
  if (!isUuid(groupId)) return null;
  const rows = await tx.$queryRaw<LockedGroup[]>`SELECT "id", "name", "isActive" FROM "PolicyGroup" WHERE "id" = ${groupId}::uuid FOR SHARE`;
  return rows[0] ?? null;
}

export interface LockedPolicy {
  id: string;
  name: string;
  type: string;
  status: string;
  policyGroupId: string;
  validTo: Date | null;
}

/** Reads a policy under a share lock: a concurrent deactivation waits until this transaction (a request, an approval) is done. */
export async function lockPolicy(tx: Tx, policyId: string): Promise<LockedPolicy | null> {
  if (!isUuid(policyId)) return null;
  const rows = await tx.$queryRaw<LockedPolicy[]>`
    SELECT "id", "name", "type"::text AS "type", "status"::text AS "status", "policyGroupId", "validTo"
    FROM "Policy" WHERE "id" = ${policyId}::uuid FOR SHARE`;
  return rows[0] ?? null;
}

export interface LockedPartner {
  id: string;
  status: string;
  typeCode: string;
  policyGroupId: string | null;
  organizationName: string;
}

/** Reads a partner under a share lock, so that a deactivation cannot slip between the status check and the change. */
export async function lockPartner(tx: Tx, partnerId: string): Promise<LockedPartner | null> {
  const rows = await tx.$queryRaw<LockedPartner[]>`
    SELECT "id", "status"::text AS "status", "typeCode"::text AS "typeCode", "policyGroupId", "organizationName"
    FROM "Partner" WHERE "id" = ${partnerId} FOR SHARE`;
  return rows[0] ?? null;
}
