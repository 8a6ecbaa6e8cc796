import { canReadAllPolicies, partnerPolicyGroupId } from "@/lib/policies/access";
import { mosipPage } from "@/lib/paging";
import { mosipPolicyListQuerySchema, mosipPolicyRow, policyFiltersFromMosip, policySortFromMosip } from "@/lib/policies/mosip";
import { listPolicies } from "@/lib/policies/queries";
import { restRoute } from "@/lib/rest";

// Staff see every policy; a partner sees only the published policies of its own group, whatever it filters on.
export const GET = restRoute({ auth: "user", permission: "policies.read", query: mosipPolicyListQuerySchema }, async ({ principal, query }) => {
  const filters = policyFiltersFromMosip(query);
  if (!canReadAllPolicies(principal)) {
    filters.groupId = (await partnerPolicyGroupId(principal)) ?? "00000000-0000-0000-0000-000000000000";
    filters.status = "PUBLISHED";
  }
  const page = await listPolicies(filters, { page: query.pageNo ?? 0, size: query.pageSize ?? 8, sort: policySortFromMosip(query.sortFieldName), dir: query.sortType ?? "desc" });
  return mosipPage({ ...page, rows: page.rows.map(mosipPolicyRow) });
});
