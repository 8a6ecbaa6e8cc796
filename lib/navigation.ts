// The side navigation: an entry shows when the user holds its permission (the pages check again on the server).
import type { Permission } from "@/lib/permissions";

export interface NavItem {
  href: string;
  labelKey: string;
  permission: Permission | null;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", labelKey: "nav.dashboard", permission: null },
  { href: "/admin/partners", labelKey: "nav.partners", permission: "partners.read" },
  { href: "/policy-manager", labelKey: "nav.policyGroups", permission: "policy-groups.manage" },
  // nav:certificates
  // nav:policies
  // nav:keys
  // nav:devices
  // nav:notifications
];
