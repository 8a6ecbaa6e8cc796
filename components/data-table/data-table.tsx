// A server-rendered data table: per-column filters (GET form), sort on every column, paging of 8/16/24/32 rows.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { firstValue, withParams, type SearchParams } from "@/components/data-table/query-string";
import type { Translate } from "@/lib/i18n/translate";
import { PAGE_SIZES, type PageRequest } from "@/lib/paging";

export interface Column<Row> {
  key: string;
  label: string;
  sortable?: boolean;
  render: (row: Row) => ReactNode;
}

export type Filter =
  | { name: string; label: string; type: "text" }
  | { name: string; label: string; type: "select"; options: { value: string; label: string }[] };

interface DataTableProps<Row> {
  caption: string;
  basePath: string;
  searchParams: SearchParams;
  columns: Column<Row>[];
  filters: Filter[];
  rows: Row[];
  rowKey: (row: Row) => string;
  total: number;
  page: PageRequest<string>;
  t: Translate;
}

const controlClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

export function DataTable<Row>({ caption, basePath, searchParams, columns, filters, rows, rowKey, total, page, t }: DataTableProps<Row>) {
  const pages = Math.max(1, Math.ceil(total / page.size));
  const from = total === 0 ? 0 : page.page * page.size + 1;
  const to = Math.min(total, (page.page + 1) * page.size);

  return (
    <div className="space-y-4">
      {filters.length > 0 && (
        <form method="get" action={basePath} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={t("common.filters")}>
          <input type="hidden" name="size" value={page.size} />
          <input type="hidden" name="sort" value={page.sort} />
          <input type="hidden" name="dir" value={page.dir} />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {filters.map((filter) => {
              const id = `filter-${filter.name}`;
              const value = firstValue(searchParams, filter.name) ?? "";
              return (
                <div key={filter.name}>
                  <label htmlFor={id} className="mb-1 block text-xs font-semibold text-slate-700">
                    {filter.label}
                  </label>
                  {filter.type === "text" ? (
                    <input id={id} name={filter.name} defaultValue={value} className={controlClass} />
                  ) : (
                    <select id={id} name={filter.name} defaultValue={value} className={controlClass}>
                      <option value="">{t("common.any")}</option>
                      {filter.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
              );
            })}
          </div>
          <div className="mt-3 flex gap-2">
            <button type="submit" className={buttonClass("primary")}>
              {t("common.apply")}
            </button>
            <Link href={basePath} className={buttonClass("secondary")}>
              {t("common.clear")}
            </Link>
          </div>
        </form>
      )}

      {/* relative: keeps the screen-reader-only sort labels inside the scroll box instead of widening the page. */}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map((column) => {
                const active = page.sort === column.key;
                const nextDir = active && page.dir === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (page.dir === "asc" ? "ascending" : "descending") : undefined}
                    className="whitespace-nowrap px-3 py-2 text-start font-semibold text-slate-800"
                  >
                    {column.sortable === false ? (
                      column.label
                    ) : (
                      <Link
                        href={withParams(basePath, searchParams, { sort: column.key, dir: nextDir, page: undefined })}
                        className="inline-flex items-center gap-1 hover:underline"
                      >
                        {column.label}
                        <span aria-hidden="true" className={cx("text-xs", active ? "text-brand-700" : "text-slate-400")}>
                          {active ? (page.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                        <span className="sr-only">{t("common.sortBy", { column: column.label })}</span>
                      </Link>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-10 text-center text-slate-600">
                  {t("common.noResults")}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)} className="hover:bg-slate-50">
                  {columns.map((column) => (
                    <td key={column.key} className="whitespace-nowrap px-3 py-2 text-slate-800">
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <nav className="flex flex-wrap items-center justify-between gap-3 text-sm" aria-label={t("common.pageOf", { page: page.page + 1, pages })}>
        <p className="text-slate-700" data-testid="table-range">
          {t("common.showing", { from, to, total })}
        </p>
        <div className="flex items-center gap-1">
          <span className="me-1 text-slate-700">{t("common.rowsPerPage")}</span>
          {PAGE_SIZES.map((size) => (
            <Link
              key={size}
              href={withParams(basePath, searchParams, { size, page: undefined })}
              aria-current={size === page.size ? "true" : undefined}
              className={cx("rounded px-2 py-1", size === page.size ? "bg-brand-700 font-semibold text-white" : "text-brand-700 hover:bg-brand-50")}
            >
              {size}
            </Link>
          ))}
        </div>
        <div className="flex items-center gap-2">
          {page.page > 0 ? (
            <Link href={withParams(basePath, searchParams, { page: page.page - 1 })} className={buttonClass("secondary")}>
              {t("common.previous")}
            </Link>
          ) : (
            <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
              {t("common.previous")}
            </span>
          )}
          <span className="text-slate-700">{t("common.pageOf", { page: page.page + 1, pages })}</span>
          {page.page + 1 < pages ? (
            <Link href={withParams(basePath, searchParams, { page: page.page + 1 })} className={buttonClass("secondary")}>
              {t("common.next")}
            </Link>
          ) : (
            <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
              {t("common.next")}
            </span>
          )}
        </div>
      </nav>
    </div>
  );
}

export function TableSkeleton() {
  return (
    <div className="animate-pulse space-y-2" aria-hidden="true">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-9 rounded bg-slate-200" />
      ))}
    </div>
  );
}
