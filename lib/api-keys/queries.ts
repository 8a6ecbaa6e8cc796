// Reads about API keys for pages and the REST API: plain objects, never a hash or a secret.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LIST_SESSION_SETTINGS, LIST_WINDOW, planListPage, type ListPage, type ListRunner, type ListScope, type SqlQuery } from "@/lib/api-keys/list-sql";
import type { ApiKeyFilters } from "@/lib/api-keys/schemas";
import type { Page } from "@/lib/paging";

export type ApiKeyDisplayStatus = "ACTIVE" | "EXPIRED" | "DEACTIVATED";

export interface ApiKeyRow {
  id: string;
  partnerId: string;
  organizationName: string;
  policyId: string;
  policyName: string;
  policyGroupId: string;
  policyGroupName: string;
  label: string;
  prefix: string;
  lastFour: string;
  status: "ACTIVE" | "DEACTIVATED";
  displayStatus: ApiKeyDisplayStatus;
  expiresAt: Date;
  lastUsedAt: Date | null;
  createdAt: Date;
  deactivatedAt: Date | null;
}

export interface ApiKeyPage extends Page<ApiKeyRow> {
  /** True when more rows match than the result window: `total` is then the window, not the full count. */
  totalIsCapped: boolean;
}

interface RawRow extends Omit<ApiKeyRow, "displayStatus"> {
  expired: boolean;
}

export function listWindowError() {
  return new AppError("invalid", "PMS_APIKEY_LIST_WINDOW", `Only the first ${LIST_WINDOW} matching keys can be paged through; narrow the filters or reverse the sort.`, {
    params: { window: LIST_WINDOW },
  });
}

export async function listApiKeys(scope: ListScope, filters: ApiKeyFilters, page: ListPage): Promise<ApiKeyPage> {
  if (page.page * page.size >= LIST_WINDOW) throw listWindowError();
  // Each statement runs in its own short transaction with its settings (see LIST_SESSION_SETTINGS).
  const run: ListRunner = async <T>(query: SqlQuery, settings: string[]) => {
    const results = await db.$transaction([...settings.map((setting) => db.$executeRawUnsafe(setting)), db.$queryRawUnsafe<T[]>(query.text, ...query.values)]);
    return results[results.length - 1] as T[];
  };
  const planned = await planListPage(run, scope, filters, page);
  if (planned.empty) return { rows: [], total: 0, totalIsCapped: false, page: page.page, size: page.size };
  const [rows, counted] = await Promise.all([run<RawRow>(planned.sql.rows, LIST_SESSION_SETTINGS), run<{ total: number }>(planned.sql.count, planned.countSettings)]);
  const total = Number(counted[0]?.total ?? 0);
  return {
    rows: rows.map(({ expired, ...row }) => ({
      ...row,
      expiresAt: new Date(row.expiresAt),
      lastUsedAt: row.lastUsedAt ? new Date(row.lastUsedAt) : null,
      createdAt: new Date(row.createdAt),
      deactivatedAt: row.deactivatedAt ? new Date(row.deactivatedAt) : null,
      displayStatus: row.status === "DEACTIVATED" ? "DEACTIVATED" : expired ? "EXPIRED" : "ACTIVE",
    })),
    total: Math.min(total, LIST_WINDOW),
    totalIsCapped: total > LIST_WINDOW,
    page: page.page,
    size: page.size,
  };
}

/**
 * Policies the partner may generate keys for: an APPROVED request and a PUBLISHED policy. Read here directly, as the
 * verifier does, because the policy-request domain is built in parallel (ADR 004 notes the seam).
 */
export async function keyablePolicies(partnerId: string): Promise<{ id: string; name: string; description: string; groupName: string }[]> {
  const requests = await db.policyRequest.findMany({
    where: { partnerId, status: "APPROVED", policy: { status: "PUBLISHED" } },
    select: { policy: { select: { id: true, name: true, description: true, policyGroup: { select: { name: true } } } } },
    orderBy: { policy: { name: "asc" } },
  });
  return requests.map(({ policy }) => ({ id: policy.id, name: policy.name, description: policy.description, groupName: policy.policyGroup.name }));
}

/** Counts for the partner's dashboard card. */
export async function partnerKeyCounts(partnerId: string): Promise<{ active: number; expiringSoon: number }> {
  const now = new Date();
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  const [active, expiringSoon] = await Promise.all([
    db.apiKey.count({ where: { partnerId, status: "ACTIVE", expiresAt: { gt: now } } }),
    db.apiKey.count({ where: { partnerId, status: "ACTIVE", expiresAt: { gt: now, lte: soon } } }),
  ]);
  return { active, expiringSoon };
}

/** For the admin dashboard: keys that expire within 30 days (an index range, cheap at any table size). */
export async function keysExpiringSoonCount(): Promise<number> {
  const now = new Date();
  return db.apiKey.count({ where: { status: "ACTIVE", expiresAt: { gt: now, lte: new Date(now.getTime() + 30 * 86_400_000) } } });
}
