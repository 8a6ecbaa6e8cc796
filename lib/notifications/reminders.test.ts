import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSmtpMailer } from "@/lib/mail/transport";
import { isoWeek, reminderThreshold, sendExpiryReminders, sendWeeklySummary } from "@/lib/notifications/reminders";
import { claimDailyRun, finishDailyRun } from "@/lib/worker/scheduled-jobs";
import { runOnce } from "@/lib/worker/run-once";
import { activateTestPartner, createTestPartner, createTestStaff, uniqueSuffix } from "@/tests/factories";
import { createExpiringApiKey, createExpiringCaCertificate, daysFrom, drainOutbox, removeExpiringRows, startSmtpSink, type SmtpSink } from "@/tests/factories-notifications";

const DAY = 86_400_000;
let sink: SmtpSink;

beforeAll(async () => {
  await drainOutbox();
  sink = await startSmtpSink();
});

afterAll(async () => {
  await removeExpiringRows();
  await sink.close();
});

async function deliverAll(now = new Date()) {
  const mailer = createSmtpMailer(sink.url, "Partner Portal <portal@test.local>");
  try {
    for (let i = 0; i < 100; i++) {
      const r = await runOnce({ mailer, now, scheduledJobs: false });
      if (r.emails.sent + r.emails.retrying + r.emails.failed === 0) return;
    }
  } finally {
    mailer.close();
  }
}

describe("reminder thresholds", () => {
  const now = new Date("2026-12-01T06:00:00Z");
  it.each([
    [45, null],
    [30.5, 30],
    [20, 30],
    [15.2, 15],
    [8, 15],
    [7.9, 7],
    [2, 7],
    [1.5, 1],
    [0.5, 0],
  ])("%s days ahead → threshold %s", (days, threshold) => {
    expect(reminderThreshold(new Date(now.getTime() + days * DAY), now)?.threshold ?? null).toBe(threshold);
  });

  it("nothing for what has already expired", () => {
    expect(reminderThreshold(new Date(now.getTime() - 1000), now)).toBeNull();
  });

  it("ISO weeks", () => {
    expect(isoWeek(new Date("2026-12-03T10:00:00Z"))).toEqual({ key: "2026-W49", monday: new Date("2026-11-30T00:00:00Z") });
    expect(isoWeek(new Date("2027-01-01T10:00:00Z")).key).toBe("2026-W53");
    expect(isoWeek(new Date("2026-01-01T10:00:00Z")).key).toBe("2026-W01");
  });
});

describe("expiry reminders", () => {
  it("the job run twice sends one reminder and one email, in the owner's language; the next threshold sends one more", async () => {
    const now = new Date();
    const { partner, userId } = await createTestPartner("AUTH_PARTNER");
    await activateTestPartner(partner.id);
    await db.user.update({ where: { id: userId }, data: { locale: "fr" } });
    const key = await createExpiringApiKey(partner.id, daysFrom(now, 12));

    const first = await sendExpiryReminders(now);
    const second = await sendExpiryReminders(now);
    expect(first).toBeGreaterThanOrEqual(1);
    const notifications = await db.notification.findMany({ where: { userId, type: "EXPIRY_REMINDER" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.dedupeKey).toBe(`reminder:API_KEY:${key.id}:15:${userId}`);
    expect(notifications[0]!.params).toMatchObject({ entity: "API_KEY", entityId: key.id, name: key.label, days: 12 });
    // The second run found the reminder sent and wrote nothing for this key.
    expect(second).toBeLessThan(first);

    await deliverAll();
    await deliverAll();
    const mails = sink.to(partner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.headers.get("content-language")).toBe("fr");
    expect(mails[0]!.subject).toBe(`Clé d'API « ${key.label} » : expiration dans 12 jours`);

    // Eleven days later: the 1-day reminder, once.
    const later = new Date(now.getTime() + 11 * DAY);
    await sendExpiryReminders(later);
    await sendExpiryReminders(later);
    await deliverAll(later);
    expect(await db.notification.count({ where: { userId, type: "EXPIRY_REMINDER" } })).toBe(2);
    const all = sink.to(partner.email);
    expect(all).toHaveLength(2);
    expect(all[1]!.subject).toBe(`Clé d'API « ${key.label} » : expiration demain`);
  });

  it("two runs at once still notify once", async () => {
    const now = new Date();
    const { partner, userId } = await createTestPartner("AUTH_PARTNER");
    await activateTestPartner(partner.id);
    await createExpiringApiKey(partner.id, daysFrom(now, 3));
    await Promise.all([sendExpiryReminders(now), sendExpiryReminders(now), sendExpiryReminders(now)]);
    expect(await db.notification.count({ where: { userId, type: "EXPIRY_REMINDER" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { channel: "EMAIL", topic: "EXPIRY_REMINDER", payload: { path: ["to"], equals: partner.email } } })).toBe(1);
  });

  it("CA certificate reminders go to the partner admins, not to partners; deactivated partners get none", async () => {
    const now = new Date();
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const ca = await createExpiringCaCertificate(daysFrom(now, 6), "INTERMEDIATE");
    const { partner, userId } = await createTestPartner("AUTH_PARTNER");
    await db.partner.update({ where: { id: partner.id }, data: { status: "DEACTIVATED" } });
    await createExpiringApiKey(partner.id, daysFrom(now, 6));

    await sendExpiryReminders(now);
    const forAdmin = await db.notification.findMany({ where: { userId: admin.userId, type: "EXPIRY_REMINDER" } });
    expect(forAdmin.map((n) => n.params)).toContainEqual(expect.objectContaining({ entity: "INTERMEDIATE_CA_CERTIFICATE", entityId: ca.id, name: ca.issuedTo }));
    expect(await db.notification.count({ where: { userId, type: "EXPIRY_REMINDER" } })).toBe(0);
    const partnerUsersNotified = await db.notification.count({ where: { type: "EXPIRY_REMINDER", params: { path: ["entityId"], equals: ca.id }, partnerId: { not: null } } });
    expect(partnerUsersNotified).toBe(0);
  });

  it("the weekly summary reaches each admin once per ISO week", async () => {
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const monday = new Date("2031-03-03T07:00:00Z");
    await sendWeeklySummary(monday);
    await sendWeeklySummary(new Date("2031-03-05T07:00:00Z"));
    expect(await db.notification.count({ where: { userId: admin.userId, type: "WEEKLY_SUMMARY" } })).toBe(1);
    await sendWeeklySummary(new Date("2031-03-10T07:00:00Z"));
    const summaries = await db.notification.findMany({ where: { userId: admin.userId, type: "WEEKLY_SUMMARY" }, orderBy: { createdAt: "asc" } });
    expect(summaries).toHaveLength(2);
    expect(summaries[0]!.params).toMatchObject({ weekOf: "2031-03-03" });
    expect(summaries[0]!.params).toHaveProperty("pendingPolicyRequests");
  });

  it("the daily job runs once per UTC day across instances", async () => {
    const name = `test-job-${uniqueSuffix()}`;
    const day = new Date("2031-05-01T08:00:00Z");
    const claims = await Promise.all([claimDailyRun(name, day), claimDailyRun(name, day), claimDailyRun(name, day)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await finishDailyRun(name, day);
    expect(await claimDailyRun(name, new Date("2031-05-01T23:00:00Z"))).toBe(false);
    expect(await claimDailyRun(name, new Date("2031-05-02T00:01:00Z"))).toBe(true);
  });
});
