// API key inputs and list parameters, shared by the forms (browser), the server actions and the REST API.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";

export const API_KEY_LABEL_MAX = 64;

export const apiKeyLabelSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(API_KEY_LABEL_MAX, m("validation.tooLong", { max: API_KEY_LABEL_MAX }))
  .regex(/^[\p{L}\p{N} ._:@()/-]+$/u, "validation.apiKeyLabel");

export const generateApiKeySchema = z.object({
  policyId: z.uuid("validation.choose"),
  label: apiKeyLabelSchema,
  // The maximum is configuration (API_KEY_MAX_DAYS); the service checks it and names it in the error.
  validForDays: z
    .number("validation.wholeDays")
    .int("validation.wholeDays")
    .min(1, m("validation.atLeast", { min: 1 }))
    .max(36_500, m("validation.atMost", { max: 36_500 }))
    .optional(),
});
export type GenerateApiKeyInput = z.infer<typeof generateApiKeySchema>;

export const apiKeyIdSchema = z.object({ keyId: z.uuid() });

// Not last use: that column stays out of every index so that stamping it is cheap (see the keys migration). Not the
// policy: a handful of policies hold most keys, so ordering by policy name means sorting each policy's keys; filter by it.
export const API_KEY_SORTS = ["label", "partnerId", "organizationName", "createdAt", "expiresAt", "status"] as const;
export type ApiKeySort = (typeof API_KEY_SORTS)[number];

export const API_KEY_STATUS_FILTERS = ["ACTIVE", "EXPIRED", "DEACTIVATED"] as const;
export type ApiKeyStatusFilter = (typeof API_KEY_STATUS_FILTERS)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const apiKeyFiltersSchema = z.object({
  partnerId: text(36),
  organizationName: text(128),
  label: text(API_KEY_LABEL_MAX),
  policyName: text(128),
  policyGroupName: text(128),
  status: z.enum(API_KEY_STATUS_FILTERS).optional().catch(undefined),
  expiresWithinDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
});
export interface ApiKeyFilters {
  partnerId?: string;
  organizationName?: string;
  label?: string;
  policyName?: string;
  policyGroupName?: string;
  status?: ApiKeyStatusFilter;
  expiresWithinDays?: number;
}
