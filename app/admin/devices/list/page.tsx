import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table/data-table";
import type { SearchParams } from "@/components/data-table/query-string";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { deviceSubTypeLabel, deviceTypeLabel } from "@/lib/devices/labels";
import { listDevices, listDeviceTypes, type DeviceRow } from "@/lib/devices/queries";
import { APPROVAL_STATUSES, DEVICE_SORTS, deviceFiltersSchema } from "@/lib/devices/schemas";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { uiPageRequest } from "@/lib/paging";
import { AdminDeactivateDevice, DecisionButtons } from "../_components/admin-actions";
import { DeviceTabs } from "../_components/tabs";

export default async function AdminDevicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("devices.approve");
  const params = await searchParams;
  const t = await getT();
  const locale = await getLocale();
  const page = uiPageRequest(params, DEVICE_SORTS, "createdAt");
  const filters = deviceFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
  const [result, types] = await Promise.all([listDevices({ kind: "admin" }, filters, page), listDeviceTypes()]);
  const subTypeCodes = [...new Set(types.flatMap((type) => type.subTypes.map((s) => s.code)))];

  const columns: Column<DeviceRow>[] = [
    { key: "providerId", label: t("devices.fields.partnerId"), render: (row) => row.providerId },
    { key: "organizationName", label: t("devices.fields.organizationName"), render: (row) => row.organizationName },
    {
      key: "sbiVersion",
      label: t("devices.fields.sbiVersion"),
      render: (row) => (
        <Link href={`/admin/devices/sbi/${row.sbiId}`} className="text-brand-700 underline">
          {row.sbiVersion}
        </Link>
      ),
    },
    { key: "typeCode", label: t("devices.fields.type"), render: (row) => deviceTypeLabel(t, row.typeCode) },
    { key: "subTypeCode", label: t("devices.fields.subType"), render: (row) => deviceSubTypeLabel(t, row.subTypeCode) },
    { key: "make", label: t("devices.fields.make"), render: (row) => row.make },
    { key: "model", label: t("devices.fields.model"), render: (row) => row.model },
    { key: "status", label: t("devices.fields.status"), render: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`devices.status.${row.status}`)}</Badge> },
    { key: "createdAt", label: t("devices.fields.createdAt"), render: (row) => formatDate(row.createdAt, locale) },
    {
      key: "actions",
      label: t("common.actions"),
      sortable: false,
      render: (row) =>
        row.status === "PENDING_APPROVAL" ? (
          <DecisionButtons kind="device" id={row.id} name={`${row.make} ${row.model}`} />
        ) : row.status === "APPROVED" ? (
          <AdminDeactivateDevice deviceId={row.id} name={`${row.make} ${row.model}`} />
        ) : (
          "—"
        ),
    },
  ];

  return (
    <div>
      <PageHeader title={t("devices.admin.title")} description={t("devices.admin.devicesDescription")} />
      <DeviceTabs current="devices" t={t} />
      <DataTable
        caption={t("devices.admin.devicesTab")}
        basePath="/admin/devices/list"
        searchParams={params}
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        total={result.total}
        page={page}
        t={t}
        filters={[
          { name: "partnerId", label: t("devices.fields.partnerId"), type: "text" },
          { name: "organizationName", label: t("devices.fields.organizationName"), type: "text" },
          { name: "sbiVersion", label: t("devices.fields.sbiVersion"), type: "text" },
          { name: "typeCode", label: t("devices.fields.type"), type: "select", options: types.map((type) => ({ value: type.code, label: deviceTypeLabel(t, type.code) })) },
          { name: "subTypeCode", label: t("devices.fields.subType"), type: "select", options: subTypeCodes.map((code) => ({ value: code, label: deviceSubTypeLabel(t, code) })) },
          { name: "make", label: t("devices.fields.make"), type: "text" },
          { name: "model", label: t("devices.fields.model"), type: "text" },
          { name: "status", label: t("devices.fields.status"), type: "select", options: APPROVAL_STATUSES.map((s) => ({ value: s, label: t(`devices.status.${s}`) })) },
        ]}
      />
    </div>
  );
}
