// Filters of the admin audit page and its CSV export (the same filters, so the export holds what the page shows).
import { z } from "zod";

export const AUDIT_SORTS = ["id", "at", "actorLabel", "action", "entityType", "entityId", "partnerId"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const auditFiltersSchema = z.object({
  actor: text(256),
  partner: text(36),
  entityType: text(64),
  entityId: text(128),
  action: text(64),
  /** UTC days, inclusive at both ends. */
  from: day,
  to: day,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** Search params (first value of each) to filters; junk is dropped rather than refused, as in every list. */
export function auditFiltersFrom(params: Record<string, string | string[] | undefined>): AuditFilters {
  return auditFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
}
