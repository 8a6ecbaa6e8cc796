// MISP license key inputs and list parameters, shared by the admin forms, the server actions and the REST API.
import { z } from "zod";
import { partnerIdSchema } from "@/lib/partners/schemas";

export const issueMispLicenseSchema = z.object({
  partnerId: partnerIdSchema,
  /** Replace the current key: it is deactivated in the same transaction. */
  reissue: z.boolean().optional(),
});
export type IssueMispLicenseInput = z.infer<typeof issueMispLicenseSchema>;

export const mispLicenseIdSchema = z.object({ licenseId: z.uuid() });

export const MISP_LICENSE_SORTS = ["partnerId", "organizationName", "status", "createdAt", "expiresAt"] as const;
export type MispLicenseSort = (typeof MISP_LICENSE_SORTS)[number];

export const MISP_STATUS_FILTERS = ["ACTIVE", "EXPIRED", "DEACTIVATED"] as const;

export const mispLicenseFiltersSchema = z.object({
  partnerId: z.string().trim().max(36).optional().transform((v) => v || undefined),
  organizationName: z.string().trim().max(128).optional().transform((v) => v || undefined),
  status: z.enum(MISP_STATUS_FILTERS).optional().catch(undefined),
});
export interface MispLicenseFilters {
  partnerId?: string;
  organizationName?: string;
  status?: (typeof MISP_STATUS_FILTERS)[number];
}
