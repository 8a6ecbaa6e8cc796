// Renders a notification email (subject, text and HTML) in the recipient's language from the templates of lib/mail/templates.
import { directionOf, isLocale, type AppLocale } from "@/lib/i18n/locales";
import { displayParams, fillText, paramLines, reminderVariant, type RawParams } from "@/lib/notifications/format-params";
import { notificationHref } from "@/lib/notifications/kinds";
import ar from "@/lib/mail/templates/ar";
import en from "@/lib/mail/templates/en";
import fr from "@/lib/mail/templates/fr";
import { EMAIL_TYPES, type EmailCatalogue, type EmailText, type EmailType } from "@/lib/mail/templates/types";

export const EMAIL_CATALOGUES: Record<AppLocale, EmailCatalogue> = { en, fr, ar };

export interface RenderedEmail {
  locale: AppLocale;
  subject: string;
  text: string;
  html: string;
}

function isEmailType(type: string): type is EmailType {
  return (EMAIL_TYPES as readonly string[]).includes(type);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function pick(text: EmailText, params: RawParams): { subject: string; body: string } {
  const variant = reminderVariant(params);
  if (variant === "today" && text.subjectToday && text.bodyToday) return { subject: text.subjectToday, body: text.bodyToday };
  if (variant === "one" && text.subjectOne && text.bodyOne) return { subject: text.subjectOne, body: text.bodyOne };
  return text;
}

/** An email for one notification; an unknown locale falls back to English, an unknown type to the generic text. */
export function renderEmail(type: string, locale: unknown, rawParams: unknown, publicUrl: string): RenderedEmail {
  const lang: AppLocale = isLocale(locale) ? locale : "en";
  const catalogue = EMAIL_CATALOGUES[lang];
  const params: RawParams = rawParams && typeof rawParams === "object" && !Array.isArray(rawParams) ? (rawParams as RawParams) : {};
  const values = displayParams(params, lang, (entity) => catalogue.entities[entity as keyof EmailCatalogue["entities"]] ?? entity);
  const template = isEmailType(type) ? pick(catalogue.types[type], params) : catalogue.generic;
  const all = { ...values, type, details: paramLines(values) };
  // Subjects are one line: a value with a line break must not start a new header.
  const subject = fillText(template.subject, all).replace(/[\r\n]+/g, " ").trim();
  const body = fillText(template.body, all);
  const path = notificationHref(type, params) ?? "/notifications";
  const link = `${publicUrl.replace(/\/+$/, "")}${path}`;

  const text = `${catalogue.greeting}\n\n${body}\n\n${catalogue.openPortal}: ${link}\n\n-- \n${catalogue.footer}\n`;
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const html = `<!doctype html>
<html lang="${lang}" dir="${directionOf(lang)}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; line-height: 1.5; color: #0f172a; max-width: 40rem;">
<p>${escapeHtml(catalogue.greeting)}</p>
${paragraphs}
<p><a href="${escapeHtml(link)}" style="color: #1d4ed8; font-weight: 600;">${escapeHtml(catalogue.openPortal)}</a></p>
<hr style="border: 0; border-top: 1px solid #cbd5e1;">
<p style="font-size: 12px; color: #475569;">${escapeHtml(catalogue.footer)}</p>
</body>
</html>
`;
  return { locale: lang, subject, text, html };
}
