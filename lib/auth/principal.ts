// Who is calling: a signed-in user (with the partner they act for, if any) or a service client.
import type { Locale, PartnerStatus, PartnerTypeCode, Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/permissions";
import { can, SERVICE_CLIENT_PERMISSIONS } from "@/lib/permissions";

export interface PartnerRef {
  id: string;
  typeCode: PartnerTypeCode;
  status: PartnerStatus;
  organizationName: string;
}

export interface UserPrincipal {
  kind: "user";
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  partner: PartnerRef | null;
}

export interface ClientPrincipal {
  kind: "client";
  sessionId: string;
  serviceClientId: string;
  clientId: string;
  permissions: Permission[];
}

export type Principal = UserPrincipal | ClientPrincipal;

export function hasPermission(principal: Principal, permission: Permission): boolean {
  if (principal.kind === "client") {
    return principal.permissions.includes(permission) && SERVICE_CLIENT_PERMISSIONS.includes(permission);
  }
  return can(principal.roles, permission);
}

export function actorLabel(principal: Principal | null): string {
  if (!principal) return "anonymous";
  return principal.kind === "user" ? principal.email : `client:${principal.clientId}`;
}
