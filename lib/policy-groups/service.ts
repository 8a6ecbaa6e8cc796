// State changes of policy groups: create, edit, activate, deactivate (SPEC 2: not while it holds published policies).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { isUniqueViolation, isUuid } from "@/lib/policies/db-helpers";

const groupNameTaken = (name: string) =>
  new AppError("conflict", "PMS_POL_014", `A policy group named ${name} already exists.`, { field: "name", params: { name } });

const groupNotFound = (groupId: string) => notFound(`Policy group ${groupId}`, "PMS_POL_016");

async function withUniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two creations racing past the existence check: the unique index decides, and the loser hears why.
    if (isUniqueViolation(error)) throw groupNameTaken(name);
    throw error;
  }
}

export async function createPolicyGroup(input: { name: string; description: string }, actor: AuditActor) {
  const name = input.name.trim();
  const description = input.description.trim();
  return withUniqueName(name, () =>
    db.$transaction(async (tx) => {
      if (await tx.policyGroup.findUnique({ where: { name } })) throw groupNameTaken(name);
      const group = await tx.policyGroup.create({ data: { name, description } });
      await writeAudit(tx, actor, { action: "policy-group.created", entityType: "PolicyGroup", entityId: group.id, after: group });
      return group;
    }),
  );
}

/** Edits name and description; MOSIP's PUT may also switch isActive, which goes through the same rules as activate/deactivate, in the same transaction. */
export async function updatePolicyGroup(groupId: string, input: { name: string; description: string; isActive?: boolean }, actor: AuditActor) {
  if (!isUuid(groupId)) throw groupNotFound(groupId);
  const name = input.name.trim();
  const description = input.description.trim();
  return withUniqueName(name, () =>
    db.$transaction(async (tx) => {
      const current = await tx.policyGroup.findUnique({ where: { id: groupId } });
      if (!current) throw groupNotFound(groupId);
      if (name !== current.name && (await tx.policyGroup.findUnique({ where: { name } }))) throw groupNameTaken(name);
      const updated = await tx.policyGroup.updateMany({
        where: { id: groupId, name: current.name, description: current.description },
        data: { name, description },
      });
      if (updated.count !== 1) throw staleTransition(`Policy group ${current.name}`);
      await writeAudit(tx, actor, {
        action: "policy-group.updated",
        entityType: "PolicyGroup",
        entityId: groupId,
        before: { name: current.name, description: current.description },
        after: { name, description },
      });
      if (input.isActive !== undefined && input.isActive !== current.isActive) {
        await (input.isActive ? activateInTx(tx, groupId, actor) : deactivateInTx(tx, groupId, actor));
      }
      return tx.policyGroup.findUniqueOrThrow({ where: { id: groupId } });
    }),
  );
}

export async function activatePolicyGroup(groupId: string, actor: AuditActor) {
  if (!isUuid(groupId)) throw groupNotFound(groupId);
  return db.$transaction((tx) => activateInTx(tx, groupId, actor));
}

export async function deactivatePolicyGroup(groupId: string, actor: AuditActor) {
  if (!isUuid(groupId)) throw groupNotFound(groupId);
  return db.$transaction((tx) => deactivateInTx(tx, groupId, actor));
}

async function activateInTx(tx: Tx, groupId: string, actor: AuditActor) {
  const updated = await tx.policyGroup.updateMany({ where: { id: groupId, isActive: false }, data: { isActive: true } });
  if (updated.count !== 1) {
    const group = await tx.policyGroup.findUnique({ where: { id: groupId }, select: { name: true } });
    if (!group) throw groupNotFound(groupId);
    throw new AppError("conflict", "PMS_POL_GROUP_ACTIVE", `The policy group ${group.name} is already active.`, { params: { name: group.name } });
  }
  await writeAudit(tx, actor, { action: "policy-group.activated", entityType: "PolicyGroup", entityId: groupId, before: { isActive: false }, after: { isActive: true } });
  return { policyGroupId: groupId, isActive: true };
}

async function deactivateInTx(tx: Tx, groupId: string, actor: AuditActor) {
  // The update takes the row lock first: a publish in flight holds a share lock on the group, so we wait for it and then count it.
  const updated = await tx.policyGroup.updateMany({ where: { id: groupId, isActive: true }, data: { isActive: false } });
  const group = await tx.policyGroup.findUnique({ where: { id: groupId }, select: { name: true } });
  if (!group) throw groupNotFound(groupId);
  if (updated.count !== 1) {
    throw new AppError("conflict", "PMS_POL_067", `The policy group ${group.name} is already deactivated.`, { params: { name: group.name } });
  }
  const published = await tx.policy.count({ where: { policyGroupId: groupId, status: "PUBLISHED" } });
  if (published > 0) {
    throw new AppError(
      "conflict",
      "PMS_POL_056",
      `The policy group ${group.name} holds ${published} published ${published === 1 ? "policy" : "policies"}; deactivate ${published === 1 ? "it" : "them"} first.`,
      { params: { name: group.name, count: published } },
    );
  }
  await writeAudit(tx, actor, { action: "policy-group.deactivated", entityType: "PolicyGroup", entityId: groupId, before: { isActive: true }, after: { isActive: false } });
  return { policyGroupId: groupId, isActive: false };
}
