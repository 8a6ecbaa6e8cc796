// Server-side paging and sorting shared by every admin list, in the UI's and MOSIP's spellings.
import { z } from "zod";

export const PAGE_SIZES = [8, 16, 24, 32] as const;

export interface PageRequest<S extends string> {
  page: number; // 0-based
  size: number;
  sort: S;
  dir: "asc" | "desc";
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  size: number;
}

/** Parses `page`, `size`, `sort`, `dir` from URL search params (UI lists), falling back to defaults on junk. */
export function uiPageRequest<S extends string>(
  params: Record<string, string | string[] | undefined>,
  sortable: readonly S[],
  defaultSort: S,
  defaultDir: "asc" | "desc" = "desc",
): PageRequest<S> {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]?.[0] : params[k]) as string | undefined;
  const size = Number(one("size"));
  const page = Number(one("page"));
  const sort = one("sort") as S | undefined;
  const dir = one("dir");
  return {
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    sort: sort && sortable.includes(sort) ? sort : defaultSort,
    dir: dir === "asc" || dir === "desc" ? dir : defaultDir,
  };
}

/** MOSIP's paging query: pageNo (0-based), pageSize, sortFieldName, sortType; they must come in pairs. */
export function mosipPagingSchema<S extends string>(sortable: readonly [S, ...S[]]) {
  return z
    .object({
      pageNo: z.coerce.number().int().min(0).optional(),
      pageSize: z.coerce.number().int().min(1).max(500).optional(),
      sortFieldName: z.enum(sortable).optional(),
      sortType: z
        .string()
        .transform((v) => v.toLowerCase())
        .pipe(z.enum(["asc", "desc"]))
        .optional(),
    })
    .superRefine((v, ctx) => {
      if ((v.pageNo === undefined) !== (v.pageSize === undefined)) {
        ctx.addIssue({ code: "custom", message: "pageNo and pageSize must be given together (PMS_PS_ERROR_006)" });
      }
      if ((v.sortFieldName === undefined) !== (v.sortType === undefined)) {
        ctx.addIssue({ code: "custom", message: "sortFieldName and sortType must be given together (PMS_PS_ERROR_007)" });
      }
    });
}

export function fromMosipPaging<S extends string>(
  q: { pageNo?: number; pageSize?: number; sortFieldName?: S; sortType?: "asc" | "desc" },
  defaultSort: S,
): PageRequest<S> {
  return { page: q.pageNo ?? 0, size: q.pageSize ?? 8, sort: q.sortFieldName ?? defaultSort, dir: q.sortType ?? "desc" };
}

export function mosipPage<T>(page: Page<T>) {
  return { pageNo: page.page, pageSize: page.size, totalResults: page.total, data: page.rows };
}

/** Case-insensitive "contains" filter, as MOSIP's lists do. */
export function contains(value: string | undefined) {
  return value ? { contains: value, mode: "insensitive" as const } : undefined;
}
