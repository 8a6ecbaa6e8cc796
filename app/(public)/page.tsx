import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function LandingPage() {
  const t = await getT();
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-3xl font-bold text-slate-900">{t("landing.title")}</h1>
        <p className="mt-3 max-w-3xl text-slate-700">{t("landing.lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/register">{t("landing.registerCta")}</ButtonLink>
          <ButtonLink href="/login" variant="secondary">
            {t("landing.signInCta")}
          </ButtonLink>
        </div>
      </section>
      <ol className="grid gap-4 sm:grid-cols-3">
        {["landing.step1", "landing.step2", "landing.step3"].map((key, index) => (
          <li key={key} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <span className="text-sm font-bold text-brand-700">{index + 1}</span>
            <p className="mt-1 font-medium text-slate-900">{t(key)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
