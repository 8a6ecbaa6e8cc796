// Flattens URL search params to single values for the filter schemas (empty strings mean "no filter").
import type { SearchParams } from "@/components/data-table/query-string";

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
}
