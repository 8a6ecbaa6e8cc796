// MOSIP's device list: server-paged with its filters; an admin sees every device, a provider its own.
import { deviceFiltersFromMosip, deviceSortFromMosip, mosipDeviceListQuerySchema, mosipDeviceRow, mosipPageRequest } from "@/lib/devices/mosip";
import { listDevices } from "@/lib/devices/queries";
import { deviceScope } from "@/lib/devices/scope";
import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";

export const GET = restRoute({ auth: "user", query: mosipDeviceListQuerySchema }, async ({ principal, query }) => {
  const page = await listDevices(deviceScope(principal), deviceFiltersFromMosip(query), mosipPageRequest(query, deviceSortFromMosip(query.sortFieldName)));
  return mosipPage({ ...page, size: query.pageSize ?? page.rows.length, rows: page.rows.map(mosipDeviceRow) });
});
