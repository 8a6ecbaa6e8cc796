// Policy types and the shapes of their JSON, as MOSIP spells them on the API (pmp.allowed.policy.types).
// The JSON Schemas in ./policy-schemas are the source of truth; these interfaces mirror them for TypeScript.
import type { PolicyType as DbPolicyType } from "@/lib/generated/prisma/enums";

export const POLICY_TYPES = ["Auth", "DataShare", "CredentialIssuance", "MISP"] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

export function isPolicyType(value: unknown): value is PolicyType {
  return typeof value === "string" && (POLICY_TYPES as readonly string[]).includes(value);
}

/** MOSIP compares policyType case-insensitively (its own onboarding scripts send "Datashare"), so we accept that too. */
export function policyTypeFromMosip(value: string): PolicyType | undefined {
  const wanted = value.trim().toLowerCase();
  return POLICY_TYPES.find((t) => t.toLowerCase() === wanted);
}

export const POLICY_TYPE_TO_DB: Readonly<Record<PolicyType, DbPolicyType>> = {
  Auth: "AUTH",
  DataShare: "DATA_SHARE",
  CredentialIssuance: "CREDENTIAL_ISSUANCE",
  MISP: "MISP",
};

export function policyTypeFromDb(value: DbPolicyType): PolicyType {
  const found = POLICY_TYPES.find((t) => POLICY_TYPE_TO_DB[t] === value);
  if (!found) throw new Error(`Unknown policy type ${value}`);
  return found;
}

// ---- Auth ----

export const AUTH_TOKEN_TYPES = ["random", "partner", "policy"] as const;
export type AuthTokenType = (typeof AUTH_TOKEN_TYPES)[number];

export interface AllowedAuthType {
  authType: string;
  /** "FINGER" | "IRIS" | "FACE" for bio; MOSIP writes "" or leaves it out for the others. */
  authSubType?: string;
  mandatory: boolean;
}

export interface AllowedKycAttribute {
  attributeName: string;
}

export interface AuthPolicy {
  authTokenType: AuthTokenType;
  allowedAuthTypes: AllowedAuthType[];
  allowedKycAttributes: AllowedKycAttribute[];
  kycLanguages?: string[];
}

// ---- DataShare and CredentialIssuance (one schema in MOSIP, one here) ----

export type TypeOfShare = "Data Share" | "direct";
export type EncryptionType = "Partner Based" | "none";

export interface DataShareSettings {
  typeOfShare: TypeOfShare;
  /** A whole number of minutes, written as a string as MOSIP does. */
  validForInMinutes: string;
  /** A whole number, written as a string as MOSIP does. */
  transactionsAllowed: string;
  encryptionType: EncryptionType;
  shareDomain: string;
  source: string;
  protocol?: string;
}

export interface SourceFilter {
  type?: string;
  subType?: string[];
  language?: string;
}

export interface AttributeSource {
  attribute: string;
  filter?: SourceFilter[];
}

export interface ShareableAttribute {
  attributeName: string;
  group?: string;
  source: AttributeSource[];
  encrypted: boolean;
  format?: string;
}

export interface DataSharePolicy {
  dataSharePolicies: DataShareSettings;
  shareableAttributes: ShareableAttribute[];
}

// ---- MISP ----

export interface MispPolicy {
  allowAuthRequestDelegation: boolean;
  allowKycRequestDelegation: boolean;
  allowKeyBindingDelegation: boolean;
  trustBindedAuthVerificationToken?: boolean;
  allowVciRequestDelegation?: boolean;
  /** Not in SPEC 4; MOSIP's schema carried it in 2025 and IDA still reads it, so such policies must load. */
  allowOTPRequestDelegation?: boolean;
}

export interface PolicyByType {
  Auth: AuthPolicy;
  DataShare: DataSharePolicy;
  CredentialIssuance: DataSharePolicy;
  MISP: MispPolicy;
}

export type PolicyOf<T extends PolicyType> = PolicyByType[T];

export type AnyPolicy = PolicyByType[PolicyType];
