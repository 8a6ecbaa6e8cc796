// MOSIP's V2 device decision (admin): approved under an approved, unexpired SBI, or rejected.
import { deviceDecisionFromMosip, mosipDeviceApprovalSchema } from "@/lib/devices/mosip";
import { decideDevice } from "@/lib/devices/service";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "devices.approve", body: mosipDeviceApprovalSchema }, async ({ principal, body, params, request }) => {
  const decision = deviceDecisionFromMosip(body.status);
  await decideDevice(params.id, decision, body.comment, { principal, request }, { partnerId: body.partnerId || undefined, sbiId: body.sbiId || undefined });
  return true;
});
