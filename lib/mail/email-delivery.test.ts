import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimOutboxMessages } from "@/lib/events/outbox";
import { createSmtpMailer } from "@/lib/mail/transport";
import { deactivatePartner } from "@/lib/partners/service";
import { notifyUser } from "@/lib/notifications/service";
import { CLAIM_LEASE_MS } from "@/lib/worker/backoff";
import { runOnce } from "@/lib/worker/run-once";
import { createTestPartner, createTestStaff, testActor, uniqueSuffix } from "@/tests/factories";
import { drainOutbox, pendingEmailsTo, startSmtpSink, type SmtpSink } from "@/tests/factories-notifications";

let sink: SmtpSink;
// A real user to hang the notifications on; each test sends to an address of its own.
let userId: string;

beforeAll(async () => {
  await drainOutbox();
  sink = await startSmtpSink();
  userId = (await createTestStaff(["POLICY_MANAGER"])).userId;
});

afterAll(async () => {
  await sink.close();
});

function mailer() {
  return createSmtpMailer(sink.url, "Partner Portal <portal@test.local>");
}

async function deliverAll(now = new Date()) {
  const m = mailer();
  try {
    for (let i = 0; i < 50; i++) {
      const r = await runOnce({ mailer: m, now, scheduledJobs: false });
      if (r.emails.sent + r.emails.retrying + r.emails.failed === 0) return;
    }
  } finally {
    m.close();
  }
}

describe("email through a real SMTP server", () => {
  it("a decision reaches the partner's user by email, in the user's language, after the change commits", async () => {
    const { partner, userId: ownerId } = await createTestPartner("DEVICE_PROVIDER");
    const email = partner.email;
    await db.user.update({ where: { id: ownerId }, data: { locale: "fr" } });
    const admin = await createTestStaff(["PARTNER_ADMIN"]);

    await deactivatePartner(partner.id, testActor(admin));
    // Written in the transaction of the change, not yet sent: the worker sends after commit.
    expect(await pendingEmailsTo(email)).toBe(1);
    expect(sink.to(email)).toHaveLength(0);

    await deliverAll();
    const received = sink.to(email);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.headers.get("content-language")).toBe("fr");
    expect(mail.headers.get("x-portal-notification")).toBe("PARTNER_DEACTIVATED");
    expect(mail.subject).toBe(`Votre partenaire ${partner.id} a été désactivé`);
    expect(mail.text).toContain("L'administrateur des partenaires a désactivé le partenaire");
    expect(mail.html).toContain('lang="fr"');
    expect(await pendingEmailsTo(email)).toBe(0);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { channel: "EMAIL", payload: { path: ["to"], equals: email } } });
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(1);
  });

  it("Arabic emails are right to left, with an Arabic subject", async () => {
    const { partner, userId: ownerId } = await createTestPartner("FTM_PROVIDER");
    await db.user.update({ where: { id: ownerId }, data: { locale: "ar" } });
    await deactivatePartner(partner.id, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    await deliverAll();
    const [mail] = sink.to(partner.email);
    expect(mail?.headers.get("content-language")).toBe("ar");
    expect(mail?.subject).toBe(`تم تعطيل الشريك ${partner.id}`);
    expect(mail?.html).toContain('dir="rtl"');
  });

  it("a refused email is retried with backoff, then delivered once", async () => {
    const to = `retry-${uniqueSuffix()}@test.local`;
    await db.$transaction((tx) => notifyUser(tx, { id: userId, email: to, locale: "en" }, "PARTNER_REACTIVATED", { partnerId: "p-retry" }));
    sink.refuseNext(1);
    const now = new Date();
    await deliverAll(now);
    expect(sink.to(to)).toHaveLength(0);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { channel: "EMAIL", payload: { path: ["to"], equals: to } } });
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451|busy/i);
    // Not before its backoff (30 s ± 20 %) …
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 20_000);
    await deliverAll(new Date(now.getTime() + 10_000));
    expect(sink.to(to)).toHaveLength(0);
    // … and after it.
    await deliverAll(new Date(now.getTime() + 60_000));
    expect(sink.to(to)).toHaveLength(1);
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(2);
  });

  it("a malformed email row fails at once instead of being retried for hours", async () => {
    const row = await db.outboxMessage.create({ data: { channel: "EMAIL", topic: "BROKEN", payload: { to: "not an address", type: "X", locale: "en" }, nextAttemptAt: new Date() } });
    await deliverAll();
    const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe("FAILED");
    expect(after.lastError).toMatch(/Invalid email payload/);
  });

  it("two workers polling at once never deliver the same row twice", async () => {
    const recipients = Array.from({ length: 36 }, (_, i) => `race-${i}-${uniqueSuffix()}@test.local`);
    await db.$transaction(async (tx) => {
      for (const to of recipients) await notifyUser(tx, { id: userId, email: to, locale: "en" }, "PARTNER_REACTIVATED", { partnerId: "p-race" });
    });
    const a = mailer();
    const b = mailer();
    const sentBy = { a: 0, b: 0 };
    try {
      for (let round = 0; round < 20; round++) {
        // Two instances on one database: separate mailers (SMTP connections), concurrent claims.
        const [ra, rb] = await Promise.all([runOnce({ mailer: a, scheduledJobs: false }), runOnce({ mailer: b, scheduledJobs: false })]);
        sentBy.a += ra.emails.sent;
        sentBy.b += rb.emails.sent;
        if (ra.emails.sent + rb.emails.sent === 0) break;
      }
    } finally {
      a.close();
      b.close();
    }
    // Both did share the work, and every row went out exactly once.
    expect(sentBy.a).toBeGreaterThan(0);
    expect(sentBy.b).toBeGreaterThan(0);
    for (const to of recipients) expect(sink.to(to), to).toHaveLength(1);
  });

  it("a row claimed by a worker that died is delivered by another after the lease, not before", async () => {
    const to = `crash-${uniqueSuffix()}@test.local`;
    await db.$transaction((tx) => notifyUser(tx, { id: userId, email: to, locale: "en" }, "PARTNER_REACTIVATED", { partnerId: "p-crash" }));
    const now = new Date();
    // The "dead" worker: claims the rows and never finishes.
    const claimed = await claimOutboxMessages("EMAIL", 100, now, CLAIM_LEASE_MS);
    expect(claimed.some((c) => (c.payload as { to: string }).to === to)).toBe(true);
    await deliverAll(new Date(now.getTime() + 1000));
    expect(sink.to(to)).toHaveLength(0);
    // After a restart and the lease, nothing is lost.
    await deliverAll(new Date(now.getTime() + CLAIM_LEASE_MS + 1000));
    expect(sink.to(to)).toHaveLength(1);
  });
});
