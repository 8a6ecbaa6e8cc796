import { redirect } from "next/navigation";
import { currentPrincipal } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { PARTNER_TYPES } from "@/lib/partners/partner-types";
import { listActivePolicyGroups } from "@/lib/policy-groups/queries";
import { RegisterForm } from "./register-form";

export default async function RegisterPage() {
  const principal = await currentPrincipal();
  if (principal?.kind === "user" && principal.partner) redirect("/dashboard");
  const t = await getT();
  const groups = await listActivePolicyGroups();
  // A signed-in account without a partner registers its partner without creating another account.
  const signedInRoles = principal?.kind === "user" ? principal.roles : null;
  const types = PARTNER_TYPES.filter((type) => !signedInRoles || signedInRoles.includes(type.role)).map((type) => ({
    code: type.code,
    needsPolicyGroup: type.needsPolicyGroup,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6 rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <div>
        <h1 className="text-2xl font-bold">{t("register.title")}</h1>
        <p className="mt-1 text-slate-700">{t("register.intro")}</p>
      </div>
      <RegisterForm
        mode={signedInRoles ? "existing-account" : "new-account"}
        types={types}
        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        defaultEmail={principal?.kind === "user" ? principal.email : undefined}
      />
    </div>
  );
}
