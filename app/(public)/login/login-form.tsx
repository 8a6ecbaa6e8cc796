"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

function describeError(raw: string, t: (key: string, params?: Record<string, string>) => string): string {
  try {
    const error = JSON.parse(raw) as { code: string; message: string; params: Record<string, string> };
    if (error.code === "KER-ATH-429" && error.params.until) {
      return t("login.lockedUntil", { time: new Date(error.params.until).toLocaleString() });
    }
    if (error.code === "PMS_PMP_016") return t("login.deactivated");
    return t("login.failed");
  } catch {
    return t("login.failed");
  }
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      identifier: String(form.get("identifier") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(describeError(result?.error ?? "", t));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert>{error}</FormAlert>
      <Field id="identifier" label={t("login.identifier")} required requiredLabel={t("common.required")}>
        <input name="identifier" autoComplete="username" className={inputClass} required />
      </Field>
      <Field id="password" label={t("login.password")} required requiredLabel={t("common.required")}>
        <input name="password" type="password" autoComplete="current-password" className={inputClass} required />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.loading") : t("login.submit")}
      </Button>
    </form>
  );
}
