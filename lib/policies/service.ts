// Every state change of a policy: create and edit drafts, publish (immutable afterwards), clone into a group, deactivate.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PolicyStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { isUniqueViolation, isUuid, lockPolicyGroup } from "@/lib/policies/db-helpers";
import { POLICY_TYPE_TO_DB, policyTypeFromDb, type PolicyType } from "@/lib/policies/policy-types";
import { validatePolicy, type PolicyValidationError } from "@/lib/policies/validate-policy";

export const DEFAULT_POLICY_VERSION = "1.0";

/** Stored as the admin comment of requests rejected because their policy was deactivated. */
export const POLICY_DEACTIVATED_COMMENT = "Rejected automatically: the policy was deactivated.";

const policyNotFound = (policyId: string, code = "PMS_POL_008") => notFound(`Policy ${policyId}`, code);
const groupNotFound = (groupId: string) => notFound(`Policy group ${groupId}`, "PMS_POL_016");

const policyNameTaken = (name: string, groupName: string) =>
  new AppError("conflict", "PMS_POL_009", `A policy named ${name} already exists in the policy group ${groupName}.`, {
    field: "name",
    params: { name, group: groupName },
  });

const groupInactive = (groupName: string) =>
  new AppError("conflict", "PMS_POL_053", `The policy group ${groupName} is not active.`, { field: "policyGroupId", params: { group: groupName } });

/** Turns schema findings into one error: the first finding's MOSIP code, every finding keyed by its JSON path. */
export function policyJsonError(errors: PolicyValidationError[]): AppError {
  const first = errors[0];
  const fieldErrors: Record<string, string> = {};
  for (const e of errors) {
    const key = e.path === "$" ? "policies" : `policies${e.path.slice(1)}`;
    fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]}; ${e.message}` : e.message;
  }
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? "problem" : "problems"})` : "";
  const kind = first.keyword === "maxBytes" ? "too_large" : "invalid";
  return new AppError(kind, first.code, `The policy JSON does not match the schema: ${first.message}${more}.`, {
    field: Object.keys(fieldErrors)[0],
    fieldErrors,
    params: { count: errors.length, first: first.message },
  });
}

function checkedPolicyJson(type: PolicyType, input: unknown): Prisma.InputJsonValue {
  const result = validatePolicy(type, input);
  if (!result.ok) throw policyJsonError(result.errors);
  return result.policy as unknown as Prisma.InputJsonValue;
}

async function withUniqueName<T>(name: string, groupName: () => Promise<string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two saves racing past the existence check: the unique index (group, name) decides.
    if (isUniqueViolation(error)) throw policyNameTaken(name, await groupName());
    throw error;
  }
}

async function assertNameFree(tx: Tx, groupId: string, groupName: string, name: string, exceptId?: string) {
  const clash = await tx.policy.findFirst({ where: { policyGroupId: groupId, name, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw policyNameTaken(name, groupName);
}

async function groupNameOf(groupId: string): Promise<string> {
  return (await db.policyGroup.findUnique({ where: { id: groupId }, select: { name: true } }))?.name ?? groupId;
}

export interface NewPolicy {
  policyGroupId: string;
  type: PolicyType;
  name: string;
  description: string;
  version?: string;
  /** Parsed JSON, or JSON text (syntax errors then come with line and column). */
  policies: unknown;
  /** MOSIP lets the caller choose the id; ours are UUIDs. */
  id?: string;
}

/** A new DRAFT in an active group; the JSON must match its type's schema already (a draft is a policy, not a scratchpad). */
export async function createPolicy(input: NewPolicy, actor: AuditActor) {
  const name = input.name.trim();
  const json = checkedPolicyJson(input.type, input.policies);
  if (input.id !== undefined && !isUuid(input.id)) {
    throw new AppError("invalid", "PMS_COR_002", `policyId ${input.id} is not a UUID; leave it out and the portal assigns one.`, { field: "policyId" });
  }
  return withUniqueName(name, () => groupNameOf(input.policyGroupId), () =>
    db.$transaction(async (tx) => {
      const group = await lockPolicyGroup(tx, input.policyGroupId);
      if (!group) throw groupNotFound(input.policyGroupId);
      if (!group.isActive) throw groupInactive(group.name);
      await assertNameFree(tx, group.id, group.name, name);
      if (input.id && (await tx.policy.findUnique({ where: { id: input.id }, select: { id: true } }))) {
        throw new AppError("conflict", "PMS_POL_ID_TAKEN", `A policy with id ${input.id} already exists.`, { field: "policyId" });
      }
      const policy = await tx.policy.create({
        data: {
          ...(input.id ? { id: input.id } : {}),
          policyGroupId: group.id,
          name,
          description: input.description.trim(),
          type: POLICY_TYPE_TO_DB[input.type],
          policyJson: json,
          version: input.version?.trim() || DEFAULT_POLICY_VERSION,
        },
      });
      await writeAudit(tx, actor, {
        action: "policy.created",
        entityType: "Policy",
        entityId: policy.id,
        after: { name, group: group.name, type: input.type, status: policy.status, version: policy.version },
      });
      return policy;
    }),
  );
}

export interface PolicyChanges {
  name?: string;
  description?: string;
  version?: string;
  policies?: unknown;
}

async function loadPolicy(tx: Tx, policyId: string, code?: string) {
  if (!isUuid(policyId)) throw policyNotFound(policyId, code);
  const policy = await tx.policy.findUnique({ where: { id: policyId }, include: { policyGroup: { select: { id: true, name: true, isActive: true } } } });
  if (!policy) throw policyNotFound(policyId, code);
  return policy;
}

const notADraft = (name: string, status: PolicyStatus) =>
  new AppError("conflict", "PMS_POL_055", `The policy ${name} is ${status.toLowerCase()}; only drafts can be edited. Clone it to make changes.`, {
    params: { name, status },
  });

/** Edits a DRAFT; published and deactivated policies are immutable. */
export async function updatePolicy(policyId: string, changes: PolicyChanges, actor: AuditActor) {
  let groupId = "";
  const name = changes.name?.trim();
  return withUniqueName(name ?? "", () => groupNameOf(groupId), () =>
    db.$transaction(async (tx) => {
      const current = await loadPolicy(tx, policyId);
      groupId = current.policyGroupId;
      if (current.status !== "DRAFT") throw notADraft(current.name, current.status);
      const type = policyTypeFromDb(current.type);
      const data: Prisma.PolicyUpdateManyMutationInput = {};
      if (name !== undefined && name !== current.name) {
        await assertNameFree(tx, current.policyGroupId, current.policyGroup.name, name, current.id);
        data.name = name;
      }
      if (changes.description !== undefined) data.description = changes.description.trim();
      if (changes.version !== undefined) data.version = changes.version.trim() || DEFAULT_POLICY_VERSION;
      if (changes.policies !== undefined) data.policyJson = checkedPolicyJson(type, changes.policies);
      const updated = await tx.policy.updateMany({ where: { id: current.id, status: "DRAFT", updatedAt: current.updatedAt }, data });
      if (updated.count !== 1) {
        const now = await tx.policy.findUnique({ where: { id: current.id }, select: { status: true } });
        if (now && now.status !== "DRAFT") throw notADraft(current.name, now.status);
        throw staleTransition(`Policy ${current.name}`);
      }
      await writeAudit(tx, actor, {
        action: "policy.updated",
        entityType: "Policy",
        entityId: current.id,
        before: { name: current.name, description: current.description, version: current.version, policies: current.policyJson },
        after: { name: data.name ?? current.name, description: data.description ?? current.description, version: data.version ?? current.version, policies: data.policyJson ?? current.policyJson },
      });
      return tx.policy.findUniqueOrThrow({ where: { id: current.id } });
    }),
  );
}

function policyEventPayload(policy: { id: string; name: string; description: string; type: Parameters<typeof policyTypeFromDb>[0]; version: string; policyJson: unknown; status: PolicyStatus }, group: { id: string; name: string }, at: Date) {
  return {
    policyId: policy.id,
    policyName: policy.name,
    policyDescription: policy.description,
    policyType: policyTypeFromDb(policy.type),
    version: policy.version,
    policyGroupId: group.id,
    policyGroupName: group.name,
    status: policy.status,
    policies: policy.policyJson,
    changedAt: at.toISOString(),
  };
}

/**
 * DRAFT → PUBLISHED. MOSIP's route names the group too; a mismatch is refused (PMS_POL_015) rather than guessed at.
 * The JSON is checked again, in case the schema tightened since the draft was saved.
 */
export async function publishPolicy(policyId: string, groupId: string | null, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const current = await loadPolicy(tx, policyId);
    if (groupId !== null && groupId !== current.policyGroupId) {
      if (!(await lockPolicyGroup(tx, groupId))) throw groupNotFound(groupId);
      throw new AppError("conflict", "PMS_POL_015", `The policy ${current.name} is not in that policy group.`, { params: { name: current.name } });
    }
    const group = await lockPolicyGroup(tx, current.policyGroupId);
    if (!group) throw groupNotFound(current.policyGroupId);
    if (current.status === "PUBLISHED") throw new AppError("conflict", "PMS_POL_020", `The policy ${current.name} is already published.`, { params: { name: current.name } });
    if (current.status === "DEACTIVATED") throw new AppError("conflict", "PMS_POL_062", `The policy ${current.name} has been deactivated; clone it to publish a new version.`, { params: { name: current.name } });
    if (!group.isActive) throw groupInactive(group.name);
    checkedPolicyJson(policyTypeFromDb(current.type), current.policyJson);
    const now = new Date();
    const updated = await tx.policy.updateMany({ where: { id: current.id, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: now } });
    if (updated.count !== 1) throw staleTransition(`Policy ${current.name}`, "PMS_POL_020");
    await writeAudit(tx, actor, { action: "policy.published", entityType: "Policy", entityId: current.id, before: { status: "DRAFT" }, after: { status: "PUBLISHED", publishedAt: now } });
    await publishEvent(tx, "POLICY_UPDATED", policyEventPayload({ ...current, status: "PUBLISHED" }, group, now));
    return tx.policy.findUniqueOrThrow({ where: { id: current.id } });
  });
}

/** A new DRAFT with the same type, description and JSON, in the target group; clonedFromId lets the editor show the difference. */
export async function clonePolicy(sourceId: string, target: { groupId: string; name?: string }, actor: AuditActor) {
  let targetName = "";
  return withUniqueName(target.name?.trim() ?? "", async () => groupNameOf(target.groupId), () =>
    db.$transaction(async (tx) => {
      const source = await loadPolicy(tx, sourceId);
      const group = await lockPolicyGroup(tx, target.groupId);
      if (!group) throw groupNotFound(target.groupId);
      if (!group.isActive) throw groupInactive(group.name);
      targetName = target.name?.trim() || source.name;
      await assertNameFree(tx, group.id, group.name, targetName);
      const clone = await tx.policy.create({
        data: {
          policyGroupId: group.id,
          name: targetName,
          description: source.description,
          type: source.type,
          policyJson: source.policyJson as Prisma.InputJsonValue,
          version: source.version,
          clonedFromId: source.id,
        },
      });
      await writeAudit(tx, actor, {
        action: "policy.cloned",
        entityType: "Policy",
        entityId: clone.id,
        after: { name: targetName, group: group.name, clonedFromId: source.id, clonedFromGroup: source.policyGroup.name, status: clone.status },
      });
      return clone;
    }),
  );
}

export interface DeactivationResult {
  policyId: string;
  status: "DEACTIVATED";
  rejectedRequests: number;
  partnersWithApprovedRequests: number;
}

/**
 * PUBLISHED → DEACTIVATED (SPEC 2). Pending requests are rejected with a reason and their partners told; partners whose
 * requests were approved are told too. Keys under the policy stop verifying because the verifier checks policy status.
 * Nothing is deleted.
 */
export async function deactivatePolicy(policyId: string, actor: AuditActor): Promise<DeactivationResult> {
  return db.$transaction(async (tx) => {
    const current = await loadPolicy(tx, policyId, "PMS_POL_065");
    const now = new Date();
    const updated = await tx.policy.updateMany({ where: { id: current.id, status: "PUBLISHED" }, data: { status: "DEACTIVATED", deactivatedAt: now } });
    if (updated.count !== 1) {
      const status = (await tx.policy.findUnique({ where: { id: current.id }, select: { status: true } }))?.status ?? current.status;
      if (status === "DEACTIVATED") throw new AppError("conflict", "PMS_POL_062", `The policy ${current.name} is already deactivated.`, { params: { name: current.name } });
      throw new AppError("conflict", "PMS_POL_072", `The policy ${current.name} is a draft; only published policies can be deactivated.`, { params: { name: current.name } });
    }
    const decidedById = actor.principal?.kind === "user" ? actor.principal.userId : null;
    const pending = await tx.policyRequest.findMany({ where: { policyId: current.id, status: "PENDING" }, select: { id: true, partnerId: true } });
    if (pending.length) {
      await tx.policyRequest.updateMany({
        where: { id: { in: pending.map((r) => r.id) }, status: "PENDING" },
        data: { status: "REJECTED", adminComment: POLICY_DEACTIVATED_COMMENT, decidedAt: now, decidedById },
      });
    }
    for (const request of pending) {
      await writeAudit(tx, actor, {
        action: "policy-request.rejected",
        entityType: "PolicyRequest",
        entityId: request.id,
        partnerId: request.partnerId,
        before: { status: "PENDING" },
        after: { status: "REJECTED", comment: POLICY_DEACTIVATED_COMMENT, reason: "policy-deactivated" },
      });
      await notifyPartnerUsers(tx, request.partnerId, "POLICY_REQUEST_REJECTED", {
        partnerId: request.partnerId,
        policyName: current.name,
        requestId: request.id,
        comment: POLICY_DEACTIVATED_COMMENT,
      });
    }
    const approved = await tx.policyRequest.findMany({ where: { policyId: current.id, status: "APPROVED" }, select: { partnerId: true }, distinct: ["partnerId"] });
    for (const { partnerId } of approved) {
      await notifyPartnerUsers(tx, partnerId, "POLICY_DEACTIVATED", { partnerId, policyName: current.name, policyId: current.id });
    }
    await writeAudit(tx, actor, {
      action: "policy.deactivated",
      entityType: "Policy",
      entityId: current.id,
      before: { status: "PUBLISHED" },
      after: { status: "DEACTIVATED", rejectedRequestIds: pending.map((r) => r.id), partnersWithApprovedRequests: approved.length },
    });
    await publishEvent(tx, "POLICY_UPDATED", policyEventPayload({ ...current, status: "DEACTIVATED" }, current.policyGroup, now));
    return { policyId: current.id, status: "DEACTIVATED", rejectedRequests: pending.length, partnersWithApprovedRequests: approved.length };
  });
}
