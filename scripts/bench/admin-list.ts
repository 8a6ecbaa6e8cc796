// Times the admin API key list (the app's own listApiKeys: estimate, page and count) over every filter × sort × direction
// at the first and the deepest reachable page, and EXPLAINs what each one runs.
import pg from "pg";
import { LIST_SESSION_SETTINGS, LIST_WINDOW, planListPage } from "../../lib/api-keys/list-sql";
import { API_KEY_SORTS, type ApiKeyFilters, type ApiKeySort } from "../../lib/api-keys/schemas";

export const LIST_FILTERS: Record<string, ApiKeyFilters> = {
  "none": {},
  "status=ACTIVE": { status: "ACTIVE" },
  "status=EXPIRED": { status: "EXPIRED" },
  "status=DEACTIVATED": { status: "DEACTIVATED" },
  "expiring in 30 days": { expiresWithinDays: 30 },
  "partner ~ bp-0123": { partnerId: "bp-0123" },
  "partner ~ bp-012345": { partnerId: "bp-012345" },
  "organisation ~ Telecom": { organizationName: "Telecom" },
  "organisation ~ Harbor Agency 9": { organizationName: "Harbor Agency 9" },
  "label ~ kiosk": { label: "kiosk" },
  "label ~ pilot-3": { label: "pilot-3" },
  "policy ~ auth-policy-3-7": { policyName: "auth-policy-3-7" },
  "policy ~ auth-policy-3": { policyName: "auth-policy-3" },
  "group ~ bench-group-4": { policyGroupName: "bench-group-4" },
  "DEACTIVATED + organisation ~ Telecom": { status: "DEACTIVATED", organizationName: "Telecom" },
  "ACTIVE + label ~ kiosk": { status: "ACTIVE", label: "kiosk" },
  "EXPIRED + group ~ bench-group-4": { status: "EXPIRED", policyGroupName: "bench-group-4" },
};

export interface ListTiming {
  filter: string;
  sort: ApiKeySort;
  dir: "asc" | "desc";
  page: number;
  ms: number;
  total: number;
  capped: boolean;
}

type ListFn = (scope: object, filters: ApiKeyFilters, page: { page: number; size: number; sort: ApiKeySort; dir: "asc" | "desc" }) => Promise<{ total: number; totalIsCapped: boolean }>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function timeAdminList(listApiKeys: ListFn, size = 8): Promise<ListTiming[]> {
  const timings: ListTiming[] = [];
  for (const [name, filters] of Object.entries(LIST_FILTERS)) {
    const first = await listApiKeys({}, filters, { page: 0, size, sort: "createdAt", dir: "desc" });
    const deepest = Math.max(0, Math.ceil(Math.min(first.total, LIST_WINDOW) / size) - 1);
    for (const sort of API_KEY_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        for (const page of deepest > 0 ? [0, deepest] : [0]) {
          const runs: number[] = [];
          let result = first;
          for (let i = 0; i < 3; i++) {
            const start = performance.now();
            result = await listApiKeys({}, filters, { page, size, sort, dir });
            runs.push(performance.now() - start);
          }
          timings.push({ filter: name, sort, dir, page, ms: median(runs), total: result.total, capped: result.totalIsCapped });
        }
      }
    }
  }
  return timings;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements one list page runs, with the app's settings and strategy. */
export async function explainAdminList(url: string, filters: ApiKeyFilters, sort: ApiKeySort, dir: "asc" | "desc", page: number, size = 8): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // One connection: transactions are queued so that concurrent callers (the name resolutions) do not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const inTransaction = <T>(settings: string[], text: string, values: unknown[]): Promise<T[]> => {
    const next = queue.then(async () => {
      await client.query("BEGIN");
      for (const setting of settings) await client.query(setting);
      const result = await client.query(text, values);
      await client.query("COMMIT");
      return result.rows as T[];
    });
    queue = next.catch(() => undefined);
    return next;
  };
  try {
    // The same planning as the app (names resolved to ids, estimate, strategy), then EXPLAIN of what it would run.
    const planned = await planListPage((query, settings) => inTransaction(settings, query.text, query.values), {}, filters, { page, size, sort, dir });
    if (planned.empty) return "no partner or policy matches the name: the page is answered without touching ApiKey";
    const plan = async (settings: string[], text: string, values: unknown[]) =>
      (await inTransaction<Record<string, string>>(settings, `EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).map((r) => r["QUERY PLAN"]).join("\n");
    return [
      `strategy: ${planned.strategy} (estimated matching rows: ${planned.estimatedRows ?? "no filter"})`,
      `-- page`,
      await plan(LIST_SESSION_SETTINGS, planned.sql.rows.text, planned.sql.rows.values),
      `-- count (capped at ${LIST_WINDOW + 1})`,
      await plan(planned.countSettings, planned.sql.count.text, planned.sql.count.values),
    ].join("\n");
  } finally {
    await client.end();
  }
}
