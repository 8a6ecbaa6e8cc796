"use server";
// Server actions for MISP license keys (admin): thin wrappers over lib/misp/service.ts.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { issueMispLicenseSchema, mispLicenseIdSchema } from "@/lib/misp/schemas";
import { deactivateMispLicense, issueMispLicense } from "@/lib/misp/service";

/** The license key travels back once, in this answer. */
export const issueMispLicenseAction = action({ schema: issueMispLicenseSchema, permission: "misp-keys.issue" }, async (input, ctx) => {
  const result = await issueMispLicense(input.partnerId, { reissue: input.reissue }, ctx);
  revalidatePath("/admin/misp");
  return { secret: result.secret, partnerId: result.license.partnerId, masked: result.license.masked, expiresAt: result.license.expiresAt.toISOString() };
});

export const deactivateMispLicenseAction = action({ schema: mispLicenseIdSchema, permission: "misp-keys.issue" }, async ({ licenseId }, ctx) => {
  const result = await deactivateMispLicense(licenseId, ctx);
  revalidatePath("/admin/misp");
  return result;
});
