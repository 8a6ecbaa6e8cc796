// Delivery states, as the OutboxStatus enum of the schema; pure data for filters and badges.
export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export type DeliveryStatus = (typeof OUTBOX_STATUSES)[number];
