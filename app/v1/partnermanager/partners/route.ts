import { AppError } from "@/lib/errors";
import { mosipRegisterPartnerSchema, partnerDetailsFromMosip } from "@/lib/partners/mosip";
import { registerPartnerForUser, registerPartnerWithAccount } from "@/lib/partners/service";
import { hasPermission } from "@/lib/auth/principal";
import { forbidden } from "@/lib/errors";
import { restRoute } from "@/lib/rest";

// With a token: the signed-in account registers its partner (MOSIP's flow).
// Without one and with a password: self-registration, creating the account too (rate-limited per IP).
export const POST = restRoute({ auth: "optional", body: mosipRegisterPartnerSchema }, async ({ principal, body, request }) => {
  const details = await partnerDetailsFromMosip(body);
  if (principal) {
    if (principal.kind !== "user" || !hasPermission(principal, "partner.register")) throw forbidden();
    const { partner } = await registerPartnerForUser(principal, details, { principal, request });
    return { partnerId: partner.id, status: "InProgress" };
  }
  if (!body.password) {
    throw new AppError("unauthenticated", "KER-ATH-401", "Send a token, or a password to create the account together with the partner.");
  }
  const { partner } = await registerPartnerWithAccount({ ...details, password: body.password }, { principal: null, request });
  return { partnerId: partner.id, status: "InProgress" };
});
