// In-app notifications (and their emails, through the outbox) for the users a change concerns; a user's own read/dismiss.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/generated/prisma/enums";

export type NotificationType =
  | "PARTNER_DEACTIVATED"
  | "PARTNER_REACTIVATED"
  | "ORGANIZATION_RENAMED"
  // Devices and FTM chips (lib/devices/service.ts, lib/ftm/service.ts).
  | "SBI_APPROVED"
  | "SBI_REJECTED"
  | "SBI_DEACTIVATED"
  | "DEVICE_APPROVED"
  | "DEVICE_REJECTED"
  | "DEVICE_DEACTIVATED"
  | "FTM_CHIP_APPROVED"
  | "FTM_CHIP_REJECTED"
  | "FTM_CHIP_DEACTIVATED"
  // Certificates (lib/certificates/service.ts).
  | "PARTNER_CERTIFICATE_UPLOADED"
  | "PARTNER_CERTIFICATE_RENEWED"
  // Decisions and issuance; the params each type's text reads are listed in lib/notifications/kinds.ts.
  | "POLICY_REQUEST_APPROVED"
  | "POLICY_REQUEST_REJECTED"
  | "POLICY_DEACTIVATED" // to partners holding an approved request for it (lib/policies/service.ts)
  | "API_KEY_ISSUED"
  | "API_KEY_DEACTIVATED"
  | "MISP_KEY_ISSUED"
  | "MISP_KEY_DEACTIVATED"
  // Sent by the daily job (lib/notifications/reminders.ts), never by a domain service.
  | "EXPIRY_REMINDER"
  | "WEEKLY_SUMMARY";

export type NotificationParams = Record<string, string | number>;

export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
}

export interface NotifyOptions {
  /** Makes the notification idempotent (reminders): the user's id is appended, and a second call with the same key does nothing. */
  dedupeKey?: string;
}

const recipientSelect = { id: true, email: true, locale: true } as const;

/**
 * One user's notification and its email (an EMAIL outbox row, payload {to, locale, type, params}), in the caller's
 * transaction. Returns false when a notification with the same dedupe key exists already: nothing is written then.
 */
export async function notifyUser(tx: Tx, user: Recipient, type: NotificationType, params: NotificationParams, options: NotifyOptions & { partnerId?: string | null } = {}): Promise<boolean> {
  const dedupeKey = options.dedupeKey ? `${options.dedupeKey}:${user.id}` : null;
  // ON CONFLICT DO NOTHING: a concurrent run with the same key waits for this one and then skips, so a reminder goes out once.
  const created = await tx.notification.createMany({
    data: [{ userId: user.id, partnerId: options.partnerId ?? null, type, params, dedupeKey }],
    skipDuplicates: true,
  });
  if (created.count === 0) return false;
  const now = new Date();
  await tx.outboxMessage.create({
    data: { channel: "EMAIL", topic: type, payload: { to: user.email, locale: user.locale, type, params }, nextAttemptAt: now },
  });
  return true;
}

/** Notifies every active user of the partner; the email goes out in each user's language. Returns how many were notified. */
export async function notifyPartnerUsers(tx: Tx, partnerId: string, type: NotificationType, params: NotificationParams, options: NotifyOptions = {}): Promise<number> {
  const members = await tx.partnerMembership.findMany({ where: { partnerId, user: { isActive: true } }, select: { user: { select: recipientSelect } } });
  let count = 0;
  for (const { user } of members) if (await notifyUser(tx, user, type, params, { ...options, partnerId })) count++;
  return count;
}

/** Notifies every active partner admin (CA certificate reminders, the weekly summary). */
export async function notifyPartnerAdmins(tx: Tx, type: NotificationType, params: NotificationParams, options: NotifyOptions = {}): Promise<number> {
  const admins = await tx.user.findMany({ where: { roles: { has: "PARTNER_ADMIN" }, isActive: true }, select: recipientSelect });
  let count = 0;
  for (const user of admins) if (await notifyUser(tx, user, type, params, options)) count++;
  return count;
}

// Reading and dismissing are the user's own view of their notifications, not a change to the programme's
// data, so they are not audited. Every query names the user: nobody reads or dismisses another's.

const notificationNotFound = () => new AppError("not_found", "PMS_NOTIFICATION_404", "This notification was not found.");

/** Marks the given notifications of the user read (those still unread); returns how many changed. */
export async function markNotificationsRead(userId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const updated = await db.notification.updateMany({ where: { userId, id: { in: ids }, status: "UNREAD" }, data: { status: "READ", readAt: new Date() } });
  return updated.count;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  const updated = await db.notification.updateMany({ where: { userId, status: "UNREAD" }, data: { status: "READ", readAt: new Date() } });
  return updated.count;
}

/** Dismisses one notification of the user; another user's notification is "not found". */
export async function dismissNotification(userId: string, id: string): Promise<{ id: string }> {
  const now = new Date();
  const updated = await db.notification.updateMany({
    where: { id, userId, status: { not: "DISMISSED" } },
    data: { status: "DISMISSED", readAt: now },
  });
  if (updated.count === 0) {
    const own = await db.notification.findFirst({ where: { id, userId }, select: { id: true } });
    if (!own) throw notificationNotFound();
  }
  return { id };
}
