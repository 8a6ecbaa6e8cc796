import Link from "next/link";
import { redirect } from "next/navigation";
import { currentPrincipal } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (await currentPrincipal()) redirect("/dashboard");
  const t = await getT();
  const callbackUrl = params.callbackUrl?.startsWith("/") && !params.callbackUrl.startsWith("//") ? params.callbackUrl : "/dashboard";
  return (
    <div className="mx-auto max-w-md space-y-6 rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("login.title")}</h1>
      {params.signedOut && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("login.signedOut")}
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-700">
        {t("login.noAccount")}{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline">
          {t("login.registerLink")}
        </Link>
      </p>
    </div>
  );
}
