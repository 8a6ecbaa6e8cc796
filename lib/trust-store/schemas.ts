// Trust-store input schemas, shared by the upload form (browser), the server actions and the REST API.
import { z } from "zod";
import { m } from "@/lib/i18n/field-message";
import { CERT_DOMAIN_VALUES } from "@/lib/trust-store/domains";

export { CERT_DOMAIN_VALUES };
export const certDomainSchema = z.enum(CERT_DOMAIN_VALUES, "validation.choose");

// The parser refuses anything over 64 KiB with the exact size; this bound only stops absurd bodies early
// (base64 of 64 KiB is about 88,000 characters).
export const certificateDataSchema = z.string().min(1, "certificates.validation.certificateRequired").max(200_000, m("validation.tooLong", { max: 200_000 }));

export const caUploadSchema = z.object({ domain: certDomainSchema, certificateData: certificateDataSchema });
export type CaUploadInput = z.infer<typeof caUploadSchema>;

export const TRUST_STORE_SORTS = ["kind", "domain", "issuedTo", "issuedBy", "notBefore", "notAfter", "uploadedAt"] as const;
export type TrustStoreSort = (typeof TRUST_STORE_SORTS)[number];

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const trustStoreFiltersSchema = z.object({
  domain: z.preprocess(blankToUndefined, z.enum(CERT_DOMAIN_VALUES).optional()).catch(undefined),
  kind: z.preprocess(blankToUndefined, z.enum(["ROOT", "INTERMEDIATE"]).optional()).catch(undefined),
  issuedTo: z.preprocess(blankToUndefined, z.string().trim().max(256).optional()).catch(undefined),
  issuedBy: z.preprocess(blankToUndefined, z.string().trim().max(256).optional()).catch(undefined),
  /** certificates that expire within this many days (expired ones excluded) */
  expiringWithinDays: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(36_500).optional()).catch(undefined),
  certificateId: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()).catch(undefined),
});
export type TrustStoreFilters = z.infer<typeof trustStoreFiltersSchema>;

export const rotatePortalCaSchema = z.object({ domain: certDomainSchema });
