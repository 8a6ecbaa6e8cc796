// The daily job: expiry reminders at 30, 15, 7, 1 and 0 days, and the admins' weekly summary; each sent at most once.
// It reads other domains' tables (read only) to find what expires; it writes only notifications and their emails.
import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { REMINDER_DAYS, type ExpiringEntity } from "@/lib/notifications/kinds";
import { notifyPartnerAdmins, notifyPartnerUsers } from "@/lib/notifications/service";

const DAY_MS = 86_400_000;

/**
 * The reminder an expiry date is due for at `now`: the tightest threshold not yet passed (an item first seen 20
 * days ahead gets the 30-day reminder; one missed while the portal was down is not sent late). Null when it
 * is more than 30 days away or already expired.
 */
export function reminderThreshold(expiresAt: Date, now: Date): { threshold: number; daysLeft: number } | null {
  const remaining = expiresAt.getTime() - now.getTime();
  if (remaining <= 0) return null;
  const daysLeft = Math.floor(remaining / DAY_MS);
  const threshold = [...REMINDER_DAYS].sort((a, b) => a - b).find((t) => daysLeft <= t);
  return threshold === undefined ? null : { threshold, daysLeft };
}

interface ExpiringItem {
  entity: ExpiringEntity;
  id: string;
  name: string;
  expiresAt: Date;
  /** The owning partner; null for CA certificates, which go to the partner admins. */
  partnerId: string | null;
}

function commonName(subject: string): string {
  return /(?:^|,\s*)CN=([^,]+)/.exec(subject)?.[1]?.trim() ?? subject;
}

/** Everything that expires within the reminder window; deactivated partners and retired items are left out. */
async function expiringItems(now: Date): Promise<ExpiringItem[]> {
  const until = new Date(now.getTime() + (Math.max(...REMINDER_DAYS) + 1) * DAY_MS);
  const window = { gt: now, lte: until };
  const livePartner = { status: { not: "DEACTIVATED" as const } };
  const [partnerCerts, caCerts, chips, sbis, apiKeys, mispKeys] = await Promise.all([
    db.partnerCertificate.findMany({
      where: { isCurrent: true, partner: livePartner, OR: [{ notAfter: window }, { signedNotAfter: window }] },
      select: { id: true, partnerId: true, subject: true, notAfter: true, signedNotAfter: true },
    }),
    db.caCertificate.findMany({ where: { notAfter: window }, select: { id: true, kind: true, issuedTo: true, notAfter: true } }),
    db.ftmChip.findMany({
      where: { certNotAfter: window, status: { in: ["PENDING_APPROVAL", "APPROVED"] }, provider: livePartner },
      select: { id: true, providerId: true, make: true, model: true, certNotAfter: true },
    }),
    db.sbi.findMany({
      where: { swExpiresAt: window, status: { in: ["PENDING_APPROVAL", "APPROVED"] }, provider: livePartner },
      select: { id: true, providerId: true, version: true, swExpiresAt: true },
    }),
    db.apiKey.findMany({ where: { expiresAt: window, status: "ACTIVE", partner: livePartner }, select: { id: true, partnerId: true, label: true, expiresAt: true } }),
    db.mispLicenseKey.findMany({
      where: { expiresAt: window, status: "ACTIVE", partner: livePartner },
      select: { id: true, partnerId: true, prefix: true, lastFour: true, expiresAt: true },
    }),
  ]);
  return [
    // The portal-signed certificate is the one downstream systems use; it never outlives the original.
    ...partnerCerts.map((c) => ({
      entity: "PARTNER_CERTIFICATE" as const,
      id: c.id,
      name: commonName(c.subject),
      expiresAt: c.signedNotAfter < c.notAfter ? c.signedNotAfter : c.notAfter,
      partnerId: c.partnerId,
    })),
    ...caCerts.map((c) => ({
      entity: c.kind === "ROOT" ? ("ROOT_CA_CERTIFICATE" as const) : ("INTERMEDIATE_CA_CERTIFICATE" as const),
      id: c.id,
      name: c.issuedTo,
      expiresAt: c.notAfter,
      partnerId: null,
    })),
    ...chips.map((c) => ({ entity: "FTM_CHIP_CERTIFICATE" as const, id: c.id, name: `${c.make} ${c.model}`, expiresAt: c.certNotAfter!, partnerId: c.providerId })),
    ...sbis.map((s) => ({ entity: "SBI" as const, id: s.id, name: s.version, expiresAt: s.swExpiresAt, partnerId: s.providerId })),
    ...apiKeys.map((k) => ({ entity: "API_KEY" as const, id: k.id, name: k.label, expiresAt: k.expiresAt, partnerId: k.partnerId })),
    ...mispKeys.map((k) => ({ entity: "MISP_KEY" as const, id: k.id, name: `${k.prefix}…${k.lastFour}`, expiresAt: k.expiresAt, partnerId: k.partnerId })),
  ];
}

/**
 * Sends the reminders due at `now`. Each (item, threshold, user) has a dedupe key, so running the job twice,
 * or on two instances at once, notifies and emails once. Returns how many notifications were created.
 */
export async function sendExpiryReminders(now: Date = new Date()): Promise<number> {
  let created = 0;
  for (const item of await expiringItems(now)) {
    const due = reminderThreshold(item.expiresAt, now);
    if (!due) continue;
    const params = { entity: item.entity, entityId: item.id, name: item.name, expiresAt: item.expiresAt.toISOString(), days: due.daysLeft };
    const dedupeKey = `reminder:${item.entity}:${item.id}:${due.threshold}`;
    try {
      created += await db.$transaction((tx) =>
        item.partnerId
          ? notifyPartnerUsers(tx, item.partnerId, "EXPIRY_REMINDER", params, { dedupeKey })
          : notifyPartnerAdmins(tx, "EXPIRY_REMINDER", params, { dedupeKey }),
      );
    } catch (error) {
      // One bad row must not stop the others; the next run tries it again.
      log.error("expiry reminder failed", { entity: item.entity, id: item.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return created;
}

/** ISO 8601 week of a date, e.g. "2026-W49", and the Monday that starts it. */
export function isoWeek(date: Date): { key: string; monday: Date } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  const monday = new Date(day.getTime() - (weekday - 1) * DAY_MS);
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return { key: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`, monday };
}

/** What awaits the admins this week: pending decisions and what expires within 7 days (as MOSIP's weekly job reports). */
async function weeklyCounts(now: Date) {
  const within7 = { gt: now, lte: new Date(now.getTime() + 7 * DAY_MS) };
  const [pendingPolicyRequests, pendingSbis, pendingDevices, pendingFtmChips, partnerCerts, chipCerts, expiringApiKeys, expiringSbis] = await Promise.all([
    db.policyRequest.count({ where: { status: "PENDING" } }),
    db.sbi.count({ where: { status: "PENDING_APPROVAL" } }),
    db.device.count({ where: { status: "PENDING_APPROVAL" } }),
    db.ftmChip.count({ where: { status: "PENDING_APPROVAL" } }),
    db.partnerCertificate.count({ where: { isCurrent: true, signedNotAfter: within7 } }),
    db.ftmChip.count({ where: { status: "APPROVED", certNotAfter: within7 } }),
    db.apiKey.count({ where: { status: "ACTIVE", expiresAt: within7 } }),
    db.sbi.count({ where: { status: "APPROVED", swExpiresAt: within7 } }),
  ]);
  return { pendingPolicyRequests, pendingSbis, pendingDevices, pendingFtmChips, expiringCertificates: partnerCerts + chipCerts, expiringApiKeys, expiringSbis };
}

/** The weekly summary for partner admins, once per ISO week (the first daily run of the week sends it). */
export async function sendWeeklySummary(now: Date = new Date()): Promise<number> {
  const week = isoWeek(now);
  const params = { weekOf: week.monday.toISOString().slice(0, 10), ...(await weeklyCounts(now)) };
  return db.$transaction((tx) => notifyPartnerAdmins(tx, "WEEKLY_SUMMARY", params, { dedupeKey: `weekly:${week.key}` }));
}

/** The whole daily job. */
export async function runDailyNotifications(now: Date = new Date()): Promise<{ reminders: number; summaries: number }> {
  const reminders = await sendExpiryReminders(now);
  const summaries = await sendWeeklySummary(now);
  return { reminders, summaries };
}
