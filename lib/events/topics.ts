// The names of outbound events (MOSIP's WebSub topics, SPEC 6); pure data, shared with the admin's subscription form.
export const EVENT_TOPICS = [
  "PARTNER_UPDATED",
  "APIKEY_APPROVED",
  "APIKEY_STATUS_UPDATED",
  "POLICY_UPDATED",
  "MISP_LICENSE_GENERATED",
  "MISP_LICENSE_UPDATED",
  "CA_CERTIFICATE_UPLOADED",
] as const;

export type EventTopic = (typeof EVENT_TOPICS)[number];

export function isEventTopic(value: unknown): value is EventTopic {
  return typeof value === "string" && (EVENT_TOPICS as readonly string[]).includes(value);
}
