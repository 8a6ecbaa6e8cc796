import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { ChipForm } from "./chip-form";

export default async function NewChipPage() {
  const user = await requirePagePermission("ftm.own");
  const t = await getT();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("ftm.chip.addTitle")}
        description={t("ftm.chip.addIntro")}
        actions={
          <ButtonLink href="/ftm" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card>{user.partner?.status === "ACTIVE" ? <ChipForm /> : <p className="text-sm text-slate-800">{t("ftm.page.inactive")}</p>}</Card>
    </div>
  );
}
