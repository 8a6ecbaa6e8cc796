// The one role → permission map. Server pipelines enforce it; the UI reads it to decide which actions to show.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "partner.register", // register the partner of a signed-in account that has none
  "partner.self", // see and act on one's own partner
  "partner.certificate.upload",
  "partners.read",
  "partners.manage", // deactivate, reactivate, correct the organisation name
  "trust-store.manage",
  "policy-groups.manage",
  "policies.manage",
  "policies.read",
  "policy-requests.create",
  "policy-requests.decide",
  "policy-requests.read-all",
  "api-keys.own",
  "api-keys.manage-all",
  "misp-keys.issue",
  "misp-keys.view-own",
  "devices.own",
  "devices.approve",
  "ftm.own",
  "ftm.approve",
  "audit.read",
  "service-clients.manage",
  "webhooks.manage", // outbound event subscriptions: they send portal data to other systems, so a permission of their own
  "keys.verify",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const PARTNER_BASE: Permission[] = ["partner.register", "partner.self", "partner.certificate.upload"];
const POLICY_PARTNER: Permission[] = [...PARTNER_BASE, "policies.read", "policy-requests.create", "api-keys.own"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  PARTNER_ADMIN: [
    "partners.read",
    "partners.manage",
    "trust-store.manage",
    "policies.read",
    "policy-requests.decide",
    "policy-requests.read-all",
    "api-keys.manage-all",
    "misp-keys.issue",
    "devices.approve",
    "ftm.approve",
    "audit.read",
    "service-clients.manage",
    "webhooks.manage",
  ],
  POLICY_MANAGER: ["policy-groups.manage", "policies.manage", "policies.read"],
  AUTH_PARTNER: POLICY_PARTNER,
  ONLINE_VERIFICATION_PARTNER: POLICY_PARTNER,
  CREDENTIAL_PARTNER: POLICY_PARTNER,
  MANUAL_ADJUDICATION: POLICY_PARTNER,
  ABIS_PARTNER: POLICY_PARTNER,
  DEVICE_PROVIDER: [...PARTNER_BASE, "devices.own"],
  FTM_PROVIDER: [...PARTNER_BASE, "ftm.own"],
  MISP_PARTNER: [...PARTNER_BASE, "misp-keys.view-own"],
};

/** Service clients carry explicit permissions, never roles. */
export const SERVICE_CLIENT_PERMISSIONS: readonly Permission[] = ["keys.verify"];

export const STAFF_ROLES: readonly Role[] = ["PARTNER_ADMIN", "POLICY_MANAGER"];

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}
