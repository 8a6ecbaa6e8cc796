// Whose FTM chips a caller may see and act on: an admin all of them, an FTM provider its own.
import type { UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { forbidden } from "@/lib/errors";

export type ChipScope = { kind: "admin" } | { kind: "provider"; partnerId: string };

export function chipScope(principal: UserPrincipal): ChipScope {
  if (hasPermission(principal, "ftm.approve")) return { kind: "admin" };
  if (hasPermission(principal, "ftm.own") && principal.partner) return { kind: "provider", partnerId: principal.partner.id };
  throw forbidden();
}

export function chipProviderWhere(scope: ChipScope): { providerId?: string } {
  return scope.kind === "provider" ? { providerId: scope.partnerId } : {};
}

export function ownFtmPartnerId(principal: UserPrincipal): string {
  if (!principal.partner || !hasPermission(principal, "ftm.own")) throw forbidden();
  return principal.partner.id;
}
