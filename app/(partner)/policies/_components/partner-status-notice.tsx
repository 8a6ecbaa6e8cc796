// Tells a partner that is not ACTIVE why it cannot request policies yet.
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";

export async function PartnerStatusNotice({ status }: { status: string }) {
  if (status === "ACTIVE") return null;
  const t = await getT();
  return (
    <Card className="border-amber-300 bg-amber-50">
      <p className="text-sm text-slate-800" data-testid="partner-not-active">
        {status === "DEACTIVATED" ? t("policies.partner.deactivated") : t("policies.partner.notActive")}
      </p>
    </Card>
  );
}
