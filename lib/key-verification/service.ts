// Verifies (MISP license key, partner id, API key) for a service client: one statement, no cache of positive answers,
// so a deactivation anywhere is seen by the very next call on any instance (SPEC 7, 8).
import "server-only";
import { sha256Hex } from "@/lib/auth/tokens";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";
import { log } from "@/lib/log";
import { keyHash } from "@/lib/key-verification/secrets";
import { verificationPool } from "@/lib/key-verification/pool";
import { TOUCH_LAST_USED_SQL, VERIFY_SQL, type VerifyRow } from "@/lib/key-verification/sql";
import { VERIFY_REASON_MESSAGES, type VerifyKeysInput, type VerifyOutcome, type VerifyReason } from "@/lib/key-verification/schemas";

export const VERIFY_PERMISSION = "keys.verify";

const refuse = (reason: VerifyReason): VerifyOutcome => ({ valid: false, reason, message: VERIFY_REASON_MESSAGES[reason] });

/** The caller first (same rules as resolveSessionToken + the `keys.verify` permission), then the triple, in a fixed order. */
export function decideVerification(row: VerifyRow, input: VerifyKeysInput): VerifyOutcome {
  if (!row.sessionLive) throw unauthenticated();
  if (row.sessionIsUser || row.clientActive === null) throw forbidden();
  if (!row.clientActive) throw unauthenticated();
  if (!row.clientPermissions?.includes(VERIFY_PERMISSION)) throw forbidden();

  // A key presented with another partner's id is as good as unknown: nothing says whose it is.
  if (!row.keyId || row.keyPartnerId !== input.partnerId) return refuse("UNKNOWN_KEY");
  if (row.keyStatus !== "ACTIVE") return refuse("KEY_DEACTIVATED");
  if (row.keyExpired) return refuse("KEY_EXPIRED");
  if (row.partnerStatus !== "ACTIVE") return refuse("PARTNER_DEACTIVATED");
  // Access to the policy ends with the policy (deactivated) or with the approval behind the key.
  if (row.policyStatus !== "PUBLISHED" || !row.requestApproved) return refuse("POLICY_DEACTIVATED");
  if (!row.mispValid) return refuse("MISP_LICENSE_INVALID");
  return { valid: true, partnerId: row.keyPartnerId, policyId: row.policyId!, policyName: row.policyName!, policy: row.policy };
}

// Write throttle only (never an answer cache): keys this process has stamped in the last minute.
const recentlyStamped = new Map<string, number>();
const STAMP_INTERVAL_MS = 60_000;

async function stampLastUsed(keyId: string): Promise<void> {
  const now = Date.now();
  const last = recentlyStamped.get(keyId);
  if (last !== undefined && now - last < STAMP_INTERVAL_MS) return;
  if (recentlyStamped.size > 50_000) recentlyStamped.clear();
  recentlyStamped.set(keyId, now);
  try {
    await verificationPool().query({ name: "portal-touch-api-key", text: TOUCH_LAST_USED_SQL, values: [keyId] });
  } catch (error) {
    // Last-used is informative; a failed stamp must not turn a valid verification into an error.
    recentlyStamped.delete(keyId);
    log.warn("could not record API key use", { keyId, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Throws 401/403 AppErrors for a bad caller; answers valid or a reason for the triple. */
export async function verifyKeysAsClient(token: string | null, input: VerifyKeysInput): Promise<VerifyOutcome> {
  if (!token || token.length > 128) throw unauthenticated();
  const result = await verificationPool().query<VerifyRow>({
    name: "portal-verify-keys",
    text: VERIFY_SQL,
    values: [sha256Hex(token), keyHash(input.apiKey), keyHash(input.mispLicenseKey)],
  });
  const row = result.rows[0];
  if (!row) throw new AppError("internal", "PMS_COR_500", "Key verification returned no row.");
  const outcome = decideVerification(row, input);
  if (outcome.valid && row.lastUsedStale && row.keyId) await stampLastUsed(row.keyId);
  return outcome;
}
