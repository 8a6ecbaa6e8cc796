import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { deviceSubTypeLabel, deviceTypeLabel } from "@/lib/devices/labels";
import { getSbi, listDeviceTypes } from "@/lib/devices/queries";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { DevicesForm } from "./devices-form";

export default async function NewDevicesPage({ params }: { params: Promise<{ sbiId: string }> }) {
  const user = await requirePagePermission("devices.own");
  if (!user.partner) notFound();
  const { sbiId } = await params;
  const sbi = await getSbi({ kind: "provider", partnerId: user.partner.id }, sbiId);
  if (!sbi) notFound();
  const t = await getT();
  const locale = await getLocale();
  const types = (await listDeviceTypes()).map((type) => ({
    code: type.code,
    label: deviceTypeLabel(t, type.code),
    subTypes: type.subTypes.map((s) => ({ code: s.code, label: deviceSubTypeLabel(t, s.code) })),
  }));
  const open = sbi.status === "APPROVED" && !sbi.isExpired;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("devices.device.addTitle", { version: sbi.version })}
        description={t("devices.device.addIntro", { date: formatDate(sbi.swExpiresAt, locale) })}
        actions={
          <ButtonLink href={`/devices/sbi/${sbi.id}`} variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card>{open ? <DevicesForm sbiId={sbi.id} types={types} /> : <p className="text-sm text-slate-800">{t("devices.device.closed")}</p>}</Card>
    </div>
  );
}
