// What a policy releases and to whom, as data the UI can translate, plus an English rendering.
// Input is a policy that validatePolicy accepted.
import type {
  AuthPolicy,
  AuthTokenType,
  DataSharePolicy,
  MispPolicy,
  PolicyOf,
  PolicyType,
  SourceFilter,
  TypeOfShare,
} from "./policy-types";

export interface AuthMethodSummary {
  authType: string;
  /** null when the policy gives none (MOSIP writes "" for non-biometric types). */
  authSubType: string | null;
  mandatory: boolean;
  biometric: boolean;
}

export interface AuthPolicySummary {
  type: "Auth";
  tokenType: AuthTokenType;
  authMethods: AuthMethodSummary[];
  /** Identity attributes released in e-KYC responses, in policy order. */
  kycAttributes: string[];
  /** Empty when the policy names no languages. */
  kycLanguages: string[];
}

export interface SharedSourceSummary {
  attribute: string;
  filters: SourceFilter[];
}

export interface SharedAttributeSummary {
  name: string;
  group: string | null;
  /** CBEFF is the biometric container format, so a CBEFF group means biometric data. */
  biometric: boolean;
  encrypted: boolean;
  format: string | null;
  sources: SharedSourceSummary[];
}

export interface DeliverySummary {
  typeOfShare: TypeOfShare;
  /** Whether the partner gets a link to the data-share service rather than the data itself. */
  viaShareLink: boolean;
  encryptedWithPartnerKey: boolean;
  validForMinutes: number;
  transactionsAllowed: number;
  shareDomain: string;
  source: string;
  protocol: string | null;
}

export interface DataSharePolicySummary {
  type: "DataShare" | "CredentialIssuance";
  delivery: DeliverySummary;
  attributes: SharedAttributeSummary[];
}

export const MISP_DELEGATIONS = ["authRequests", "kycRequests", "keyBinding", "vciRequests", "otpRequests"] as const;
export type MispDelegation = (typeof MISP_DELEGATIONS)[number];

export interface MispPolicySummary {
  type: "MISP";
  /** Every delegation SPEC 4 knows, missing ones as not allowed (IDA reads a missing flag as false); otpRequests only when the policy sets it. */
  delegations: { delegation: MispDelegation; allowed: boolean }[];
  trustsKeyBoundTokens: boolean;
}

export interface SummaryByType {
  Auth: AuthPolicySummary;
  DataShare: DataSharePolicySummary;
  CredentialIssuance: DataSharePolicySummary;
  MISP: MispPolicySummary;
}

export type PolicySummary = SummaryByType[PolicyType];

export function summarizePolicy<T extends PolicyType>(type: T, policy: PolicyOf<T>): SummaryByType[T];
export function summarizePolicy(type: PolicyType, policy: PolicyOf<PolicyType>): PolicySummary {
  switch (type) {
    case "Auth":
      return summarizeAuth(policy as AuthPolicy);
    case "DataShare":
    case "CredentialIssuance":
      return summarizeDataShare(type, policy as DataSharePolicy);
    case "MISP":
      return summarizeMisp(policy as MispPolicy);
  }
}

function summarizeAuth(policy: AuthPolicy): AuthPolicySummary {
  return {
    type: "Auth",
    tokenType: policy.authTokenType,
    authMethods: policy.allowedAuthTypes.map((a) => ({
      authType: a.authType,
      authSubType: a.authSubType ? a.authSubType : null,
      mandatory: a.mandatory,
      biometric: a.authType === "bio",
    })),
    kycAttributes: policy.allowedKycAttributes.map((a) => a.attributeName),
    kycLanguages: policy.kycLanguages ?? [],
  };
}

function summarizeDataShare(type: "DataShare" | "CredentialIssuance", policy: DataSharePolicy): DataSharePolicySummary {
  const settings = policy.dataSharePolicies;
  return {
    type,
    delivery: {
      typeOfShare: settings.typeOfShare,
      viaShareLink: settings.typeOfShare === "Data Share",
      encryptedWithPartnerKey: settings.encryptionType === "Partner Based",
      validForMinutes: Number(settings.validForInMinutes),
      transactionsAllowed: Number(settings.transactionsAllowed),
      shareDomain: settings.shareDomain,
      source: settings.source,
      protocol: settings.protocol ?? null,
    },
    attributes: policy.shareableAttributes.map((a) => ({
      name: a.attributeName,
      group: a.group ?? null,
      biometric: a.group?.toUpperCase() === "CBEFF",
      encrypted: a.encrypted,
      format: a.format ?? null,
      sources: a.source.map((s) => ({ attribute: s.attribute, filters: s.filter ?? [] })),
    })),
  };
}

function summarizeMisp(policy: MispPolicy): MispPolicySummary {
  const flags: Record<MispDelegation, boolean | undefined> = {
    authRequests: policy.allowAuthRequestDelegation,
    kycRequests: policy.allowKycRequestDelegation,
    keyBinding: policy.allowKeyBindingDelegation,
    vciRequests: policy.allowVciRequestDelegation,
    otpRequests: policy.allowOTPRequestDelegation,
  };
  return {
    type: "MISP",
    delegations: MISP_DELEGATIONS.filter((d) => d !== "otpRequests" || flags.otpRequests !== undefined).map((delegation) => ({
      delegation,
      allowed: flags[delegation] === true,
    })),
    trustsKeyBoundTokens: policy.trustBindedAuthVerificationToken === true,
  };
}

// ---- English ----

const AUTH_TYPE_NAMES: Readonly<Record<string, string>> = {
  otp: "one-time password (OTP)",
  "otp-request": "requesting a one-time password",
  demo: "demographic data match",
  kyc: "e-KYC",
  kycauth: "KYC authentication",
  kycexchange: "KYC exchange",
  keybinding: "wallet key binding",
  kbt: "key-bound token",
  wla: "wallet local authentication",
  vciexchange: "verifiable credential issuance",
  pwd: "password",
};

const BIO_NAMES: Readonly<Record<string, string>> = { FINGER: "fingerprint", IRIS: "iris", FACE: "face" };

const TOKEN_SENTENCES: Readonly<Record<AuthTokenType, string>> = {
  random: "Responses identify the person with a random token, different every time, so the partner cannot link requests.",
  partner: "Responses identify the person with a token that is the same for every request from this partner.",
  policy: "Responses identify the person with a token that is the same for every request under this policy.",
};

const DELEGATION_NAMES: Readonly<Record<MispDelegation, string>> = {
  authRequests: "send authentication requests",
  kycRequests: "send e-KYC requests",
  keyBinding: "bind wallet keys to identities",
  vciRequests: "request verifiable credentials",
  otpRequests: "request one-time passwords",
};

export function authMethodName(method: Pick<AuthMethodSummary, "authType" | "authSubType">): string {
  if (method.authType === "bio" && method.authSubType) return BIO_NAMES[method.authSubType.toUpperCase()] ?? `biometric (${method.authSubType})`;
  const name = AUTH_TYPE_NAMES[method.authType] ?? method.authType;
  return method.authSubType ? `${name} (${method.authSubType})` : name;
}

/** English sentences for a summary; `recipient` names who receives the data, e.g. the partner's organisation. */
export function summaryToEnglish(summary: PolicySummary, recipient = "the partner"): string[] {
  switch (summary.type) {
    case "Auth":
      return authToEnglish(summary, recipient);
    case "DataShare":
    case "CredentialIssuance":
      return dataShareToEnglish(summary, recipient);
    case "MISP":
      return mispToEnglish(summary, recipient);
  }
}

function authToEnglish(summary: AuthPolicySummary, recipient: string): string[] {
  const sentences: string[] = [];
  const methods = summary.authMethods.map(authMethodName);
  sentences.push(
    methods.length
      ? `${capitalize(recipient)} may use these authentication types: ${list(methods)}.`
      : `${capitalize(recipient)} may not use any authentication type.`,
  );
  const mandatory = summary.authMethods.filter((m) => m.mandatory).map(authMethodName);
  if (mandatory.length) sentences.push(`Every request must include ${list(mandatory)}.`);
  if (summary.kycAttributes.length) {
    const count = summary.kycLanguages.length;
    const languages = count ? `, in ${count === 1 ? "language" : "languages"} ${list(summary.kycLanguages)}` : "";
    sentences.push(`Through e-KYC, ${recipient} receives ${list(summary.kycAttributes)}${languages}.`);
  } else {
    sentences.push(`Through e-KYC, ${recipient} receives no identity attributes.`);
  }
  sentences.push(TOKEN_SENTENCES[summary.tokenType]);
  return sentences;
}

function dataShareToEnglish(summary: DataSharePolicySummary, recipient: string): string[] {
  const { delivery, attributes } = summary;
  const what = summary.type === "CredentialIssuance" ? "In issued credentials" : "Through data shares";
  if (!attributes.length) return [`${what}, ${recipient} receives no identity attributes (source: ${delivery.source}).`, deliveryToEnglish(delivery)];
  return [
    `${what}, ${recipient} receives ${plural(attributes.length, "attribute")} from ${delivery.source}: ${list(attributes.map((a) => a.name))}.`,
    ...attributes.map(attributeToEnglish),
    deliveryToEnglish(delivery),
  ];
}

function attributeToEnglish(attribute: SharedAttributeSummary): string {
  const parts = [attribute.biometric ? `${attribute.name} (biometric data)` : attribute.name];
  const plainCopy = attribute.sources.length === 1 && attribute.sources[0].attribute === attribute.name && !attribute.sources[0].filters.length;
  if (attribute.sources.length && !plainCopy) parts.push(`taken from ${list(attribute.sources.map(sourceToEnglish))}`);
  if (attribute.format) parts.push(attribute.format === "extraction" ? "as extracted templates" : `formatted as ${attribute.format}`);
  parts.push(attribute.encrypted ? "encrypted" : "not encrypted");
  return `${parts.join(", ")}.`;
}

function sourceToEnglish(source: SharedSourceSummary): string {
  const kinds = source.filters.filter((f) => f.type || f.subType?.length).map(biometricFilterToEnglish);
  const languages = source.filters.flatMap((f) => (f.language ? [f.language] : []));
  const limits = [
    ...(kinds.length ? [`only ${list(kinds)}`] : []),
    ...(languages.length ? [`in ${languages.length === 1 ? "language" : "languages"} ${list(languages)}`] : []),
  ];
  return limits.length ? `${source.attribute} (${limits.join(", ")})` : source.attribute;
}

function biometricFilterToEnglish(filter: SourceFilter): string {
  const subTypes = filter.subType?.length ? filter.subType.join(", ") : "";
  if (!filter.type) return subTypes;
  return subTypes ? `${filter.type} (${subTypes})` : filter.type;
}

function deliveryToEnglish(delivery: DeliverySummary): string {
  const encryption = delivery.encryptedWithPartnerKey ? "encrypted with the partner's key" : "not encrypted with the partner's key";
  const protocol = delivery.protocol ? ` over ${delivery.protocol}` : "";
  if (!delivery.viaShareLink) return `The data is sent directly${protocol}, ${encryption}.`;
  return (
    `The data is shared through a link from ${delivery.shareDomain}${protocol}, ${encryption}; ` +
    `each link is valid for ${plural(delivery.validForMinutes, "minute")} and can be used ${plural(delivery.transactionsAllowed, "time")}.`
  );
}

function mispToEnglish(summary: MispPolicySummary, recipient: string): string[] {
  const allowed = summary.delegations.filter((d) => d.allowed).map((d) => DELEGATION_NAMES[d.delegation]);
  const refused = summary.delegations.filter((d) => !d.allowed).map((d) => DELEGATION_NAMES[d.delegation]);
  const sentences = [
    allowed.length
      ? `On behalf of the partners it serves, ${recipient} may ${list(allowed)}.`
      : `${capitalize(recipient)} may not act on behalf of the partners it serves.`,
  ];
  if (allowed.length && refused.length) sentences.push(`It may not ${list(refused, "or")}.`);
  sentences.push(
    summary.trustsKeyBoundTokens
      ? "Key-bound tokens from a bound wallet are accepted as proof of authentication."
      : "Key-bound tokens are not accepted as proof of authentication.",
  );
  return sentences;
}

function list(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
