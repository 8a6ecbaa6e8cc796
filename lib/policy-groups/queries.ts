// Reads about policy groups, returning plain objects for pages and the REST API.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PolicyStatus } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { isUuid } from "@/lib/policies/db-helpers";
import type { PolicyGroupFilters, PolicyGroupSort } from "@/lib/policy-groups/schemas";

export async function listActivePolicyGroups() {
  return db.policyGroup.findMany({ where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, description: true } });
}

/** Every group, active first, for the pickers of the policy editor (create in, clone into). */
export async function listPolicyGroupChoices() {
  return db.policyGroup.findMany({ orderBy: [{ isActive: "desc" }, { name: "asc" }], select: { id: true, name: true, isActive: true } });
}

export async function policyGroupCounts() {
  const [active, total] = await Promise.all([db.policyGroup.count({ where: { isActive: true } }), db.policyGroup.count()]);
  return { active, total };
}

export type PolicyCountsByStatus = Record<PolicyStatus, number>;

export interface PolicyGroupRow {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
  policies: PolicyCountsByStatus;
}

function where(filters: PolicyGroupFilters): Prisma.PolicyGroupWhereInput {
  return {
    name: contains(filters.name),
    description: contains(filters.description),
    isActive: filters.status ? filters.status === "active" : undefined,
  };
}

async function policyCounts(groupIds: string[]): Promise<Map<string, PolicyCountsByStatus>> {
  const counts = new Map<string, PolicyCountsByStatus>();
  if (!groupIds.length) return counts;
  const grouped = await db.policy.groupBy({ by: ["policyGroupId", "status"], where: { policyGroupId: { in: groupIds } }, _count: { _all: true } });
  for (const id of groupIds) counts.set(id, { DRAFT: 0, PUBLISHED: 0, DEACTIVATED: 0 });
  for (const g of grouped) counts.get(g.policyGroupId)![g.status] = g._count._all;
  return counts;
}

export async function listPolicyGroups(filters: PolicyGroupFilters, page: PageRequest<PolicyGroupSort>): Promise<Page<PolicyGroupRow>> {
  const w = where(filters);
  const [rows, total] = await Promise.all([
    db.policyGroup.findMany({
      where: w,
      // A unique tie-breaker keeps pages stable when many groups share the sort value.
      orderBy: page.sort === "name" ? [{ name: page.dir }] : [{ [page.sort]: page.dir }, { id: "asc" }],
      skip: page.page * page.size,
      take: page.size,
    }),
    db.policyGroup.count({ where: w }),
  ]);
  const counts = await policyCounts(rows.map((r) => r.id));
  return {
    rows: rows.map((r) => ({ ...r, policies: counts.get(r.id)! })),
    total,
    page: page.page,
    size: page.size,
  };
}

export async function getPolicyGroup(groupId: string) {
  if (!isUuid(groupId)) return null;
  const group = await db.policyGroup.findUnique({
    where: { id: groupId },
    include: {
      policies: {
        orderBy: [{ status: "asc" }, { name: "asc" }],
        select: { id: true, name: true, description: true, type: true, status: true, version: true, publishedAt: true, createdAt: true, updatedAt: true },
      },
      _count: { select: { partners: true } },
    },
  });
  if (!group) return null;
  const { _count, ...rest } = group;
  return { ...rest, partnerCount: _count.partners };
}

export async function findPolicyGroupByName(name: string) {
  return db.policyGroup.findUnique({ where: { name } });
}

export async function findPolicyGroupById(groupId: string) {
  return isUuid(groupId) ? db.policyGroup.findUnique({ where: { id: groupId } }) : null;
}
