// Renders a stored notification (type + params) in the viewer's language through the catalogue; used by the list page and the bell.
import type { AppLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { categoryOf, notificationHref, type NotificationCategory } from "@/lib/notifications/kinds";
import { displayParams, fillText, humanizeType, paramLines, reminderVariant, type RawParams } from "@/lib/notifications/format-params";

export interface RenderedNotification {
  title: string;
  body: string;
  href: string | null;
  category: NotificationCategory;
}

function asParams(value: unknown): RawParams {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as RawParams) : {};
}

export function renderNotification(t: Translate, locale: AppLocale, type: string, rawParams: unknown): RenderedNotification {
  const params = asParams(rawParams);
  const values = displayParams(params, locale, (entity) => {
    const key = `notifications.entities.${entity}`;
    const name = t(key);
    return name === key ? entity : name;
  });
  const base = `notifications.types.${type}`;
  const suffix = type === "EXPIRY_REMINDER" ? { today: "Today", one: "One", many: "" }[reminderVariant(params)] : "";
  const titleKey = `${base}.title${suffix}`;
  const titleTemplate = t(titleKey);
  const known = titleTemplate !== titleKey;
  return {
    title: known ? fillText(titleTemplate, values) : humanizeType(type),
    body: known ? fillText(t(`${base}.body${suffix}`), values) : paramLines(values),
    href: notificationHref(type, params),
    category: categoryOf(type),
  };
}
