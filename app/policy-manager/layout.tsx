import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePagePermission } from "@/lib/auth";

export default async function PolicyManagerLayout({ children }: { children: ReactNode }) {
  const user = await requirePagePermission("policy-groups.manage");
  return <AppShell user={user}>{children}</AppShell>;
}
