import { hasPermission } from "@/lib/auth/principal";
import { forbidden } from "@/lib/errors";
import { mosipPage } from "@/lib/paging";
import { mosipPolicyRequestRow, mosipPolicyRequestsQuerySchema, requestFiltersFromMosip, requestSortFromMosip } from "@/lib/policy-requests/mosip";
import { listPolicyRequests } from "@/lib/policy-requests/queries";
import { restRoute } from "@/lib/rest";

// Admins see every request; a partner sees only its own (MOSIP: "non-admins see only their own").
export const GET = restRoute({ auth: "user", query: mosipPolicyRequestsQuerySchema }, async ({ principal, query }) => {
  let scope: { partnerId?: string } = {};
  if (!hasPermission(principal, "policy-requests.read-all")) {
    if (!principal.partner || !hasPermission(principal, "policy-requests.create")) throw forbidden();
    scope = { partnerId: principal.partner.id };
  }
  const page = await listPolicyRequests(
    requestFiltersFromMosip(query),
    { page: query.pageNo ?? 0, size: query.pageSize ?? 8, sort: requestSortFromMosip(query.sortFieldName), dir: query.sortType ?? (query.sortFieldName ? "desc" : "asc") },
    scope,
  );
  return mosipPage({ ...page, rows: page.rows.map(mosipPolicyRequestRow) });
});
