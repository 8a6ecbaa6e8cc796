// Signs webhook deliveries and verifies them (for receivers and tests): HMAC-SHA256 over "<timestamp>.<raw body>".
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-portal-signature";
export const EVENT_HEADER = "x-portal-event";
export const DELIVERY_HEADER = "x-portal-delivery";

/** The header value `t=<unix seconds>,v1=<hex HMAC>`; the timestamp inside the MAC lets receivers refuse replays. */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** True when the header carries a valid MAC of the body made no more than `toleranceSeconds` from `now`. */
export function verifySignature(secret: string, header: string | null | undefined, body: string, now = new Date(), toleranceSeconds = 300): boolean {
  if (!header) return false;
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1");
  if (!Number.isInteger(timestamp) || !given || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}
