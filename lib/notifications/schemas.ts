// Input shapes for the notification list, the bell and the read/dismiss actions.
import { z } from "zod";
import { NOTIFICATION_CATEGORIES } from "@/lib/notifications/kinds";

export const NOTIFICATION_SORTS = ["createdAt", "type", "status"] as const;
export type NotificationSort = (typeof NOTIFICATION_SORTS)[number];

/** "active" (the default) hides dismissed notifications; "all" shows them too. */
export const NOTIFICATION_STATUS_FILTERS = ["active", "all", "UNREAD", "READ", "DISMISSED"] as const;

export const notificationFiltersSchema = z.object({
  status: z.enum(NOTIFICATION_STATUS_FILTERS).catch("active").default("active"),
  category: z.enum(NOTIFICATION_CATEGORIES).optional().catch(undefined),
});
export type NotificationFilters = z.infer<typeof notificationFiltersSchema>;

export const notificationIdSchema = z.object({ id: z.uuid() });
export const notificationIdsSchema = z.object({ ids: z.array(z.uuid()).max(100) });
export const emptySchema = z.object({});
