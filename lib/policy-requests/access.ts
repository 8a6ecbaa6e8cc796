// Who may act for a partner on the REST API: the partner's own users (with the partner permission) or staff (with the staff one).
import "server-only";
import { hasPermission, type UserPrincipal } from "@/lib/auth/principal";
import { forbidden, notFound } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";

/** Another partner's id is "not found" (never "forbidden"), so partner ids cannot be probed. */
export function assertActsForPartner(principal: UserPrincipal, partnerId: string, own: Permission, staff: Permission | null): void {
  if (staff && hasPermission(principal, staff)) return;
  if (principal.partner?.id === partnerId && hasPermission(principal, own)) return;
  if (principal.partner || hasPermission(principal, own)) throw notFound(`Partner ${partnerId}`, "PMS_PRT_005");
  throw forbidden();
}
