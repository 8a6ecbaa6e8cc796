import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";
import { mosipTrustChainRow, trustChainQuerySchema, trustStoreFiltersFromMosip, trustStoreSortFromMosip } from "@/lib/trust-store/mosip";
import { listCaCertificates } from "@/lib/trust-store/queries";

export const GET = restRoute({ auth: "user", permission: "trust-store.manage", query: trustChainQuerySchema }, async ({ query }) => {
  const page = await listCaCertificates(trustStoreFiltersFromMosip(query), {
    page: query.pageNo ?? 0,
    size: query.pageSize ?? 8,
    sort: trustStoreSortFromMosip(query.sortFieldName),
    dir: query.sortType ?? "desc",
  });
  const now = new Date();
  return mosipPage({ ...page, rows: page.rows.map((row) => mosipTrustChainRow(row, now)) });
});
