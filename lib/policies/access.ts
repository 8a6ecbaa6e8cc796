// Which policies a caller may read: staff read every policy; a partner reads only the published (or deactivated) policies of its own group.
import "server-only";
import { hasPermission, type UserPrincipal } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";
import { getPartner } from "@/lib/partners/queries";

export function canReadAllPolicies(principal: UserPrincipal): boolean {
  return hasPermission(principal, "policies.manage") || hasPermission(principal, "policy-requests.read-all");
}

/** The policy group whose published policies a partner user may read, or null (not a partner, or no group). */
export async function partnerPolicyGroupId(principal: UserPrincipal): Promise<string | null> {
  if (!principal.partner) return null;
  return (await getPartner(principal.partner.id))?.policyGroupId ?? null;
}

export async function assertPolicyReadable<P extends { id: string; status: string; policyGroupId: string }>(principal: UserPrincipal, policy: P | null, code = "PMS_POL_008"): Promise<P> {
  if (policy && canReadAllPolicies(principal)) return policy;
  if (policy && policy.status !== "DRAFT" && policy.policyGroupId === (await partnerPolicyGroupId(principal))) return policy;
  throw notFound(`Policy ${policy?.id ?? ""}`.trim(), code);
}
