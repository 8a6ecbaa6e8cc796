// Switches between the admin's SBI list and device list.
import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { Translate } from "@/lib/i18n/translate";

export function DeviceTabs({ current, t }: { current: "sbis" | "devices"; t: Translate }) {
  const tabs = [
    { key: "sbis", href: "/admin/devices", label: t("devices.admin.sbisTab") },
    { key: "devices", href: "/admin/devices/list", label: t("devices.admin.devicesTab") },
  ] as const;
  return (
    <nav aria-label={t("devices.admin.tabsLabel")} className="mb-4 flex gap-2 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={cx("-mb-px border-b-2 px-3 py-2 text-sm font-semibold", tab.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
