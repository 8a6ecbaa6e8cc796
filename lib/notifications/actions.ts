"use server";
// Server actions on the signed-in user's own notifications: every user may act on their own, and only on those.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import type { UserPrincipal } from "@/lib/auth/principal";
import type { Principal } from "@/lib/auth/principal";
import { unauthenticated } from "@/lib/errors";
import { emptySchema, notificationIdSchema, notificationIdsSchema } from "@/lib/notifications/schemas";
import { dismissNotification, markAllNotificationsRead, markNotificationsRead } from "@/lib/notifications/service";

// No permission names "any signed-in user"; the pipeline passes the principal and this checks it is a user.
function signedInUser(principal: Principal | null): UserPrincipal {
  if (!principal || principal.kind !== "user") throw unauthenticated();
  return principal;
}

export const markNotificationsReadAction = action({ schema: notificationIdsSchema, permission: null }, async ({ ids }, ctx) => {
  return { updated: await markNotificationsRead(signedInUser(ctx.principal).userId, ids) };
});

export const markAllNotificationsReadAction = action({ schema: emptySchema, permission: null }, async (_input, ctx) => {
  const updated = await markAllNotificationsRead(signedInUser(ctx.principal).userId);
  revalidatePath("/notifications");
  return { updated };
});

export const dismissNotificationAction = action({ schema: notificationIdSchema, permission: null }, async ({ id }, ctx) => {
  const result = await dismissNotification(signedInUser(ctx.principal).userId, id);
  revalidatePath("/notifications");
  return result;
});
