// MOSIP's V2 devices of an SBI: the provider adds one under its approved SBI; the provider or the admin lists them.
import { partnerNotYours, sbiNotFound } from "@/lib/devices/errors";
import { mosipAddDeviceSchema, mosipSbiDeviceRow } from "@/lib/devices/mosip";
import { getSbi, listSbiDevices } from "@/lib/devices/queries";
import { deviceScope, ownPartnerId } from "@/lib/devices/scope";
import { addDevices } from "@/lib/devices/service";
import { restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "user", permission: "devices.own", body: mosipAddDeviceSchema }, async ({ principal, body, params, request }) => {
  const partnerId = ownPartnerId(principal);
  if (body.deviceProviderId !== partnerId) throw partnerNotYours(body.deviceProviderId);
  const [device] = await addDevices(
    partnerId,
    params.sbiId,
    [{ typeCode: body.deviceTypeCode, subTypeCode: body.deviceSubTypeCode, make: body.make, model: body.model }],
    { principal, request },
  );
  return { id: device.id };
});

export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const scope = deviceScope(principal);
  if (!(await getSbi(scope, params.sbiId))) throw sbiNotFound(params.sbiId);
  return (await listSbiDevices(scope, params.sbiId)).map(mosipSbiDeviceRow);
});
