// The date rules of an SBI (SPEC journey 6, MOSIP's PMS_AUT_507/508/514/515/516), shared by the form and the service.
// Dates compare by calendar day in UTC, as MOSIP compares LocalDates; "today" is the UTC date of `now`.

export const SBI_MAX_YEARS = 10;

export type SbiDateField = "swCreatedAt" | "swExpiresAt";

export interface SbiDateViolation {
  field: SbiDateField;
  /** MOSIP's error code */
  code: "PMS_AUT_514" | "PMS_AUT_516" | "PMS_AUT_507" | "PMS_AUT_508" | "PMS_AUT_515";
  /** catalogue key of the message (devices section) */
  key: string;
  params: { years: number; today: string };
  message: string;
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `date` falls on. */
export function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function addYears(day: number, years: number): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate());
}

export function isoDay(date: Date | number): string {
  return new Date(date).toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" string as midnight UTC, or null when it is not a real calendar date. */
export function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date;
}

/** True when the SBI's expiry day is before today: it can no longer be approved or take devices. */
export function isSbiExpired(swExpiresAt: Date, now = new Date()): boolean {
  return utcDay(swExpiresAt) < utcDay(now);
}

/**
 * Every broken rule, in the order MOSIP checks them, at most one per field:
 * created not after today (514) nor more than 10 years back (516); expiry after created (507),
 * after today (508) and at most 10 years ahead (515).
 */
export function sbiDateViolations(created: Date, expires: Date, now = new Date()): SbiDateViolation[] {
  const today = utcDay(now);
  const createdDay = utcDay(created);
  const expiresDay = utcDay(expires);
  const params = { years: SBI_MAX_YEARS, today: isoDay(today) };
  const out: SbiDateViolation[] = [];
  const add = (field: SbiDateField, code: SbiDateViolation["code"], key: string, message: string) => {
    if (!out.some((v) => v.field === field)) out.push({ field, code, key, params, message });
  };
  if (createdDay > today) add("swCreatedAt", "PMS_AUT_514", "validation.sbiCreatedInFuture", `The created date must be today (${params.today}) or earlier.`);
  if (createdDay < addYears(today, -SBI_MAX_YEARS)) {
    add("swCreatedAt", "PMS_AUT_516", "validation.sbiCreatedTooOld", `The created date must not be more than ${SBI_MAX_YEARS} years before today.`);
  }
  if (expiresDay <= createdDay) add("swExpiresAt", "PMS_AUT_507", "validation.sbiExpiryBeforeCreated", "The expiry date must be after the created date.");
  if (expiresDay <= today) add("swExpiresAt", "PMS_AUT_508", "validation.sbiExpiryPast", `The expiry date must be after today (${params.today}).`);
  if (expiresDay > addYears(today, SBI_MAX_YEARS)) {
    add("swExpiresAt", "PMS_AUT_515", "validation.sbiExpiryTooFar", `The expiry date must not be more than ${SBI_MAX_YEARS} years after today.`);
  }
  return out;
}

/** Whole days from today until the expiry day (negative once expired). */
export function daysUntil(date: Date, now = new Date()): number {
  return Math.round((utcDay(date) - utcDay(now)) / DAY_MS);
}
