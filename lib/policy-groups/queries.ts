// Reads about policy groups.
import "server-only";
import { db } from "@/lib/db";

export async function listActivePolicyGroups() {
  return db.policyGroup.findMany({ where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, description: true } });
}

export async function policyGroupCounts() {
  const [active, total] = await Promise.all([db.policyGroup.count({ where: { isActive: true } }), db.policyGroup.count()]);
  return { active, total };
}
