import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.body")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("common.back")}
      </ButtonLink>
    </main>
  );
}
