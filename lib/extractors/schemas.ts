// Biometric-extractor and credential-type inputs, shared by the forms (browser) and the server; messages are catalogue keys.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { BIOMETRIC_MODALITIES, CREDENTIAL_TYPES } from "@/lib/extractors/rules";

export const extractorSchema = z.object({
  attributeName: z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 })),
  biometric: z
    .string()
    .trim()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(BIOMETRIC_MODALITIES, "validation.biometricModality")),
  provider: z.string().trim().min(1, "validation.required").max(128, m("validation.tooLong", { max: 128 })),
  version: z.string().trim().min(1, "validation.required").max(64, m("validation.tooLong", { max: 64 })),
});
export type ExtractorInput = z.infer<typeof extractorSchema>;

export const extractorListSchema = z
  .array(extractorSchema)
  .min(1, "validation.extractorsRequired")
  .max(32, m("validation.tooManyItems", { max: 32 }))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, index) => {
      const key = e.attributeName.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "attributeName"], message: "validation.duplicateAttribute" });
      seen.add(key);
    });
  });

export const declareExtractorsSchema = z.object({ policyId: z.uuid("validation.invalid"), extractors: extractorListSchema });

export const mapCredentialTypeSchema = z.object({
  policyId: z.uuid("validation.choose"),
  credentialType: z.enum(CREDENTIAL_TYPES, "validation.choose"),
});
