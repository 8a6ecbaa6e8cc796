// MOSIP's V2 chip deactivation: the owner or the admin.
import { assertDeactivateStatus } from "@/lib/devices/mosip";
import { mosipChipDeactivateSchema } from "@/lib/ftm/mosip";
import { chipScope } from "@/lib/ftm/scope";
import { deactivateChip } from "@/lib/ftm/service";
import { restRoute } from "@/lib/rest";

export const PATCH = restRoute({ auth: "user", body: mosipChipDeactivateSchema }, async ({ principal, body, params, request }) => {
  assertDeactivateStatus(body.status);
  const result = await deactivateChip(params.ftmId, chipScope(principal), { principal, request });
  return { ftmId: result.id, status: "deactivated", active: false };
});
