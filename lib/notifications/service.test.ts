import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { makeTranslate } from "@/lib/i18n/translate";
import { EMAIL_CATALOGUES, renderEmail } from "@/lib/mail/render";
import { EMAIL_TYPES } from "@/lib/mail/templates/types";
import { categoryOf, EXPIRING_ENTITIES, notificationHref } from "@/lib/notifications/kinds";
import { bellNotifications, listNotifications } from "@/lib/notifications/queries";
import { renderNotification } from "@/lib/notifications/render";
import { dismissNotification, markAllNotificationsRead, markNotificationsRead, notifyPartnerUsers } from "@/lib/notifications/service";
import { notificationFiltersSchema } from "@/lib/notifications/schemas";
import { createTestPartner } from "@/tests/factories";

const page = { page: 0, size: 8, sort: "createdAt" as const, dir: "desc" as const };

/** Every member of the NotificationType union, read from its source: a type added by another domain must get its texts. */
function notificationTypes(): string[] {
  const source = readFileSync(path.resolve(import.meta.dirname, "service.ts"), "utf8");
  const union = /export type NotificationType =([\s\S]*?);/.exec(source)?.[1] ?? "";
  return [...union.matchAll(/\|\s*"([A-Z_]+)"/g)].map((m) => m[1]!);
}

const SAMPLE_PARAMS: Record<string, string | number> = {
  partnerId: "demo-bank",
  organizationName: "Demo Bank Ltd",
  policyName: "Full KYC",
  policyId: "pol-1",
  requestId: "req-1",
  comment: "Use case unclear",
  label: "prod-key",
  expiresAt: "2027-03-01T00:00:00.000Z",
  notAfter: "2027-03-01",
  entity: "API_KEY",
  entityId: "k-1",
  name: "prod-key",
  days: 15,
  weekOf: "2026-11-30",
  pendingPolicyRequests: 3,
  pendingSbis: 1,
  pendingDevices: 2,
  pendingFtmChips: 0,
  expiringCertificates: 4,
  expiringApiKeys: 5,
  expiringSbis: 0,
  sbiId: "s-1",
  version: "1.2.0",
  devicesDeactivated: 2,
  devicesRejected: 1,
  deviceId: "d-1",
  chipId: "c-1",
  make: "Acme",
  model: "X1",
};

describe("notification texts", () => {
  it("every notification type has its email text in English, French and Arabic, and its in-app text", () => {
    const types = notificationTypes();
    expect(types.length).toBeGreaterThan(10);
    expect(types.filter((t) => !(EMAIL_TYPES as readonly string[]).includes(t))).toEqual([]);
    const en = makeTranslate(CATALOGUES.en);
    expect(types.filter((t) => en(`notifications.types.${t}.title`) === `notifications.types.${t}.title`)).toEqual([]);
  });

  it("emails render in each language with every placeholder filled", () => {
    for (const locale of ["en", "fr", "ar"] as const) {
      for (const type of EMAIL_TYPES) {
        for (const days of [15, 1, 0]) {
          const email = renderEmail(type, locale, { ...SAMPLE_PARAMS, days }, "https://portal.example.org/");
          expect(`${email.subject}\n${email.text}`, `${locale} ${type}`).not.toMatch(/\{\w+\}|—/);
          expect(email.html).toContain(`lang="${locale}"`);
          expect(email.text).toContain("https://portal.example.org/");
        }
      }
      expect(Object.keys(EMAIL_CATALOGUES[locale].entities).sort()).toEqual([...EXPIRING_ENTITIES].sort());
    }
    // The three languages really differ.
    const subjects = (["en", "fr", "ar"] as const).map((l) => renderEmail("POLICY_REQUEST_APPROVED", l, SAMPLE_PARAMS, "http://x").subject);
    expect(new Set(subjects).size).toBe(3);
    expect(renderEmail("EXPIRY_REMINDER", "ar", SAMPLE_PARAMS, "http://x").html).toContain('dir="rtl"');
  });

  it("dates are written in the reader's language; HTML is escaped; a subject stays on one line", () => {
    const fr = renderEmail("API_KEY_ISSUED", "fr", { ...SAMPLE_PARAMS, label: "<b>x</b>\r\nBcc: evil@example.org" }, "http://x");
    expect(fr.text).toContain("1 mars 2027");
    expect(fr.html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(fr.html).not.toContain("<b>x</b>");
    expect(fr.subject).not.toMatch(/[\r\n]/);
  });

  it("an unknown type or language falls back to the generic text in English with its details", () => {
    const email = renderEmail("SOMETHING_NEW", "xx", { widget: "w-1" }, "http://x");
    expect(email.locale).toBe("en");
    expect(email.subject).toContain("SOMETHING_NEW");
    expect(email.text).toContain("widget: w-1");
  });

  it("in-app texts come from the viewer's catalogue; reminders choose today / tomorrow / in N days", () => {
    const t = makeTranslate(CATALOGUES.en);
    const rendered = renderNotification(t, "en", "EXPIRY_REMINDER", { ...SAMPLE_PARAMS, days: 0 });
    expect(rendered.title).toBe("API key expires today");
    expect(rendered.href).toBe("/api-keys");
    expect(renderNotification(t, "en", "EXPIRY_REMINDER", { ...SAMPLE_PARAMS, days: 1 }).title).toBe("API key expires tomorrow");
    expect(renderNotification(t, "en", "EXPIRY_REMINDER", SAMPLE_PARAMS).body).toContain("in 15 days");
    expect(renderNotification(t, "en", "POLICY_REQUEST_REJECTED", { policyName: "P" }).body).toBe("Your request for the policy “P” has been rejected. Comment: —");
    expect(renderNotification(t, "en", "BRAND_NEW_THING", { a: 1 })).toMatchObject({ title: "Brand new thing", body: "a: 1", category: "other" });
  });

  it("types fall into categories and link to the page to act on", () => {
    expect(categoryOf("POLICY_REQUEST_APPROVED")).toBe("requests");
    expect(categoryOf("POLICY_DEACTIVATED")).toBe("requests");
    expect(categoryOf("SBI_APPROVED")).toBe("devices");
    expect(categoryOf("MISP_KEY_ISSUED")).toBe("keys");
    expect(categoryOf("EXPIRY_REMINDER")).toBe("expiry");
    expect(categoryOf("WEEKLY_SUMMARY")).toBe("summary");
    expect(notificationHref("FTM_CHIP_APPROVED", {})).toBe("/ftm");
    expect(notificationHref("PARTNER_CERTIFICATE_RENEWED", {})).toBe("/certificate");
    expect(notificationHref("EXPIRY_REMINDER", { entity: "ROOT_CA_CERTIFICATE" })).toBe("/admin/trust-store");
  });
});

describe("a user's own notifications", () => {
  it("are read, listed, filtered and dismissed per user; another user's are not found", async () => {
    const a = await createTestPartner("DEVICE_PROVIDER");
    const b = await createTestPartner("DEVICE_PROVIDER");
    await db.$transaction(async (tx) => {
      await notifyPartnerUsers(tx, a.partner.id, "SBI_APPROVED", { sbiId: "s-1", version: "1.0" });
      await notifyPartnerUsers(tx, a.partner.id, "DEVICE_REJECTED", { deviceId: "d-1", make: "M", model: "X", comment: "no" });
      await notifyPartnerUsers(tx, a.partner.id, "PARTNER_REACTIVATED", { partnerId: a.partner.id });
      await notifyPartnerUsers(tx, b.partner.id, "SBI_APPROVED", { sbiId: "s-2", version: "2.0" });
    });
    const bell = await bellNotifications(a.userId);
    expect(bell.unread).toBe(3);
    expect(bell.items).toHaveLength(3);

    const devices = await listNotifications(a.userId, notificationFiltersSchema.parse({ category: "devices" }), page);
    expect(devices.total).toBe(2);
    const other = await listNotifications(a.userId, notificationFiltersSchema.parse({ category: "other" }), page);
    expect(other.total).toBe(0);

    const [first] = bell.items;
    expect(await markNotificationsRead(a.userId, [first!.id])).toBe(1);
    // Another user cannot mark, read or dismiss it.
    expect(await markNotificationsRead(b.userId, [first!.id])).toBe(0);
    await expect(dismissNotification(b.userId, first!.id)).rejects.toMatchObject({ code: "PMS_NOTIFICATION_404" });
    expect((await bellNotifications(a.userId)).unread).toBe(2);

    await dismissNotification(a.userId, first!.id);
    const active = await listNotifications(a.userId, notificationFiltersSchema.parse({}), page);
    expect(active.total).toBe(2);
    const all = await listNotifications(a.userId, notificationFiltersSchema.parse({ status: "all" }), page);
    expect(all.total).toBe(3);
    const dismissed = await listNotifications(a.userId, notificationFiltersSchema.parse({ status: "DISMISSED" }), page);
    expect(dismissed.rows.map((r) => r.id)).toEqual([first!.id]);

    expect(await markAllNotificationsRead(a.userId)).toBe(2);
    expect((await bellNotifications(a.userId)).unread).toBe(0);
    // b's notification is untouched.
    expect((await bellNotifications(b.userId)).unread).toBe(1);
  });

  it("a junk filter falls back to the default instead of failing", () => {
    expect(notificationFiltersSchema.parse({ status: "bogus", category: "nope" })).toEqual({ status: "active", category: undefined });
  });
});
