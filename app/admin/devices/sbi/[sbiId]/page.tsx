import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { deviceSubTypeLabel, deviceTypeLabel } from "@/lib/devices/labels";
import { getSbi, listSbiDevices } from "@/lib/devices/queries";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { AdminDeactivateDevice, AdminDeactivateSbi, DecisionButtons } from "../../_components/admin-actions";

export default async function AdminSbiPage({ params }: { params: Promise<{ sbiId: string }> }) {
  await requirePagePermission("devices.approve");
  const { sbiId } = await params;
  const scope = { kind: "admin" as const };
  const sbi = await getSbi(scope, sbiId);
  if (!sbi) notFound();
  const devices = await listSbiDevices(scope, sbi.id);
  const t = await getT();
  const locale = await getLocale();
  const deviceName = (d: (typeof devices)[number]) => `${d.make} ${d.model}`;
  const sbiName = t("devices.sbi.cardTitle", { version: sbi.version });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("devices.admin.sbiTitle", { version: sbi.version, partnerId: sbi.providerId })}
        description={sbi.organizationName}
        actions={
          <ButtonLink href="/admin/devices" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card
        title={t("common.details")}
        actions={
          <span className="flex gap-1" data-testid="sbi-status">
            <Badge tone={STATUS_TONES[sbi.status]}>{t(`devices.status.${sbi.status}`)}</Badge>
            {sbi.isExpired && <Badge tone="danger">{t("devices.sbi.expired")}</Badge>}
          </span>
        }
      >
        <DefinitionList
          items={[
            {
              label: t("devices.fields.partnerId"),
              value: (
                <Link href={`/admin/partners/${encodeURIComponent(sbi.providerId)}`} className="text-brand-700 underline">
                  {sbi.providerId}
                </Link>
              ),
            },
            { label: t("devices.fields.organizationName"), value: sbi.organizationName },
            { label: t("devices.fields.version"), value: sbi.version },
            { label: t("devices.fields.binaryHash"), value: <span className="break-all font-mono text-xs">{sbi.binaryHash}</span> },
            { label: t("devices.fields.swCreatedAt"), value: formatDate(sbi.swCreatedAt, locale) },
            { label: t("devices.fields.swExpiresAt"), value: formatDate(sbi.swExpiresAt, locale) },
            { label: t("devices.fields.createdAt"), value: formatDate(sbi.createdAt, locale) },
            { label: t("devices.fields.devices"), value: t("devices.sbi.counts", { total: sbi.devices.total, approved: sbi.devices.approved, pending: sbi.devices.pending }) },
            ...(sbi.adminComment ? [{ label: t("devices.fields.adminComment"), value: sbi.adminComment }] : []),
          ]}
        />
        <div className="mt-4">
          {sbi.status === "PENDING_APPROVAL" && (
            <DecisionButtons
              kind="sbi"
              id={sbi.id}
              name={sbiName}
              approveBlockedReason={sbi.isExpired ? t("devices.admin.expiredCannotApprove", { date: formatDate(sbi.swExpiresAt, locale) }) : undefined}
            />
          )}
          {sbi.status === "APPROVED" && (
            <AdminDeactivateSbi
              sbiId={sbi.id}
              version={sbi.version}
              toDeactivate={devices.filter((d) => d.status === "APPROVED").map(deviceName)}
              toReject={devices.filter((d) => d.status === "PENDING_APPROVAL").map(deviceName)}
            />
          )}
        </div>
      </Card>

      <Card title={t("devices.device.listTitle")}>
        {devices.length === 0 ? (
          <p className="text-sm text-slate-600">{t("devices.device.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="sbi-devices">
              <caption className="sr-only">{t("devices.device.listTitle")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {["type", "subType", "make", "model", "status", "createdAt", "adminComment", "actions"].map((key) => (
                    <th key={key} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-semibold text-slate-800">
                      {key === "actions" ? t("common.actions") : t(`devices.fields.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {devices.map((d) => (
                  <tr key={d.id} data-testid="device-row" data-model={d.model}>
                    <td className="px-3 py-2">{deviceTypeLabel(t, d.typeCode)}</td>
                    <td className="px-3 py-2">{deviceSubTypeLabel(t, d.subTypeCode)}</td>
                    <td className="px-3 py-2">{d.make}</td>
                    <td className="px-3 py-2">{d.model}</td>
                    <td className="px-3 py-2">
                      <Badge tone={STATUS_TONES[d.status]}>{t(`devices.status.${d.status}`)}</Badge>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(d.createdAt, locale)}</td>
                    <td className="px-3 py-2">{d.adminComment ?? "—"}</td>
                    <td className="px-3 py-2">
                      {d.status === "PENDING_APPROVAL" ? (
                        <DecisionButtons
                          kind="device"
                          id={d.id}
                          name={deviceName(d)}
                          approveBlockedReason={sbi.status !== "APPROVED" || sbi.isExpired ? t("devices.admin.sbiNotUsable") : undefined}
                        />
                      ) : d.status === "APPROVED" ? (
                        <AdminDeactivateDevice deviceId={d.id} name={deviceName(d)} />
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
