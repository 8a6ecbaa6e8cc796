// Service-client inputs, shared by the admin form and the server.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";

export const createServiceClientSchema = z.object({
  name: z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 })),
  clientId: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, "validation.clientIdFormat").optional()),
});
export type CreateServiceClientInput = z.input<typeof createServiceClientSchema>;

export const serviceClientIdSchema = z.object({ id: z.uuid() });

/** What an admin may grant today: key verification only (lib/permissions.ts SERVICE_CLIENT_PERMISSIONS). */
export const GRANTED_CLIENT_PERMISSIONS = ["keys.verify"] as const;
