// The SQL of every API key list (partner, admin, REST v2), built here once so the benchmark can EXPLAIN exactly what the app runs.
// Plain parameterised text: each filter becomes an indexed condition on ApiKey (partner and policy filters become id sets),
// each sort an index order with the key id as tie-breaker, and the count stops at the result window.
import type { ApiKeyFilters, ApiKeySort } from "@/lib/api-keys/schemas";

/**
 * Rows a list can reach by paging (like a search engine's result window; GitHub's search stops at 1,000). Beyond it the
 * caller narrows the filters or reverses the sort. It bounds every page's cost: an ordered scan reads at most
 * LIST_WINDOW / selectivity index entries, and the count stops at LIST_WINDOW + 1.
 */
export const LIST_WINDOW = 2_000;

export interface ListScope {
  /** A partner sees only its own keys: this is always set for partner callers. */
  partnerId?: string;
}

export interface ListPage {
  page: number;
  size: number;
  sort: ApiKeySort;
  dir: "asc" | "desc";
}

export type SqlValue = string | number | string[];

export interface SqlQuery {
  text: string;
  values: SqlValue[];
}

/**
 * Organisation, policy and policy-group names are turned into id lists first, once per page (one small scan each), so
 * that the page, the count and the planner's estimate all work on plain id sets of ApiKey's own columns. A list goes in
 * as `= ANY($n)`: statements are unnamed, so PostgreSQL plans them with the values (a custom plan), counts the list for
 * its estimate and hashes it (`IN (SELECT unnest($n))` would be estimated at 200 rows, whatever its length).
 * Undefined: no such filter, or (partners only) too many matches to list, in which case the name filter stays a subquery.
 */
export interface ResolvedIds {
  partnerIds?: string[];
  policyIds?: string[];
}

export const RESOLVE_MAX_PARTNERS = 20_000;

/**
 * Case-insensitive "contains" on a name column, as ILIKE: the operator a trigram index (gin_trgm_ops) serves, so that an
 * index on Partner.organizationName, when that table gets one, makes the organisation filter an index lookup.
 */
function nameContains(column: string, parameter: string): string {
  return `${column} ILIKE ${parameter}`;
}

export function resolutionSql(filters: ApiKeyFilters): { partners?: SqlQuery; policies?: SqlQuery } {
  const out: { partners?: SqlQuery; policies?: SqlQuery } = {};
  if (filters.organizationName) {
    out.partners = {
      text: `SELECT id FROM "Partner" WHERE ${nameContains(`"organizationName"`, "$1")} LIMIT ${RESOLVE_MAX_PARTNERS + 1}`,
      values: [likeContains(filters.organizationName)],
    };
  }
  if (filters.policyName || filters.policyGroupName) {
    const values: SqlValue[] = [];
    const where: string[] = [];
    if (filters.policyName) {
      values.push(likeContains(filters.policyName));
      where.push(nameContains("pol.name", `$${values.length}`));
    }
    if (filters.policyGroupName) {
      values.push(likeContains(filters.policyGroupName));
      where.push(nameContains("g.name", `$${values.length}`));
    }
    out.policies = { text: `SELECT pol.id FROM "Policy" pol JOIN "PolicyGroup" g ON g.id = pol."policyGroupId" WHERE ${where.join(" AND ")}`, values };
  }
  return out;
}

/** Applies resolution answers; partner ids past the cap are dropped (the subquery form is used instead). */
export function resolvedIds(partners: string[] | undefined, policies: string[] | undefined): ResolvedIds {
  return { partnerIds: partners && partners.length <= RESOLVE_MAX_PARTNERS ? partners : undefined, policyIds: policies };
}

const NOW = `(now() AT TIME ZONE 'UTC')`;

export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(scope: ListScope, filters: ApiKeyFilters, ids: ResolvedIds, values: SqlValue[]): string[] {
  const add = (value: SqlValue) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where: string[] = [];
  if (scope.partnerId) where.push(`k."partnerId" = ${add(scope.partnerId)}`);
  if (filters.partnerId) where.push(`k."partnerId" ILIKE ${add(likeContains(filters.partnerId))}`);
  if (filters.organizationName) {
    where.push(
      ids.partnerIds
        ? `k."partnerId" = ANY(${add(ids.partnerIds)}::varchar[])`
        : `k."partnerId" IN (SELECT fo.id FROM "Partner" fo WHERE ${nameContains(`fo."organizationName"`, add(likeContains(filters.organizationName)))})`,
    );
  }
  if (filters.label) where.push(`k.label ILIKE ${add(likeContains(filters.label))}`);
  if (filters.policyName || filters.policyGroupName) {
    if (ids.policyIds) where.push(`k."policyId" = ANY(${add(ids.policyIds)}::uuid[])`);
    else {
      const policies = resolutionSql(filters).policies!;
      const shift = values.length;
      for (const value of policies.values) values.push(value);
      where.push(`k."policyId" IN (${policies.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + shift}`)})`);
    }
  }
  if (filters.status === "ACTIVE") where.push(`k.status = 'ACTIVE' AND k."expiresAt" > ${NOW}`);
  if (filters.status === "EXPIRED") where.push(`k.status = 'ACTIVE' AND k."expiresAt" <= ${NOW}`);
  if (filters.status === "DEACTIVATED") where.push(`k.status = 'DEACTIVATED'`);
  if (filters.expiresWithinDays !== undefined) {
    where.push(`k.status = 'ACTIVE' AND k."expiresAt" > ${NOW} AND k."expiresAt" <= ${NOW} + make_interval(days => ${add(filters.expiresWithinDays)}::int)`);
  }
  return where;
}

/** The ORDER BY of a sort; `names.org` says where the organisation name is read (the joined partner, or a CTE's column). */
function orderBy(sort: ApiKeySort, dir: "asc" | "desc", names = { org: `p."organizationName"` }): string {
  const d = dir === "asc" ? "ASC" : "DESC";
  switch (sort) {
    case "status":
      return `k.status ${d}, k."createdAt" ${d}, k.id ${d}`;
    case "organizationName":
      return `${names.org} ${d}, k.id ${d}`;
    default:
      return `k."${sort}" ${d}, k.id ${d}`;
  }
}

/** Columns the page query needs from ApiKey to sort (besides id); all are in the list indexes. */
function sortColumns(sort: ApiKeySort): string[] {
  if (sort === "status") return [`k.status`, `k."createdAt"`];
  if (sort === "organizationName") return [];
  return [`k."${sort}"`];
}

/**
 * How the page of ids is found:
 * - "ordered": walk the index of the sort order and apply the filters to each index entry (an index-only scan); cheap
 *   when many rows match, as a page fills quickly.
 * - "filter-first": collect the matching rows through the filters' own indexes, then sort them; cheap when few match.
 * The planner cannot choose well between the two when the filter and the sort column are correlated (expired keys are
 * also the oldest), so `strategyFor` picks from the planner's estimate of matching rows and that correlation.
 */
export type ListStrategy = "ordered" | "filter-first";

/**
 * Matching rows up to which "filter-first" is used: near the point where both strategies cost the same (collecting a
 * matching row costs about as much as walking ten index entries in order, and a page needs at most LIST_WINDOW rows).
 */
export const FILTER_FIRST_MAX_ROWS = 25_000;

/**
 * Settings for the list statements (SET LOCAL, in their transaction): parallel workers and JIT compilation cost more
 * than they save on queries of a few milliseconds, and a parallel full scan wrongly looks cheaper than a trigram lookup.
 * The timeout is a safety net: no list page may hold a connection for long, whatever a future plan does.
 */
export const LIST_SESSION_SETTINGS = ["SET LOCAL max_parallel_workers_per_gather = 0", "SET LOCAL jit = off", "SET LOCAL statement_timeout = '5s'"];

/**
 * The count stops at the window, so walking any index that holds the filter columns looks cheap to the planner, which
 * again assumes matches are spread evenly. For the trigram filters (label, partner id) that walk can cross most of an
 * index before the window fills; without index-only scans the planner takes the trigram index instead.
 */
export function countSettings(filters: ApiKeyFilters): string[] {
  return filters.label !== undefined || filters.partnerId !== undefined ? [...LIST_SESSION_SETTINGS, "SET LOCAL enable_indexonlyscan = off"] : LIST_SESSION_SETTINGS;
}

/** With no filter the sort index alone answers; a partner's own keys are few; otherwise the planner's row estimate decides. */
export function needsEstimate(scope: ListScope, filters: ApiKeyFilters): boolean {
  return !scope.partnerId && Object.values(filters).some((v) => v !== undefined);
}

/**
 * When the filter is on the sort column itself (label contains "kiosk", sorted by label) or on a column that moves with
 * it (expired keys are the oldest), the matches cluster somewhere along the sort order, and an ordered walk may cross
 * most of the index before the first match. The planner assumes matches are spread evenly, so it cannot see this.
 */
export function filterFollowsSort(filters: ApiKeyFilters, sort: ApiKeySort): boolean {
  const byExpiry = filters.status === "EXPIRED" || filters.expiresWithinDays !== undefined;
  return (
    (sort === "label" && filters.label !== undefined) ||
    (sort === "partnerId" && filters.partnerId !== undefined) ||
    (sort === "organizationName" && filters.organizationName !== undefined) ||
    ((sort === "createdAt" || sort === "status") && byExpiry)
  );
}

/** Up to this many matches, a correlated filter is still collected first (it stays far cheaper than a blind walk). */
export const CORRELATED_FILTER_FIRST_MAX_ROWS = 150_000;

export function strategyFor(scope: ListScope, filters: ApiKeyFilters, sort: ApiKeySort, estimatedRows: number | null): ListStrategy {
  if (scope.partnerId) return "filter-first";
  if (estimatedRows === null) return "ordered";
  const limit = filterFollowsSort(filters, sort) ? CORRELATED_FILTER_FIRST_MAX_ROWS : FILTER_FIRST_MAX_ROWS;
  return estimatedRows <= limit ? "filter-first" : "ordered";
}

/** The row estimate out of `EXPLAIN (FORMAT JSON)`'s answer. */
export function estimatedRowsOf(explain: unknown): number {
  const plan = (explain as [{ Plan?: { "Plan Rows"?: number } }] | undefined)?.[0]?.Plan?.["Plan Rows"];
  return typeof plan === "number" ? plan : Number.POSITIVE_INFINITY;
}

export function apiKeyListSql(
  scope: ListScope,
  filters: ApiKeyFilters,
  page: ListPage,
  strategy: ListStrategy = "ordered",
  ids: ResolvedIds = {},
): { estimate: SqlQuery; rows: SqlQuery; count: SqlQuery } {
  const whereText = (w: string[]) => (w.length ? `WHERE ${w.join(" AND ")}` : "");
  const byOrg = page.sort === "organizationName";

  const rowValues: SqlValue[] = [];
  const rowWhere = whereText(conditions(scope, filters, ids, rowValues));
  rowValues.push(page.size, page.page * page.size);
  const limit = `LIMIT $${rowValues.length - 1} OFFSET $${rowValues.length}`;
  const joins = byOrg ? `JOIN "Partner" p ON p.id = k."partnerId"` : "";
  const extra = [...sortColumns(page.sort), ...(byOrg ? [`p."organizationName"`] : [])];
  const selectIds = [`k.id`, ...extra].join(", ");
  const pageIds =
    strategy === "ordered"
      ? `SELECT ${selectIds} FROM "ApiKey" k ${joins} ${rowWhere} ORDER BY ${orderBy(page.sort, page.dir)} ${limit}`
      : `WITH matching AS MATERIALIZED (SELECT ${selectIds} FROM "ApiKey" k ${joins} ${rowWhere})
         SELECT k.id FROM matching k ORDER BY ${orderBy(page.sort, page.dir, { org: `k."organizationName"` })} ${limit}`;
  // The page's few ids, then their display columns: the outer query re-sorts those rows by the same order.
  const rows = `
SELECT k.id, k."partnerId", p."organizationName", k."policyId", pol.name AS "policyName", g.id AS "policyGroupId", g.name AS "policyGroupName",
  k.label, k.prefix, k."lastFour", k.status::text AS status, k."expiresAt" <= ${NOW} AS expired,
  k."expiresAt", k."lastUsedAt", k."createdAt", k."deactivatedAt"
FROM (${pageIds}) AS page
JOIN "ApiKey" k ON k.id = page.id
JOIN "Partner" p ON p.id = k."partnerId"
JOIN "Policy" pol ON pol.id = k."policyId"
JOIN "PolicyGroup" g ON g.id = pol."policyGroupId"
ORDER BY ${orderBy(page.sort, page.dir)}`;

  const countValues: SqlValue[] = [];
  const countWhere = whereText(conditions(scope, filters, ids, countValues));
  countValues.push(LIST_WINDOW + 1);
  const count = `SELECT count(*)::int AS total FROM (SELECT 1 FROM "ApiKey" k ${countWhere} LIMIT $${countValues.length}) AS window_rows`;
  const estimateValues: SqlValue[] = [];
  const estimate = `EXPLAIN (FORMAT JSON) SELECT 1 FROM "ApiKey" k ${whereText(conditions(scope, filters, ids, estimateValues))}`;
  return { estimate: { text: estimate, values: estimateValues }, rows: { text: rows, values: rowValues }, count: { text: count, values: countValues } };
}

/** Runs one statement with the given SET LOCAL settings and returns its rows (Prisma in the app, pg in the benchmark). */
export type ListRunner = <T>(query: SqlQuery, settings: string[]) => Promise<T[]>;

export interface PlannedPage {
  /** Nothing can match (no partner or policy of that name): nothing more needs asking. */
  empty: boolean;
  strategy: ListStrategy;
  estimatedRows: number | null;
  sql: { rows: SqlQuery; count: SqlQuery };
  countSettings: string[];
}

/** Resolves names to ids, asks the planner for its estimate where needed, and picks the strategy: the page's statements. */
export async function planListPage(run: ListRunner, scope: ListScope, filters: ApiKeyFilters, page: ListPage): Promise<PlannedPage> {
  const resolution = resolutionSql(filters);
  const ids = async (query: SqlQuery | undefined) => (query ? (await run<{ id: string }>(query, LIST_SESSION_SETTINGS)).map((r) => r.id) : undefined);
  const [partners, policies] = await Promise.all([ids(resolution.partners), ids(resolution.policies)]);
  const resolved = resolvedIds(partners, policies);
  if (partners?.length === 0 || policies?.length === 0) {
    return { empty: true, strategy: "filter-first", estimatedRows: 0, sql: apiKeyListSql(scope, filters, page, "filter-first", resolved), countSettings: countSettings(filters) };
  }
  let estimatedRows: number | null = null;
  if (needsEstimate(scope, filters)) {
    const explained = await run<{ "QUERY PLAN": unknown }>(apiKeyListSql(scope, filters, page, "ordered", resolved).estimate, LIST_SESSION_SETTINGS);
    estimatedRows = estimatedRowsOf(explained[0]?.["QUERY PLAN"]);
  }
  const strategy = strategyFor(scope, filters, page.sort, estimatedRows);
  return { empty: false, strategy, estimatedRows, sql: apiKeyListSql(scope, filters, page, strategy, resolved), countSettings: countSettings(filters) };
}
