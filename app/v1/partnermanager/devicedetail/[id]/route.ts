// MOSIP's V2 device deactivation: the owner or the admin.
import { assertDeactivateStatus, mosipDeactivateSchema } from "@/lib/devices/mosip";
import { deviceScope } from "@/lib/devices/scope";
import { deactivateDevice } from "@/lib/devices/service";
import { restRoute } from "@/lib/rest";

export const PATCH = restRoute({ auth: "user", body: mosipDeactivateSchema }, async ({ principal, body, params, request }) => {
  assertDeactivateStatus(body.status);
  const result = await deactivateDevice(params.id, deviceScope(principal), { principal, request });
  return { deviceId: result.id, status: "deactivated", active: false };
});
