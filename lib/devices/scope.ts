// Whose SBIs and devices a caller may see and act on: an admin all of them, a device provider its own.
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { forbidden } from "@/lib/errors";

export type DeviceScope = { kind: "admin" } | { kind: "provider"; partnerId: string };

export function deviceScope(principal: UserPrincipal): DeviceScope {
  if (hasPermission(principal, "devices.approve")) return { kind: "admin" };
  if (hasPermission(principal, "devices.own") && principal.partner) return { kind: "provider", partnerId: principal.partner.id };
  throw forbidden();
}

/** The provider condition every query of a scoped caller carries; missing and not-yours look the same. */
export function providerWhere(scope: DeviceScope): { providerId?: string } {
  return scope.kind === "provider" ? { providerId: scope.partnerId } : {};
}

/** The caller's own partner id, for actions only a provider takes (adding SBIs and devices). */
export function ownPartnerId(principal: UserPrincipal): string {
  if (!principal.partner || !hasPermission(principal, "devices.own")) throw forbidden();
  return principal.partner.id;
}
