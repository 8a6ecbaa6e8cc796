// What each notification type is about: its list category, the page it links to, and the params its texts read.
// Pure data and functions, shared by the server (emails, lists) and the browser (the bell).
//
// Params by type (values are strings or numbers; ISO dates are formatted in the reader's language):
//   PARTNER_DEACTIVATED, PARTNER_REACTIVATED     { partnerId }
//   ORGANIZATION_RENAMED                         { partnerId, organizationName }
//   POLICY_REQUEST_APPROVED                      { partnerId, policyName, requestId? }
//   POLICY_REQUEST_REJECTED                      { partnerId, policyName, requestId?, comment? }
//   API_KEY_ISSUED                               { label, policyName, expiresAt }
//   API_KEY_DEACTIVATED                          { label, policyName? }
//   MISP_KEY_ISSUED                              { partnerId, expiresAt }
//   MISP_KEY_DEACTIVATED                         { partnerId }
//   PARTNER_CERTIFICATE_UPLOADED, _RENEWED       { partnerId, notAfter }
//   POLICY_DEACTIVATED                           { partnerId, policyName, policyId }
//   SBI_APPROVED, SBI_REJECTED                   { sbiId, version, comment? }
//   SBI_DEACTIVATED                              { sbiId, version, devicesDeactivated, devicesRejected }
//   DEVICE_APPROVED, DEVICE_REJECTED             { deviceId, make, model, comment? }
//   DEVICE_DEACTIVATED                           { deviceId, make, model }
//   FTM_CHIP_APPROVED, FTM_CHIP_REJECTED         { chipId, make, model, comment? }
//   FTM_CHIP_DEACTIVATED                         { chipId, make, model }
//   EXPIRY_REMINDER                              { entity (ExpiringEntity), entityId, name, expiresAt, days }
//   WEEKLY_SUMMARY                               { weekOf, pendingPolicyRequests, pendingSbis, pendingDevices,
//                                                  pendingFtmChips, expiringCertificates, expiringApiKeys, expiringSbis }
// A type without its own text is shown with a generic one that lists its params, so nothing is ever lost.

export const NOTIFICATION_CATEGORIES = ["expiry", "requests", "keys", "devices", "account", "summary", "other"] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

// Categories by type-name prefix, so types added by other domains fall into place by their name.
const CATEGORY_PREFIXES: [string, NotificationCategory][] = [
  ["EXPIRY_", "expiry"],
  ["WEEKLY_", "summary"],
  ["POLICY_", "requests"],
  ["API_KEY_", "keys"],
  ["APIKEY_", "keys"],
  ["MISP_", "keys"],
  ["SBI_", "devices"],
  ["DEVICE_", "devices"],
  ["FTM_", "devices"],
  ["CHIP_", "devices"],
  ["PARTNER_", "account"],
  ["ORGANIZATION_", "account"],
  ["CERTIFICATE_", "account"],
];

export function categoryOf(type: string): NotificationCategory {
  return CATEGORY_PREFIXES.find(([prefix]) => type.startsWith(prefix))?.[1] ?? "other";
}

/** The type-name prefixes of a category, for list filters. */
export function prefixesOf(category: NotificationCategory): string[] {
  return CATEGORY_PREFIXES.filter(([, c]) => c === category).map(([prefix]) => prefix);
}

/** What the daily job reminds about, and to whom (CA certificates: partner admins; the rest: the owning partner). */
export const EXPIRING_ENTITIES = [
  "PARTNER_CERTIFICATE",
  "ROOT_CA_CERTIFICATE",
  "INTERMEDIATE_CA_CERTIFICATE",
  "FTM_CHIP_CERTIFICATE",
  "SBI",
  "API_KEY",
  "MISP_KEY",
] as const;
export type ExpiringEntity = (typeof EXPIRING_ENTITIES)[number];

/** Days before expiry at which a reminder goes out (SPEC journey 11). */
export const REMINDER_DAYS = [30, 15, 7, 1, 0] as const;

const ENTITY_PAGES: Record<ExpiringEntity, string> = {
  PARTNER_CERTIFICATE: "/certificate",
  ROOT_CA_CERTIFICATE: "/admin/trust-store",
  INTERMEDIATE_CA_CERTIFICATE: "/admin/trust-store",
  FTM_CHIP_CERTIFICATE: "/ftm",
  SBI: "/devices",
  API_KEY: "/api-keys",
  MISP_KEY: "/misp",
};

const CATEGORY_PAGES: Partial<Record<NotificationCategory, string>> = {
  requests: "/policies",
  devices: "/devices",
  account: "/dashboard",
  summary: "/dashboard",
};

export function isExpiringEntity(value: unknown): value is ExpiringEntity {
  return typeof value === "string" && (EXPIRING_ENTITIES as readonly string[]).includes(value);
}

/** The portal page where the reader can act on a notification, if there is one. */
export function notificationHref(type: string, params: Record<string, unknown>): string | null {
  if (type === "EXPIRY_REMINDER") return isExpiringEntity(params.entity) ? ENTITY_PAGES[params.entity] : null;
  if (type.startsWith("API_KEY_") || type.startsWith("APIKEY_")) return "/api-keys";
  if (type.startsWith("MISP_")) return "/misp";
  if (type.startsWith("FTM_") || type.startsWith("CHIP_")) return "/ftm";
  if (type.startsWith("PARTNER_CERTIFICATE_")) return "/certificate";
  return CATEGORY_PAGES[categoryOf(type)] ?? null;
}
