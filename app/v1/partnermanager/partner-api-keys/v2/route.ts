import { apiKeyFiltersFromMosip, apiKeySortFromMosip, mosipApiKeyRow, partnerApiKeysQuerySchema } from "@/lib/api-keys/mosip";
import { listApiKeys } from "@/lib/api-keys/queries";
import { hasPermission } from "@/lib/auth/principal";
import { forbidden } from "@/lib/errors";
import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";

// Admins see every partner's keys; a partner sees only its own, whatever filters it sends. Never a secret.
export const GET = restRoute({ auth: "user", query: partnerApiKeysQuerySchema }, async ({ principal, query }) => {
  const isAdmin = hasPermission(principal, "api-keys.manage-all");
  if (!isAdmin && !(hasPermission(principal, "api-keys.own") && principal.partner)) throw forbidden();
  const page = await listApiKeys(isAdmin ? {} : { partnerId: principal.partner!.id }, apiKeyFiltersFromMosip(query), {
    page: query.pageNo ?? 0,
    size: query.pageSize ?? 8,
    sort: apiKeySortFromMosip(query.sortFieldName),
    dir: query.sortType ?? "desc",
  });
  return { ...mosipPage({ ...page, rows: page.rows.map(mosipApiKeyRow) }), moreResults: page.totalIsCapped };
});
