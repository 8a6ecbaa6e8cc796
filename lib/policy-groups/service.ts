// State changes of policy groups.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAudit, type AuditActor } from "@/lib/audit/service";

export async function createPolicyGroup(input: { name: string; description: string }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    if (await tx.policyGroup.findUnique({ where: { name: input.name } })) {
      throw new AppError("conflict", "PMS_POL_008", `A policy group named ${input.name} already exists.`, { field: "name" });
    }
    const group = await tx.policyGroup.create({ data: { name: input.name, description: input.description } });
    await writeAudit(tx, actor, { action: "policy-group.created", entityType: "PolicyGroup", entityId: group.id, after: group });
    return group;
  });
}
