import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { SubscriptionForm } from "./subscription-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("webhooks.form.title") };
}

export default async function NewWebhookPage() {
  await requirePagePermission("webhooks.manage");
  const t = await getT();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("webhooks.form.title")} description={t("webhooks.form.intro")} />
      <Card>
        <SubscriptionForm />
      </Card>
    </div>
  );
}
