// Builds list URLs that keep the current filters while changing one thing (page, size, sort).
export type SearchParams = Record<string, string | string[] | undefined>;

export function withParams(basePath: string, current: SearchParams, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(current)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one) params.set(key, one);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

export function firstValue(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}
