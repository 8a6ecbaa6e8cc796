// MOSIP's V2 SBI deactivation: the owner or the admin; approved devices are deactivated and pending ones rejected with it.
import { assertDeactivateStatus, mosipDeactivateSchema } from "@/lib/devices/mosip";
import { deviceScope } from "@/lib/devices/scope";
import { deactivateSbi } from "@/lib/devices/service";
import { restRoute } from "@/lib/rest";

export const PATCH = restRoute({ auth: "user", body: mosipDeactivateSchema }, async ({ principal, body, params, request }) => {
  assertDeactivateStatus(body.status);
  const result = await deactivateSbi(params.sbiId, deviceScope(principal), { principal, request });
  return {
    sbiId: result.id,
    sbiVersion: result.version,
    status: "deactivated",
    active: false,
    devicesDeactivated: result.deactivatedDevices.map((d) => d.id),
    devicesRejected: result.rejectedDevices.map((d) => d.id),
  };
});
