// Which partners declare biometric extractors and map credential types, and the allowed values (MOSIP's configuration).
// Pure data, shared by the server and the browser.
import type { PartnerTypeCode } from "@/lib/generated/prisma/enums";

/** MOSIP `pmp.bioextractors.required.partner.types`: these partners declare extractors before a request can be approved. */
export const EXTRACTOR_PARTNER_TYPES: readonly PartnerTypeCode[] = ["CREDENTIAL_PARTNER", "ONLINE_VERIFICATION_PARTNER"];

/** MOSIP `pmp.allowed.credential.types`. */
export const CREDENTIAL_TYPES = ["auth", "qrcode", "euin", "reprint", "vercred", "opencrvs"] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/** MOSIP `pmp.partner.credential-type.allowed.partner.types`. */
export const CREDENTIAL_MAPPING_PARTNER_TYPES: readonly PartnerTypeCode[] = ["CREDENTIAL_PARTNER", "ONLINE_VERIFICATION_PARTNER", "AUTH_PARTNER"];

/** The biometric modalities of MOSIP's CBEFF data, as MOSIP's extractor declarations spell them. */
export const BIOMETRIC_MODALITIES = ["face", "finger", "iris"] as const;
export type BiometricModality = (typeof BIOMETRIC_MODALITIES)[number];

export function needsExtractors(type: PartnerTypeCode): boolean {
  return EXTRACTOR_PARTNER_TYPES.includes(type);
}

export function canMapCredentialTypes(type: PartnerTypeCode): boolean {
  return CREDENTIAL_MAPPING_PARTNER_TYPES.includes(type);
}

export function isCredentialType(value: string): value is CredentialType {
  return (CREDENTIAL_TYPES as readonly string[]).includes(value);
}
