// MOSIP's field names and spellings for policy groups on the REST API (policy manager service).
import "server-only";
import { z } from "zod";
import { policyGroupDescriptionSchema, policyGroupNameSchema } from "@/lib/policy-groups/schemas";

export const mosipCreatePolicyGroupSchema = z.object({ name: policyGroupNameSchema, desc: policyGroupDescriptionSchema });

export const mosipUpdatePolicyGroupSchema = z.object({
  name: policyGroupNameSchema,
  desc: policyGroupDescriptionSchema,
  isActive: z.boolean().optional(),
});

/** MOSIP's V2 PATCH only knows "De-Activate" (PMS_POL_073 otherwise); we also take "Activate" so the API can do what the UI does. */
export const mosipPolicyGroupStatusSchema = z.object({
  status: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(["de-activate", "activate"], "status must be De-Activate or Activate")),
});

interface GroupRecord {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function mosipPolicyGroupView(group: GroupRecord) {
  return {
    id: group.id,
    name: group.name,
    desc: group.description,
    is_Active: group.isActive,
    cr_by: null,
    cr_dtimes: group.createdAt.toISOString(),
    up_by: null,
    upd_dtimes: group.updatedAt.toISOString(),
  };
}
