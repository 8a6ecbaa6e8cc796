import { mosipPage } from "@/lib/paging";
import { adminPartnersQuerySchema, mosipAdminPartnerRow, partnerFiltersFromMosip, partnerSortFromMosip } from "@/lib/partners/mosip";
import { listPartners } from "@/lib/partners/queries";
import { restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user", permission: "partners.read", query: adminPartnersQuerySchema }, async ({ query }) => {
  const page = await listPartners(partnerFiltersFromMosip(query), {
    page: query.pageNo ?? 0,
    size: query.pageSize ?? 8,
    sort: partnerSortFromMosip(query.sortFieldName),
    dir: query.sortType ?? "desc",
  });
  return mosipPage({ ...page, rows: page.rows.map(mosipAdminPartnerRow) });
});
