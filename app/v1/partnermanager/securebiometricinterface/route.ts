// MOSIP's SBI endpoints: a provider registers an SBI, anyone with device rights lists (scoped), the admin decides.
import { partnerNotYours } from "@/lib/devices/errors";
import {
  mosipCreateSbiSchema,
  mosipPageRequest,
  mosipSbiApprovalSchema,
  mosipSbiListQuerySchema,
  mosipSbiRow,
  sbiDecisionFromMosip,
  sbiFiltersFromMosip,
  sbiSortFromMosip,
} from "@/lib/devices/mosip";
import { listSbis } from "@/lib/devices/queries";
import { deviceScope, ownPartnerId } from "@/lib/devices/scope";
import { createSbi, decideSbi } from "@/lib/devices/service";
import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "devices.own", body: mosipCreateSbiSchema }, async ({ principal, body, request }) => {
  const partnerId = ownPartnerId(principal);
  if (body.providerId !== partnerId) throw partnerNotYours(body.providerId);
  const sbi = await createSbi(
    partnerId,
    { version: body.swVersion, binaryHash: body.swBinaryHash, swCreatedAt: body.swCreateDateTime, swExpiresAt: body.swExpiryDateTime },
    { principal, request },
  );
  return { id: sbi.id };
});

export const GET = restRoute({ auth: "user", query: mosipSbiListQuerySchema }, async ({ principal, query }) => {
  const page = await listSbis(deviceScope(principal), sbiFiltersFromMosip(query), mosipPageRequest(query, sbiSortFromMosip(query.sortFieldName)));
  return mosipPage({ ...page, size: query.pageSize ?? page.rows.length, rows: page.rows.map(mosipSbiRow) });
});

export const PATCH = restRoute({ auth: "user", permission: "devices.approve", body: mosipSbiApprovalSchema }, async ({ principal, body, request }) => {
  const decision = sbiDecisionFromMosip(body.approvalStatus);
  const result = await decideSbi(body.id, decision, body.comment, { principal, request });
  return `SBI ${result.id} is ${result.status === "APPROVED" ? "approved" : "rejected"}.`;
});
