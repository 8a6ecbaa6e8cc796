// Findings: every reason a certificate input is refused, with a stable code, an English message,
// and the values the message was built from (so a UI can render it in another language).

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  message: string;
  params: FindingParams;
  /** which link of the chain (0 = the certificate being validated) or which item of the input */
  certIndex?: number;
}

/** A finding that a relaxed algorithm profile let through; kept so the relaxation stays visible. */
export interface WaivedFinding extends Finding {
  waivedBecause: string;
}

export const MESSAGE_TEMPLATES = {
  // input
  PKI_EMPTY_INPUT: "The input is empty; expected a PEM or DER certificate or a PKCS#7 bundle.",
  PKI_TOO_LARGE: "The input is {size} bytes; at most {limit} bytes are accepted.",
  PKI_UNPARSABLE: "{item} could not be read as an X.509 certificate, PEM file or PKCS#7 bundle: {detail}.",
  PKI_UNSUPPORTED_PEM_LABEL: "PEM block {item} is a '{label}', not a certificate or PKCS#7 bundle.",
  PKI_PRIVATE_KEY_SUBMITTED: "PEM block {item} is a private key ('{label}'). Never upload a private key; upload only the certificate.",
  PKI_EMPTY_BUNDLE: "The PKCS#7 bundle contains no certificates.",
  PKI_DUPLICATE: "This certificate (SHA-256 {thumbprint}) is already stored for the domain.",

  // one certificate
  PKI_NOT_V3: "{role} '{subject}' is an X.509 version {version} certificate; only version 3 is accepted.",
  PKI_INVALID_SERIAL: "{role} '{subject}' has an invalid serial number ({reason}); it must be positive and at most 20 bytes long.",
  PKI_NOT_YET_VALID: "{role} '{subject}' is not valid until {notBeforeDate}.",
  PKI_EXPIRED: "{role} '{subject}' expired on {notAfterDate}.",
  PKI_VALIDITY_TOO_SHORT: "'{subject}' expires on {notAfterDate}, in {remainingDays} days; at least {minimumDays} days of validity are required.",
  PKI_EMPTY_NAME: "{role} '{subject}' has an empty {field} name, which RFC 5280 does not allow here.",
  PKI_SIGNATURE_ALGORITHM_MISMATCH: "{role} '{subject}' names two different signature algorithms ({outer} outside, {inner} inside the signed part).",
  PKI_WEAK_ALGORITHM: "{role} '{subject}' is signed with {algorithm}, which is too weak; use SHA-256 or stronger with RSA, RSA-PSS or ECDSA.",
  PKI_ALGORITHM_NOT_ALLOWED: "{role} '{subject}' is signed with {algorithm}, which is not accepted; use SHA-256 or stronger with RSA, RSA-PSS or ECDSA.",
  PKI_KEY_TOO_SMALL: "{role} '{subject}' has a {bits}-bit RSA key; at least {minimumBits} bits are required.",
  PKI_KEY_NOT_ALLOWED: "{role} '{subject}' has a {keyType} key; only RSA keys of 2048 to 16384 bits and EC keys on P-256 or P-384 are accepted.",
  PKI_UNKNOWN_CRITICAL_EXTENSION: "{role} '{subject}' has a critical extension {oid} ({extension}) that is not supported.",
  PKI_DUPLICATE_EXTENSION: "{role} '{subject}' contains the {extension} extension more than once.",
  PKI_INVALID_EXTENSION: "{role} '{subject}' has an invalid {extension} extension: {reason}.",
  PKI_KEYCERTSIGN_WITHOUT_CA: "{role} '{subject}' asserts keyUsage keyCertSign but is not a CA (basicConstraints CA:TRUE is missing).",

  // partner rules
  PKI_SELF_SIGNED: "'{subject}' is self-signed; a partner certificate must be issued by a certificate authority of the partner's domain.",
  PKI_LEAF_IS_CA: "'{subject}' is a CA certificate (basicConstraints CA:TRUE); this domain accepts only end-entity certificates.",
  PKI_ORG_MISMATCH: "The certificate's organisation (O) is '{certificateOrganization}', but the partner's organisation name is '{partnerOrganization}'; they must be exactly equal.",
  PKI_ORG_MISSING: "The certificate's subject has no organisation (O) attribute; it must be exactly '{partnerOrganization}'.",
  PKI_EKU_NOT_ALLOWED: "{role} '{subject}' has extended key usage {usages}, which does not include {required}.",
  PKI_KEY_USAGE_NOT_ALLOWED: "{role} '{subject}' has key usage {usages}, which does not include {required}.",

  // links and paths
  PKI_SIGNATURE_INVALID: "The signature on {role} '{subject}' does not verify with the public key of '{issuer}'.",
  PKI_NOT_CA: "{role} '{subject}' is not a CA certificate (basicConstraints CA:TRUE is missing), so it cannot issue certificates.",
  PKI_NO_KEYCERTSIGN: "{role} '{subject}' has a keyUsage extension without keyCertSign, so it cannot issue certificates.",
  PKI_PATH_LENGTH: "{role} '{subject}' allows {pathLen} intermediate CA certificate(s) below it, but the path has {intermediates}.",
  PKI_NAME_CONSTRAINT_VIOLATION: "{role} '{subject}' carries the name {name}, which the name constraints of '{constrainedBy}' do not allow.",
  PKI_NAME_CONSTRAINTS_UNSUPPORTED: "{role} '{subject}' carries a {form} name, which '{constrainedBy}' constrains in a way this validator cannot check.",
  PKI_POLICY_NOT_SUPPORTED: "{role} '{subject}' requires an explicit certificate policy for the certificates below it; certificate policies are not processed, so the path is refused.",
  PKI_NO_TRUSTED_PATH: "No path leads from '{subject}' to a trusted root: no trusted or supplied certificate is named '{issuer}' (the issuer of '{lastSubject}').",
  PKI_PATH_TOO_LONG: "No path from '{subject}' to a trusted root has at most {maxDepth} intermediate certificates.",
  PKI_PATH_BUILDING_LIMIT: "Path building from '{subject}' was stopped after {elapsedMs} ms and {pathsTried} candidate paths; the input holds too many similar certificates.",
} as const;

export type FindingCode = keyof typeof MESSAGE_TEMPLATES;

export function renderMessage(template: string, params: FindingParams): string {
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => (key in params ? String(params[key]) : `{${key}}`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function finding(code: FindingCode, params: FindingParams = {}, certIndex?: number): Finding {
  const result: Finding = { code, message: renderMessage(MESSAGE_TEMPLATES[code], params), params };
  if (certIndex !== undefined) result.certIndex = certIndex;
  return result;
}

/** For the caller's duplicate check (same SHA-256 thumbprint in the same domain). */
export function duplicateFinding(thumbprint: string): Finding {
  return finding("PKI_DUPLICATE", { thumbprint });
}

/** Date part of an ISO timestamp, as shown in messages; params keep the full timestamp. */
export function displayDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// MOSIP keymanager (PartnerCertManagerErrorConstants) codes, for the MOSIP-compatible API.
// Structural path failures have no code of their own in MOSIP (its PKIX builder just fails), so
// they map to the "no trusted path" code of the upload kind.

const NO_PATH = "KER-PCM-006";

export const MOSIP_ERROR_CODES: Readonly<Record<FindingCode, string>> = {
  PKI_EMPTY_INPUT: "KER-PCM-001",
  PKI_TOO_LARGE: "KER-PCM-001",
  PKI_UNPARSABLE: "KER-PCM-001",
  PKI_UNSUPPORTED_PEM_LABEL: "KER-PCM-001",
  PKI_PRIVATE_KEY_SUBMITTED: "KER-PCM-001",
  PKI_EMPTY_BUNDLE: "KER-PCM-001",
  PKI_DUPLICATE: "KER-PCM-003",
  PKI_NOT_YET_VALID: "KER-PCM-004",
  PKI_EXPIRED: "KER-PCM-004",
  PKI_NO_TRUSTED_PATH: NO_PATH,
  PKI_PATH_TOO_LONG: NO_PATH,
  PKI_PATH_BUILDING_LIMIT: NO_PATH,
  PKI_SIGNATURE_INVALID: NO_PATH,
  PKI_NOT_CA: NO_PATH,
  PKI_NO_KEYCERTSIGN: NO_PATH,
  PKI_PATH_LENGTH: NO_PATH,
  PKI_NAME_CONSTRAINT_VIOLATION: NO_PATH,
  PKI_NAME_CONSTRAINTS_UNSUPPORTED: NO_PATH,
  PKI_POLICY_NOT_SUPPORTED: NO_PATH,
  PKI_NOT_V3: "KER-PCM-007",
  PKI_INVALID_SERIAL: "KER-PCM-007",
  PKI_EMPTY_NAME: "KER-PCM-007",
  PKI_UNKNOWN_CRITICAL_EXTENSION: "KER-PCM-007",
  PKI_DUPLICATE_EXTENSION: "KER-PCM-007",
  PKI_INVALID_EXTENSION: "KER-PCM-007",
  PKI_KEYCERTSIGN_WITHOUT_CA: "KER-PCM-007",
  PKI_ORG_MISMATCH: "KER-PCM-008",
  PKI_ORG_MISSING: "KER-PCM-008",
  PKI_KEY_TOO_SMALL: "KER-PCM-013",
  PKI_KEY_NOT_ALLOWED: "KER-PCM-013",
  PKI_WEAK_ALGORITHM: "KER-PCM-014",
  PKI_ALGORITHM_NOT_ALLOWED: "KER-PCM-014",
  PKI_SIGNATURE_ALGORITHM_MISMATCH: "KER-PCM-014",
  PKI_SELF_SIGNED: "KER-PCM-015",
  PKI_LEAF_IS_CA: NO_PATH,
  PKI_EKU_NOT_ALLOWED: NO_PATH,
  PKI_KEY_USAGE_NOT_ALLOWED: NO_PATH,
  PKI_VALIDITY_TOO_SHORT: "KER-PCM-017",
};

export type UploadKind = "CA" | "PARTNER";

/** MOSIP uses different codes for the same failure depending on which upload it is. */
export function mosipErrorCode(code: FindingCode, upload: UploadKind): string {
  if (upload === "CA" && MOSIP_ERROR_CODES[code] === NO_PATH) return "KER-PCM-005";
  if (upload === "PARTNER" && code === "PKI_VALIDITY_TOO_SHORT") return "KER-KMS-021";
  return MOSIP_ERROR_CODES[code];
}
