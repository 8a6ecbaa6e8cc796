import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { isoDay, SBI_MAX_YEARS, utcDay } from "@/lib/devices/sbi-dates";
import { getT } from "@/lib/i18n/server";
import { SbiForm } from "./sbi-form";

export default async function NewSbiPage() {
  const user = await requirePagePermission("devices.own");
  const t = await getT();
  const active = user.partner?.status === "ACTIVE";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("devices.sbi.addTitle")}
        description={t("devices.sbi.addIntro", { years: SBI_MAX_YEARS })}
        actions={
          <ButtonLink href="/devices" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card>{active ? <SbiForm today={isoDay(utcDay(new Date()))} /> : <p className="text-sm text-slate-800">{t("devices.page.inactive")}</p>}</Card>
    </div>
  );
}
