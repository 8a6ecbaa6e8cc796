// The audit page's filters as a GET form: the data table's own filters lack date inputs, which a time range needs.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/audit/schemas";
import type { Translate } from "@/lib/i18n/translate";
import type { PageRequest } from "@/lib/paging";

const controlClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

export function AuditFiltersForm({ filters, entityTypes, page, t }: { filters: AuditFilters; entityTypes: string[]; page: PageRequest<string>; t: Translate }) {
  const text = (name: "actor" | "partner" | "entityId" | "action") => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-xs font-semibold text-slate-700">
        {t(`audit.filters.${name}`)}
      </label>
      <input id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ""} className={controlClass} />
    </div>
  );
  const date = (name: "from" | "to") => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-xs font-semibold text-slate-700">
        {t(`audit.filters.${name}`)}
      </label>
      <input id={`filter-${name}`} name={name} type="date" defaultValue={filters[name] ?? ""} className={controlClass} />
    </div>
  );
  return (
    <form method="get" action="/admin/audit" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={t("common.filters")}>
      <input type="hidden" name="size" value={page.size} />
      <input type="hidden" name="sort" value={page.sort} />
      <input type="hidden" name="dir" value={page.dir} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {text("actor")}
        {text("partner")}
        <div>
          <label htmlFor="filter-entityType" className="mb-1 block text-xs font-semibold text-slate-700">
            {t("audit.filters.entityType")}
          </label>
          <select id="filter-entityType" name="entityType" defaultValue={filters.entityType ?? ""} className={controlClass}>
            <option value="">{t("common.any")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        {text("entityId")}
        {text("action")}
        {date("from")}
        {date("to")}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.apply")}
        </button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>
          {t("common.clear")}
        </Link>
      </div>
    </form>
  );
}
