import { hasPermission } from "@/lib/auth/principal";
import { AppError, forbidden } from "@/lib/errors";
import { mispListQuerySchema, mispSortFromMosip, mosipIssueMispLicenseSchema, mosipMispLicenseRow, mosipStatusFilter, mosipUpdateMispLicenseSchema } from "@/lib/misp/mosip";
import { findMispLicenseByKey, listMispLicenses } from "@/lib/misp/queries";
import { deactivateMispLicense, issueMispLicense } from "@/lib/misp/service";
import { mosipPage } from "@/lib/paging";
import { restRoute } from "@/lib/rest";

// Admin: issue (or, with reissue, replace) a MISP partner's license key. The key is in this answer and nowhere else, ever.
export const POST = restRoute({ auth: "user", permission: "misp-keys.issue", body: mosipIssueMispLicenseSchema }, async ({ principal, body, request }) => {
  const { secret, license } = await issueMispLicense(body.providerId, { reissue: body.reissue }, { principal, request });
  return { providerId: license.partnerId, licenseKey: secret, licenseKeyStatus: "Active", licenseKeyExpiry: license.expiresAt.toISOString() };
});

// Admin: deactivate a key named by its value (MOSIP's contract). There is no way back: issue a new key instead.
export const PUT = restRoute({ auth: "user", permission: "misp-keys.issue", body: mosipUpdateMispLicenseSchema }, async ({ principal, body, request }) => {
  const license = await findMispLicenseByKey(body.providerId, body.licenseKey);
  if (body.licenseKeyStatus === "active") {
    if (license.status !== "ACTIVE") throw new AppError("conflict", "PMS_MSP_423", "A deactivated MISP license key cannot be reactivated; issue a new one.");
    return { providerId: body.providerId, licenseKeyStatus: "Active" };
  }
  await deactivateMispLicense(license.id, { principal, request });
  return { providerId: body.providerId, licenseKeyStatus: "De-Active" };
});

// Admin: every license; a MISP partner: its own. Status and expiry only.
export const GET = restRoute({ auth: "user", query: mispListQuerySchema }, async ({ principal, query }) => {
  const isAdmin = hasPermission(principal, "misp-keys.issue");
  if (!isAdmin && !(hasPermission(principal, "misp-keys.view-own") && principal.partner)) throw forbidden();
  const page = await listMispLicenses(
    { partnerId: query.providerId || undefined, organizationName: query.orgName || undefined, status: mosipStatusFilter(query.licenseKeyStatus) },
    { page: query.pageNo ?? 0, size: query.pageSize ?? 100, sort: mispSortFromMosip(query.sortFieldName), dir: query.sortType ?? "desc" },
    isAdmin ? {} : { partnerId: principal.partner!.id },
  );
  return mosipPage({ ...page, rows: page.rows.map(mosipMispLicenseRow) });
});
