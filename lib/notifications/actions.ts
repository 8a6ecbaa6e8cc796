"use server";
// Server actions on the signed-in user's own notifications: every user may act on their own, and only on those.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { emptySchema, notificationIdSchema, notificationIdsSchema } from "@/lib/notifications/schemas";
import { dismissNotification, markAllNotificationsRead, markNotificationsRead } from "@/lib/notifications/service";

export const markNotificationsReadAction = action({ schema: notificationIdsSchema, permission: "signed-in" }, async ({ ids }, ctx) => {
  return { updated: await markNotificationsRead(ctx.principal.userId, ids) };
});

export const markAllNotificationsReadAction = action({ schema: emptySchema, permission: "signed-in" }, async (_input, ctx) => {
  const updated = await markAllNotificationsRead(ctx.principal.userId);
  revalidatePath("/notifications");
  return { updated };
});

export const dismissNotificationAction = action({ schema: notificationIdSchema, permission: "signed-in" }, async ({ id }, ctx) => {
  const result = await dismissNotification(ctx.principal.userId, id);
  revalidatePath("/notifications");
  return result;
});
