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
  { href: "/certificate", labelKey: "nav.certificate", permission: "partner.certificate.upload" },
  { href: "/admin/trust-store", labelKey: "nav.trustStore", permission: "trust-store.manage" },
  // nav:policies
  { href: "/policy-manager/policies", labelKey: "nav.policies", permission: "policies.manage" },
  { href: "/policies", labelKey: "nav.myPolicies", permission: "policy-requests.create" },
  { href: "/admin/policy-requests", labelKey: "nav.policyRequests", permission: "policy-requests.decide" },
  // nav:keys
  { href: "/api-keys", labelKey: "nav.apiKeys", permission: "api-keys.own" },
  { href: "/misp", labelKey: "nav.misp", permission: "misp-keys.view-own" },
  { href: "/admin/api-keys", labelKey: "nav.adminApiKeys", permission: "api-keys.manage-all" },
  { href: "/admin/misp", labelKey: "nav.adminMisp", permission: "misp-keys.issue" },
  { href: "/admin/service-clients", labelKey: "nav.serviceClients", permission: "service-clients.manage" },
  // nav:devices
  { href: "/devices", labelKey: "nav.devices", permission: "devices.own" },
  { href: "/ftm", labelKey: "nav.ftm", permission: "ftm.own" },
  { href: "/admin/devices", labelKey: "nav.adminDevices", permission: "devices.approve" },
  { href: "/admin/ftm", labelKey: "nav.adminFtm", permission: "ftm.approve" },
  // nav:notifications
  { href: "/notifications", labelKey: "nav.notifications", permission: null },
  { href: "/admin/audit", labelKey: "nav.audit", permission: "audit.read" },
  { href: "/admin/webhooks", labelKey: "nav.webhooks", permission: "webhooks.manage" },
];
