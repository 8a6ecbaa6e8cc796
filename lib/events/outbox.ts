// Outbound events and emails are rows written in the transaction of the change; a worker delivers them after commit.
import type { Tx } from "@/lib/db";

/** Event names follow MOSIP's WebSub topics where one exists (SPEC 6). */
export type EventTopic =
  | "PARTNER_UPDATED"
  | "APIKEY_APPROVED"
  | "APIKEY_STATUS_UPDATED"
  | "POLICY_UPDATED"
  | "MISP_LICENSE_GENERATED"
  | "MISP_LICENSE_UPDATED"
  | "CA_CERTIFICATE_UPLOADED";

export async function publishEvent(tx: Tx, topic: EventTopic, payload: Record<string, unknown>): Promise<void> {
  await tx.outboxMessage.create({
    data: { channel: "EVENT", topic, payload: { ...payload, publishedAt: new Date().toISOString() } },
  });
}
