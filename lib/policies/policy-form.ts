// The form editor's model: starting templates per type, suggested values, and immutable edits of the policy JSON.
// Pure functions, shared by the browser editor and its tests; the JSON text stays the single source of truth.
import type { PolicyType } from "./policy-types";

export const AUTH_TYPE_SUGGESTIONS = ["otp", "otp-request", "demo", "bio", "kyc", "kycauth", "kycexchange", "keybinding", "kbt", "wla", "vciexchange", "pwd"] as const;
export const BIO_SUBTYPES = ["FINGER", "IRIS", "FACE"] as const;
export const KYC_ATTRIBUTE_SUGGESTIONS = [
  "fullName", "firstName", "lastName", "gender", "dateOfBirth", "residenceStatus", "phone", "email", "photo", "face",
  "addressLine1", "addressLine2", "addressLine3", "city", "province", "region", "postalCode", "UIN", "individual_id",
  "name", "picture", "birthdate", "phone_number", "address", "locale",
] as const;
export const LANGUAGE_SUGGESTIONS = ["eng", "fra", "ara"] as const;
export const SHARE_SOURCE_SUGGESTIONS = ["ID Repository", "Packet Manager"] as const;
export const FORMAT_SUGGESTIONS = ["YYYY", "DD/MM/YYYY", "extraction", "bestTwoFingers"] as const;
export const BIO_FILTER_TYPES = ["Face", "Finger", "Iris"] as const;

/** What a new policy of each type starts from: valid, small, and obviously meant to be edited. */
export function policyTemplate(type: PolicyType): Record<string, unknown> {
  switch (type) {
    case "Auth":
      return {
        authTokenType: "random",
        allowedAuthTypes: [{ authType: "otp", authSubType: "", mandatory: false }],
        allowedKycAttributes: [{ attributeName: "fullName" }],
        kycLanguages: ["eng"],
      };
    case "DataShare":
    case "CredentialIssuance":
      return {
        dataSharePolicies: {
          typeOfShare: "Data Share",
          validForInMinutes: "30",
          transactionsAllowed: "2",
          encryptionType: "Partner Based",
          shareDomain: "datashare.datashare",
          source: "ID Repository",
        },
        shareableAttributes: [{ attributeName: "fullName", source: [{ attribute: "fullName", filter: [{ language: "eng" }] }], encrypted: true }],
      };
    case "MISP":
      return { allowAuthRequestDelegation: true, allowKycRequestDelegation: false, allowKeyBindingDelegation: false };
  }
}

export function formatPolicyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The parsed policy when the text is a JSON object (the form can only work on that), else null. */
export function parsePolicyObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * MOSIP's own files wrap the policy in a request ({request: {policies}}) or a create body ({policies, policyType});
 * an upload of such a file takes the policy out of it.
 */
export function unwrapPolicyFile(value: unknown): { policy: unknown; unwrapped: boolean } {
  if (isRecord(value) && isRecord(value.request) && isRecord(value.request.policies)) return { policy: value.request.policies, unwrapped: true };
  if (isRecord(value) && isRecord(value.policies) && ("policyType" in value || "policyGroupName" in value)) return { policy: value.policies, unwrapped: true };
  return { policy: value, unwrapped: false };
}

export type JsonPath = readonly (string | number)[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

export function getIn(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) ? current[segment] : undefined;
  }
  return current;
}

/** A copy of root with the value at path replaced; `undefined` removes an object property. Missing containers are created. */
export function setIn(root: unknown, path: JsonPath, value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(root) ? [...root] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const record = isRecord(root) ? { ...root } : {};
  const next = setIn(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

export function appendIn(root: unknown, path: JsonPath, item: unknown): unknown {
  return setIn(root, path, [...asArray(getIn(root, path)), item]);
}

export function removeIn(root: unknown, path: JsonPath, index: number): unknown {
  return setIn(root, path, asArray(getIn(root, path)).filter((_, i) => i !== index));
}

/** "eng, fra" ⇄ ["eng", "fra"], for comma-separated list fields. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}
