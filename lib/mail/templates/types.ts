// The shape of an email catalogue: one per language (en, fr, ar), checked to hold every type of lib/notifications/kinds.ts.
import type { ExpiringEntity } from "@/lib/notifications/kinds";

/** The notification types with their own email text; any other type gets the generic text with its details. */
export const EMAIL_TYPES = [
  "PARTNER_DEACTIVATED",
  "PARTNER_REACTIVATED",
  "ORGANIZATION_RENAMED",
  "POLICY_REQUEST_APPROVED",
  "POLICY_REQUEST_REJECTED",
  "API_KEY_ISSUED",
  "API_KEY_DEACTIVATED",
  "MISP_KEY_ISSUED",
  "MISP_KEY_DEACTIVATED",
  "PARTNER_CERTIFICATE_UPLOADED",
  "PARTNER_CERTIFICATE_RENEWED",
  "POLICY_DEACTIVATED",
  "SBI_APPROVED",
  "SBI_REJECTED",
  "SBI_DEACTIVATED",
  "DEVICE_APPROVED",
  "DEVICE_REJECTED",
  "DEVICE_DEACTIVATED",
  "FTM_CHIP_APPROVED",
  "FTM_CHIP_REJECTED",
  "FTM_CHIP_DEACTIVATED",
  "EXPIRY_REMINDER",
  "WEEKLY_SUMMARY",
] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

export interface EmailText {
  subject: string;
  body: string;
  /** Reminder variants: due tomorrow, due today. */
  subjectOne?: string;
  bodyOne?: string;
  subjectToday?: string;
  bodyToday?: string;
}

export interface EmailCatalogue {
  greeting: string;
  openPortal: string;
  footer: string;
  generic: { subject: string; body: string };
  entities: Record<ExpiringEntity, string>;
  types: Record<EmailType, EmailText>;
}
