// Reads of policy requests: the admin queue (all partners) and a partner's own requests (always scoped by its partner id).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerTypeCode, PolicyRequestStatus } from "@/lib/generated/prisma/enums";
import { contains, type Page, type PageRequest } from "@/lib/paging";
import { partnerType } from "@/lib/partners/partner-types";
import { isUuid } from "@/lib/policies/db-helpers";
import { POLICY_TYPE_TO_DB, policyTypeFromDb, type PolicyType } from "@/lib/policies/policy-types";
import type { PolicyRequestFilters, PolicyRequestSort } from "@/lib/policy-requests/schemas";

export interface PolicyRequestRow {
  id: string;
  partnerId: string;
  partnerStatus: string;
  partnerType: PartnerTypeCode;
  mosipPartnerType: string;
  organizationName: string;
  policyId: string;
  policyName: string;
  policyDescription: string;
  policyType: PolicyType;
  policyStatus: string;
  policyGroupId: string;
  policyGroupName: string;
  policyGroupDescription: string;
  useCaseDescription: string;
  status: PolicyRequestStatus;
  adminComment: string | null;
  createdAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
}

const DAY_MS = 24 * 3600 * 1000;

function where(filters: PolicyRequestFilters, scope: { partnerId?: string }): Prisma.PolicyRequestWhereInput {
  const policy: Prisma.PolicyWhereInput = {
    name: contains(filters.policyName),
    type: filters.policyType ? POLICY_TYPE_TO_DB[filters.policyType] : undefined,
    policyGroup: filters.policyGroup ? { name: contains(filters.policyGroup) } : undefined,
  };
  const partner: Prisma.PartnerWhereInput = {
    typeCode: filters.partnerType,
    organizationName: contains(filters.organizationName),
  };
  return {
    // A partner's scope is an exact match that a filter can narrow but never widen.
    AND: scope.partnerId ? [{ partnerId: scope.partnerId }] : [],
    partnerId: contains(filters.partnerId),
    policyId: filters.policyId ? (isUuid(filters.policyId) ? filters.policyId : "00000000-0000-0000-0000-000000000000") : undefined,
    status: filters.status,
    useCaseDescription: contains(filters.useCase),
    createdAt: filters.olderThanDays ? { lt: new Date(Date.now() - Number(filters.olderThanDays) * DAY_MS) } : undefined,
    policy,
    partner,
  };
}

function orderBy(sort: PolicyRequestSort, dir: "asc" | "desc"): Prisma.PolicyRequestOrderByWithRelationInput[] {
  const primary: Prisma.PolicyRequestOrderByWithRelationInput[] = {
    status: [{ status: dir }, { createdAt: "asc" as const }],
    createdAt: [{ createdAt: dir }],
    updatedAt: [{ updatedAt: dir }],
    decidedAt: [{ decidedAt: { sort: dir, nulls: "last" as const } }],
    partnerId: [{ partnerId: dir }],
    organizationName: [{ partner: { organizationName: dir } }],
    partnerType: [{ partner: { typeCode: dir } }],
    policyName: [{ policy: { name: dir } }],
    policyType: [{ policy: { type: dir } }],
    policyGroup: [{ policy: { policyGroup: { name: dir } } }],
  }[sort];
  // A unique tie-breaker keeps pages stable when many rows share the sort value.
  return [...primary, { id: "asc" }];
}

const include = {
  partner: { select: { id: true, status: true, typeCode: true, organizationName: true } },
  policy: { select: { id: true, name: true, description: true, type: true, status: true, policyGroup: { select: { id: true, name: true, description: true } } } },
} satisfies Prisma.PolicyRequestInclude;

type RequestWithRelations = Prisma.PolicyRequestGetPayload<{ include: typeof include }>;

function toRow(r: RequestWithRelations): PolicyRequestRow {
  return {
    id: r.id,
    partnerId: r.partnerId,
    partnerStatus: r.partner.status,
    partnerType: r.partner.typeCode,
    mosipPartnerType: partnerType(r.partner.typeCode).mosipCode,
    organizationName: r.partner.organizationName,
    policyId: r.policyId,
    policyName: r.policy.name,
    policyDescription: r.policy.description,
    policyType: policyTypeFromDb(r.policy.type),
    policyStatus: r.policy.status,
    policyGroupId: r.policy.policyGroup.id,
    policyGroupName: r.policy.policyGroup.name,
    policyGroupDescription: r.policy.policyGroup.description,
    useCaseDescription: r.useCaseDescription,
    status: r.status,
    adminComment: r.adminComment,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    decidedAt: r.decidedAt,
  };
}

/** The admin queue (no scope) or one partner's requests (scope.partnerId). Default order: pending first, oldest first. */
export async function listPolicyRequests(filters: PolicyRequestFilters, page: PageRequest<PolicyRequestSort>, scope: { partnerId?: string } = {}): Promise<Page<PolicyRequestRow>> {
  const w = where(filters, scope);
  const [rows, total] = await Promise.all([
    db.policyRequest.findMany({ where: w, orderBy: orderBy(page.sort, page.dir), skip: page.page * page.size, take: page.size, include }),
    db.policyRequest.count({ where: w }),
  ]);
  return { rows: rows.map(toRow), total, page: page.page, size: page.size };
}

/** One request, for the admin (no scope) or for its own partner (scope.partnerId); another partner's request is "not found". */
export async function getPolicyRequest(requestId: string, scope: { partnerId?: string } = {}) {
  if (!isUuid(requestId)) return null;
  const request = await db.policyRequest.findFirst({ where: { id: requestId, ...(scope.partnerId ? { partnerId: scope.partnerId } : {}) }, include });
  if (!request) return null;
  const decidedBy = request.decidedById ? await db.user.findUnique({ where: { id: request.decidedById }, select: { email: true, displayName: true } }) : null;
  return { ...toRow(request), decidedBy };
}

export async function pendingPolicyRequestCount(): Promise<number> {
  return db.policyRequest.count({ where: { status: "PENDING" } });
}

export async function partnerRequestCounts(partnerId: string): Promise<Record<PolicyRequestStatus, number>> {
  const grouped = await db.policyRequest.groupBy({ by: ["status"], where: { partnerId }, _count: { _all: true } });
  const counts: Record<PolicyRequestStatus, number> = { PENDING: 0, APPROVED: 0, REJECTED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  return counts;
}

/** A partner's requests for the given policies, newest first, for the "request this policy" cards. */
export async function partnerRequestsForPolicies(partnerId: string, policyIds: string[]) {
  if (!policyIds.length) return [];
  return db.policyRequest.findMany({
    where: { partnerId, policyId: { in: policyIds } },
    orderBy: { createdAt: "desc" },
    select: { id: true, policyId: true, status: true, createdAt: true, decidedAt: true, adminComment: true, useCaseDescription: true },
  });
}
