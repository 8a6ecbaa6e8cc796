// The key-verification request and its answers (SPEC 7), shared by the portal route, the lean server and the OpenAPI document.
import { z } from "zod";

export const verifyKeysSchema = z.object({
  mispLicenseKey: z.string().min(1).max(128),
  partnerId: z.string().min(1).max(36),
  apiKey: z.string().min(1).max(128),
});
export type VerifyKeysInput = z.infer<typeof verifyKeysSchema>;

export const VERIFY_REASONS = [
  "UNKNOWN_KEY",
  "KEY_DEACTIVATED",
  "KEY_EXPIRED",
  "PARTNER_DEACTIVATED",
  "POLICY_DEACTIVATED",
  "MISP_LICENSE_INVALID",
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];

export const VERIFY_REASON_MESSAGES: Record<VerifyReason, string> = {
  UNKNOWN_KEY: "unknown key",
  KEY_DEACTIVATED: "key deactivated",
  KEY_EXPIRED: "key expired",
  PARTNER_DEACTIVATED: "partner deactivated",
  POLICY_DEACTIVATED: "policy deactivated",
  MISP_LICENSE_INVALID: "MISP license invalid",
};

export type VerifyOutcome =
  | { valid: true; partnerId: string; policyId: string; policyName: string; policy: unknown }
  | { valid: false; reason: VerifyReason; message: string };
