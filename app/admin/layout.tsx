import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePagePermission } from "@/lib/auth";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePagePermission("partners.read");
  return <AppShell user={user}>{children}</AppShell>;
}
