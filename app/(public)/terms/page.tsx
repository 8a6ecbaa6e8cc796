import { getT } from "@/lib/i18n/server";

export default async function TermsPage() {
  const t = await getT();
  return (
    <article className="max-w-3xl space-y-4 rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("terms.title")}</h1>
      <p>{t("terms.body1")}</p>
      <p>{t("terms.body2")}</p>
      <p>{t("terms.body3")}</p>
    </article>
  );
}
