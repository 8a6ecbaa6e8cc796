// Certificate upload schemas (forms, actions, REST) and MOSIP's domain spelling; no server-only imports, so forms and the OpenAPI document share them.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { CERT_DOMAIN_VALUES, certificateDataSchema } from "@/lib/trust-store/schemas";

/** MOSIP accepts the domain in any case; anything but the four domains is KER-PCM-011, as in MOSIP. */
export function parseDomain(value: string): CertDomain {
  const upper = value.trim().toUpperCase();
  if ((CERT_DOMAIN_VALUES as readonly string[]).includes(upper)) return upper as CertDomain;
  throw new AppError("invalid", "KER-PCM-011", `'${value}' is not a certificate domain; use AUTH, DEVICE, FTM or MISP.`, { field: "partnerDomain" });
}

const mosipCertificateData = z.string().min(1, "certificateData is required").max(200_000, "certificateData is longer than 200,000 characters");

export const mosipPartnerCertificateUploadSchema = z.object({
  partnerId: z.string().min(1).max(36),
  certificateData: mosipCertificateData,
  partnerDomain: z.string().min(1).max(16),
});

export const mosipCaUploadSchema = z.object({
  certificateData: mosipCertificateData,
  partnerDomain: z.string().min(1).max(16),
});

/** The partner certificate form: the partner comes from the session, the domain from its type. */
export const partnerCertificateUploadSchema = z.object({ certificateData: certificateDataSchema });
