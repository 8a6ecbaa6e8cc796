// Column values of a stored CA certificate, derived from the parsed certificate in one place.
import type { DescribedCert } from "@/lib/pki";

/** MOSIP's "issued to / issued by": the CN, else the O, else the whole name. */
export function shortName(attributes: Record<string, string[]>, full: string): string {
  const value = attributes.CN?.[0] ?? attributes.O?.[0] ?? full;
  return value.slice(0, 256);
}

/** e.g. "RSA-2048", "EC-P-256" */
export function keyTypeLabel(key: DescribedCert["publicKey"]): string {
  if (key.curve) return `${key.type}-${key.curve}`.slice(0, 32);
  if (key.bits) return `${key.type}-${key.bits}`.slice(0, 32);
  return key.type.slice(0, 32);
}
