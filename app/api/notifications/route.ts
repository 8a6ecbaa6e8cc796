// The bell's data for the signed-in user (browser session): unread count and latest notifications, as type + params
// so that the browser renders them in the viewer's language from its catalogue.
import { bellNotifications } from "@/lib/notifications/queries";
import { restRoute } from "@/lib/rest";

export const dynamic = "force-dynamic";

export const GET = restRoute({ auth: "user" }, async ({ principal }) => {
  const { unread, items } = await bellNotifications(principal.userId);
  return { unread, items: items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })) };
});
