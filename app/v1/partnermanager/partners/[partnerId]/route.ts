import { hasPermission } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";
import { mosipPartnerView, partnerStatusPatchSchema } from "@/lib/partners/mosip";
import { getPartner } from "@/lib/partners/queries";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/service";
import { restRoute } from "@/lib/rest";

// The partner itself or an admin; anyone else is told "not found", so ids cannot be probed.
export const GET = restRoute({ auth: "user" }, async ({ principal, params }) => {
  const isOwn = principal.partner?.id === params.partnerId;
  if (!isOwn && !hasPermission(principal, "partners.read")) throw notFound(`Partner ${params.partnerId}`, "PMS_PRT_005");
  const partner = await getPartner(params.partnerId);
  if (!partner) throw notFound(`Partner ${params.partnerId}`, "PMS_PRT_005");
  return mosipPartnerView(partner);
});

export const PATCH = restRoute({ auth: "user", permission: "partners.manage", body: partnerStatusPatchSchema }, async ({ principal, params, body, request }) => {
  const actor = { principal, request };
  const result = body.status === "de-active" ? await deactivatePartner(params.partnerId, actor) : await reactivatePartner(params.partnerId, actor);
  return { message: `Partner ${result.partnerId} is now ${result.status === "DEACTIVATED" ? "De-Active" : result.status === "ACTIVE" ? "Active" : "pending its certificate"}.` };
});
