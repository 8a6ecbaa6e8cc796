// The partner types of SPEC section 1: their MOSIP codes, certificate domain and whether they need a policy group.
import type { CertDomain, PartnerTypeCode, Role } from "@/lib/generated/prisma/enums";

export interface PartnerTypeInfo {
  code: PartnerTypeCode;
  mosipCode: string;
  domain: CertDomain;
  needsPolicyGroup: boolean;
  role: Role;
}

export const PARTNER_TYPES: readonly PartnerTypeInfo[] = [
  { code: "AUTH_PARTNER", mosipCode: "Auth_Partner", domain: "AUTH", needsPolicyGroup: true, role: "AUTH_PARTNER" },
  { code: "ONLINE_VERIFICATION_PARTNER", mosipCode: "Online_Verification_Partner", domain: "AUTH", needsPolicyGroup: true, role: "ONLINE_VERIFICATION_PARTNER" },
  { code: "CREDENTIAL_PARTNER", mosipCode: "Credential_Partner", domain: "AUTH", needsPolicyGroup: true, role: "CREDENTIAL_PARTNER" },
  { code: "DEVICE_PROVIDER", mosipCode: "Device_Provider", domain: "DEVICE", needsPolicyGroup: false, role: "DEVICE_PROVIDER" },
  { code: "FTM_PROVIDER", mosipCode: "FTM_Provider", domain: "FTM", needsPolicyGroup: false, role: "FTM_PROVIDER" },
  { code: "MANUAL_ADJUDICATION", mosipCode: "Manual_Adjudication", domain: "AUTH", needsPolicyGroup: true, role: "MANUAL_ADJUDICATION" },
  { code: "ABIS_PARTNER", mosipCode: "ABIS_Partner", domain: "AUTH", needsPolicyGroup: true, role: "ABIS_PARTNER" },
  { code: "MISP_PARTNER", mosipCode: "MISP_Partner", domain: "MISP", needsPolicyGroup: false, role: "MISP_PARTNER" },
] as const;

export const PARTNER_TYPE_CODES = PARTNER_TYPES.map((t) => t.code) as [PartnerTypeCode, ...PartnerTypeCode[]];
export const MOSIP_PARTNER_TYPE_CODES = PARTNER_TYPES.map((t) => t.mosipCode) as [string, ...string[]];

export function partnerType(code: PartnerTypeCode): PartnerTypeInfo {
  const found = PARTNER_TYPES.find((t) => t.code === code);
  if (!found) throw new Error(`Unknown partner type ${code}`);
  return found;
}

/** MOSIP spells types like `Auth_Partner`; we accept those and our own codes, case-insensitively. */
export function partnerTypeFromMosip(value: string): PartnerTypeInfo | undefined {
  const v = value.trim().toLowerCase();
  return PARTNER_TYPES.find((t) => t.mosipCode.toLowerCase() === v || t.code.toLowerCase() === v);
}

export function partnerTypeForRole(role: Role): PartnerTypeInfo | undefined {
  return PARTNER_TYPES.find((t) => t.role === role);
}
