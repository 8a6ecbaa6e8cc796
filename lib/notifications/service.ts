// In-app notifications (and their emails, through the outbox) for the users a change concerns.
import type { Tx } from "@/lib/db";

export type NotificationType =
  | "PARTNER_DEACTIVATED"
  | "PARTNER_REACTIVATED"
  | "ORGANIZATION_RENAMED";

/** Notifies every user of the partner; the email goes out in each user's language. */
export async function notifyPartnerUsers(tx: Tx, partnerId: string, type: NotificationType, params: Record<string, string | number>): Promise<void> {
  const members = await tx.partnerMembership.findMany({ where: { partnerId }, include: { user: { select: { id: true, email: true, locale: true } } } });
  for (const { user } of members) {
    await tx.notification.create({ data: { userId: user.id, partnerId, type, params } });
    await tx.outboxMessage.create({
      data: { channel: "EMAIL", topic: type, payload: { to: user.email, locale: user.locale, type, params } },
    });
  }
}
