// MOSIP's FTM chip endpoints: a provider registers a chip, the admin decides, both list (scoped).
import { ftmPartnerNotYours } from "@/lib/ftm/errors";
import { chipFiltersFromMosip, chipSortFromMosip, mosipChipApprovalSchema, mosipChipListQuerySchema, mosipChipRow, mosipCreateChipSchema } from "@/lib/ftm/mosip";
import { listChips } from "@/lib/ftm/queries";
import { chipScope, ownFtmPartnerId } from "@/lib/ftm/scope";
import { createChip, decideChip } from "@/lib/ftm/service";
import { UNPAGED_LIMIT } from "@/lib/devices/mosip";
import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "ftm.own", body: mosipCreateChipSchema }, async ({ principal, body, request }) => {
  const partnerId = ownFtmPartnerId(principal);
  if (body.ftpProviderId !== partnerId) throw ftmPartnerNotYours(body.ftpProviderId);
  const chip = await createChip(partnerId, { make: body.make, model: body.model }, { principal, request });
  return { id: chip.id };
});

export const PATCH = restRoute({ auth: "user", permission: "ftm.approve", body: mosipChipApprovalSchema }, async ({ principal, body, request }) => {
  const result = await decideChip(body.ftpChipDetailId, body.approvalStatus ? "APPROVE" : "REJECT", body.comment, { principal, request });
  return `FTM chip ${result.id} is ${result.status === "APPROVED" ? "approved" : "rejected"}.`;
});

// A plain list without pageNo/pageSize (MOSIP's /ftpchipdetail); MOSIP's page shape with them.
export const GET = restRoute({ auth: "user", query: mosipChipListQuerySchema }, async ({ principal, query }) => {
  const paged = query.pageNo !== undefined;
  const page = await listChips(chipScope(principal), chipFiltersFromMosip(query), {
    page: query.pageNo ?? 0,
    size: query.pageSize ?? UNPAGED_LIMIT,
    sort: chipSortFromMosip(query.sortFieldName),
    dir: query.sortType ?? "desc",
  });
  const rows = page.rows.map(mosipChipRow);
  return paged ? mosipPage({ ...page, rows }) : rows;
});
