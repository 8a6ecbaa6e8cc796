// Reads about policies, returning plain objects for pages and the REST API.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PolicyStatus, PolicyType as DbPolicyType } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { isUuid } from "@/lib/policies/db-helpers";
import { POLICY_TYPE_TO_DB, policyTypeFromDb, type PolicyType } from "@/lib/policies/policy-types";
import type { PolicyFilters, PolicySort } from "@/lib/policies/schemas";

export interface PolicyRow {
  id: string;
  name: string;
  description: string;
  type: PolicyType;
  status: PolicyStatus;
  version: string;
  policyGroupId: string;
  policyGroupName: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

function where(filters: PolicyFilters): Prisma.PolicyWhereInput {
  return {
    id: filters.policyId ? (isUuid(filters.policyId) ? filters.policyId : "00000000-0000-0000-0000-000000000000") : undefined,
    name: contains(filters.name),
    description: contains(filters.description),
    type: filters.type ? POLICY_TYPE_TO_DB[filters.type] : undefined,
    status: filters.status,
    policyGroupId: filters.groupId,
    policyGroup: filters.group ? { name: contains(filters.group) } : undefined,
  };
}

function orderBy(sort: PolicySort, dir: "asc" | "desc"): Prisma.PolicyOrderByWithRelationInput[] {
  const primary: Prisma.PolicyOrderByWithRelationInput =
    sort === "policyGroup" ? { policyGroup: { name: dir } } : sort === "publishedAt" ? { publishedAt: { sort: dir, nulls: "last" } } : { [sort]: dir };
  // A unique tie-breaker keeps pages stable when many rows share the sort value.
  return sort === "id" ? [primary] : [primary, { id: "asc" }];
}

function toRow(p: { id: string; name: string; description: string; type: DbPolicyType; status: PolicyStatus; version: string; policyGroupId: string; policyGroup: { name: string }; createdAt: Date; updatedAt: Date; publishedAt: Date | null }): PolicyRow {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    type: policyTypeFromDb(p.type),
    status: p.status,
    version: p.version,
    policyGroupId: p.policyGroupId,
    policyGroupName: p.policyGroup.name,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    publishedAt: p.publishedAt,
  };
}

export async function listPolicies(filters: PolicyFilters, page: PageRequest<PolicySort>): Promise<Page<PolicyRow>> {
  const w = where(filters);
  const [rows, total] = await Promise.all([
    db.policy.findMany({
      where: w,
      orderBy: orderBy(page.sort, page.dir),
      skip: page.page * page.size,
      take: page.size,
      omit: { policyJson: true },
      include: { policyGroup: { select: { name: true } } },
    }),
    db.policy.count({ where: w }),
  ]);
  return { rows: rows.map(toRow), total, page: page.page, size: page.size };
}

export async function getPolicy(policyId: string) {
  if (!isUuid(policyId)) return null;
  const policy = await db.policy.findUnique({
    where: { id: policyId },
    include: {
      policyGroup: { select: { id: true, name: true, description: true, isActive: true } },
      clonedFrom: { select: { id: true, name: true, type: true, status: true, policyJson: true, policyGroup: { select: { id: true, name: true } } } },
      clones: { select: { id: true, name: true, status: true, policyGroup: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!policy) return null;
  return { ...policy, mosipType: policyTypeFromDb(policy.type) };
}
export type PolicyDetail = NonNullable<Awaited<ReturnType<typeof getPolicy>>>;

/** Published policies of a group that partners can request, newest first. */
export async function listPublishedPoliciesOfGroup(groupId: string) {
  if (!isUuid(groupId)) return [];
  const rows = await db.policy.findMany({
    where: { policyGroupId: groupId, status: "PUBLISHED", policyGroup: { isActive: true } },
    orderBy: [{ name: "asc" }],
    include: { policyGroup: { select: { name: true } } },
  });
  return rows.map((p) => ({ ...toRow(p), policyJson: p.policyJson }));
}

export async function findPolicyInGroupByName(groupId: string, name: string) {
  return isUuid(groupId) ? db.policy.findUnique({ where: { policyGroupId_name: { policyGroupId: groupId, name } }, select: { id: true, status: true } }) : null;
}

export async function policyStatusCounts(): Promise<Record<PolicyStatus, number>> {
  const grouped = await db.policy.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<PolicyStatus, number> = { DRAFT: 0, PUBLISHED: 0, DEACTIVATED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  return counts;
}

export interface DeactivationImpact {
  pendingRequests: number;
  partnersWithPendingRequests: { partnerId: string; organizationName: string }[];
  approvedRequests: number;
  activeApiKeys: number;
}

/** What deactivating a policy will do (SPEC 2), shown before the policy manager confirms. */
export async function policyDeactivationImpact(policyId: string): Promise<DeactivationImpact> {
  if (!isUuid(policyId)) return { pendingRequests: 0, partnersWithPendingRequests: [], approvedRequests: 0, activeApiKeys: 0 };
  const [pending, approvedRequests, activeApiKeys] = await Promise.all([
    db.policyRequest.findMany({
      where: { policyId, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { partner: { select: { id: true, organizationName: true } } },
    }),
    db.policyRequest.count({ where: { policyId, status: "APPROVED" } }),
    // A read-only count of the keys domain's table: which keys will stop verifying (the verifier checks policy status).
    db.apiKey.count({ where: { policyId, status: "ACTIVE", expiresAt: { gt: new Date() } } }),
  ]);
  return {
    pendingRequests: pending.length,
    partnersWithPendingRequests: pending.map((r) => ({ partnerId: r.partner.id, organizationName: r.partner.organizationName })),
    approvedRequests,
    activeApiKeys,
  };
}

/** Every policy of a group with its JSON, drafts included (staff only), for MOSIP's GET /policies/group/{id}. */
export async function listPoliciesOfGroupWithJson(groupId: string) {
  if (!isUuid(groupId)) return [];
  return db.policy.findMany({ where: { policyGroupId: groupId }, orderBy: { name: "asc" }, include: { policyGroup: { select: { id: true, name: true, description: true, isActive: true } } } });
}

/** A policy with its group, for the REST views. */
export async function getPolicyWithGroup(policyId: string) {
  if (!isUuid(policyId)) return null;
  return db.policy.findUnique({ where: { id: policyId }, include: { policyGroup: { select: { id: true, name: true, description: true, isActive: true } } } });
}
