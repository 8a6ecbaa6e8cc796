import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publishEvent } from "@/lib/events/outbox";
import { deactivatePartner } from "@/lib/partners/service";
import { openSecret } from "@/lib/webhooks/secret-box";
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  retryWebhookDelivery,
  rotateWebhookSecret,
  setWebhookSubscriptionActive,
} from "@/lib/webhooks/service";
import { verifySignature } from "@/lib/webhooks/signature";
import { webhookSubscriptionSchema } from "@/lib/webhooks/schemas";
import { WEBHOOK_RETRY } from "@/lib/worker/backoff";
import { runOnce } from "@/lib/worker/run-once";
import { createTestPartner, createTestStaff, testActor } from "@/tests/factories";
import { discardMailer, drainOutbox, startWebhookReceiver, type WebhookReceiver } from "@/tests/factories-notifications";

let receiver: WebhookReceiver;
const subscriptions: string[] = [];

beforeAll(async () => {
  await drainOutbox();
  receiver = await startWebhookReceiver();
});

afterEach(async () => {
  // Leave no subscription behind that later tests' events would be sent to.
  const actor = testActor(await createTestStaff(["PARTNER_ADMIN"]));
  for (const id of subscriptions.splice(0)) await deleteWebhookSubscription(id, actor).catch(() => {});
  receiver.reset();
});

afterAll(async () => {
  await receiver.close();
});

async function subscribe(events: string[], secret?: string) {
  const admin = await createTestStaff(["PARTNER_ADMIN"]);
  const input = webhookSubscriptionSchema.parse({ name: "IDA", url: receiver.url, events, secret });
  const created = await createWebhookSubscription(input, testActor(admin));
  subscriptions.push(created.id);
  return { ...created, actor: testActor(admin) };
}

async function work(now = new Date()) {
  for (let i = 0; i < 20; i++) {
    const r = await runOnce({ mailer: discardMailer, now, scheduledJobs: false });
    if (r.eventsQueued + r.webhooks.delivered + r.webhooks.retrying + r.webhooks.failed === 0) return;
  }
}

interface Delivered {
  topic: string;
  publisher: string;
  event: { data: Record<string, unknown> };
}

describe("outbound events to webhook subscriptions", () => {
  it("a subscribed system receives the event of a change, signed with HMAC-SHA256 over timestamp and body", async () => {
    const { secret } = await subscribe(["PARTNER_UPDATED"]);
    expect(secret).toMatch(/^whsec_/);
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await deactivatePartner(partner.id, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    await work();

    const mine = receiver.requests.filter((r) => (JSON.parse(r.body) as Delivered).event.data.partnerId === partner.id);
    // Registration and deactivation; deliveries run concurrently, so their arrival order is not part of the contract.
    expect(mine.map((r) => (JSON.parse(r.body) as Delivered).event.data.status).sort()).toEqual(["DEACTIVATED", "PENDING_CERTIFICATE"]);
    for (const request of mine) {
      expect(request.method).toBe("POST");
      expect(request.path).toBe("/hooks/portal");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["x-portal-event"]).toBe("PARTNER_UPDATED");
      expect(verifySignature(secret, request.headers["x-portal-signature"] as string, request.body)).toBe(true);
      // A wrong secret, an altered body or an old timestamp does not verify.
      expect(verifySignature("whsec_someone-else", request.headers["x-portal-signature"] as string, request.body)).toBe(false);
      expect(verifySignature(secret, request.headers["x-portal-signature"] as string, request.body.replace('"status":"', '"status":"X'))).toBe(false);
      expect(verifySignature(secret, request.headers["x-portal-signature"] as string, request.body, new Date(Date.now() + 3600_000))).toBe(false);
      const body = JSON.parse(request.body) as Delivered;
      expect(body.topic).toBe("PARTNER_UPDATED");
      expect(body.publisher).toBe("partner-portal");
    }
    const deliveries = await db.webhookDelivery.findMany({ where: { subscriptionId: subscriptions[0] } });
    expect(deliveries.every((d) => d.status === "SENT" && d.attempts === 1 && d.lastStatusCode === 200)).toBe(true);
  });

  it("only the topics a subscription chose are sent to it", async () => {
    await subscribe(["POLICY_UPDATED"]);
    await db.$transaction(async (tx) => {
      await publishEvent(tx, "PARTNER_UPDATED", { partnerId: "p-not-for-you" });
      await publishEvent(tx, "POLICY_UPDATED", { policyId: "pol-1" });
    });
    await work();
    expect(receiver.requests.map((r) => r.headers["x-portal-event"])).toEqual(["POLICY_UPDATED"]);
  });

  it("a receiver failure is retried with exponential backoff and logged; the retry carries the same body", async () => {
    const { secret } = await subscribe(["MISP_LICENSE_UPDATED"]);
    receiver.answerWith(503);
    await db.$transaction((tx) => publishEvent(tx, "MISP_LICENSE_UPDATED", { partnerId: "p-misp", status: "DEACTIVATED" }));
    const now = new Date();
    await work(now);
    const failed = await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscriptions[0] } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    expect(failed.lastError).toContain("HTTP 503: receiver says no");
    const delay = failed.nextAttemptAt.getTime() - now.getTime();
    expect(delay).toBeGreaterThanOrEqual(WEBHOOK_RETRY.baseMs * 0.8);
    expect(delay).toBeLessThanOrEqual(WEBHOOK_RETRY.baseMs * 1.2);

    await work(new Date(now.getTime() + 5_000)); // too early: nothing
    expect(receiver.requests).toHaveLength(1);
    receiver.answerWith(500);
    await work(new Date(now.getTime() + WEBHOOK_RETRY.baseMs * 1.3));
    const second = await db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } });
    expect(second.attempts).toBe(2);
    // The second wait is about twice the first.
    const secondDelay = second.nextAttemptAt.getTime() - (now.getTime() + WEBHOOK_RETRY.baseMs * 1.3);
    expect(secondDelay).toBeGreaterThanOrEqual(WEBHOOK_RETRY.baseMs * 2 * 0.8);

    await work(new Date(now.getTime() + 10 * 60_000));
    const done = await db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } });
    expect(done).toMatchObject({ status: "SENT", attempts: 3, lastStatusCode: 200 });
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.requests.map((r) => r.headers["x-portal-delivery"])).size).toBe(1);
    for (const r of receiver.requests) expect(verifySignature(secret, r.headers["x-portal-signature"] as string, r.body, new Date(now.getTime() + 10 * 60_000), 3600)).toBe(true);
  });

  it("redirects are not followed: only the subscribed URL is ever called", async () => {
    await subscribe(["POLICY_UPDATED"]);
    receiver.answerWith(302);
    const calls: string[] = [];
    await db.$transaction((tx) => publishEvent(tx, "POLICY_UPDATED", { policyId: "pol-redirect" }));
    for (let i = 0; i < 5; i++) {
      await runOnce({
        mailer: discardMailer,
        scheduledJobs: false,
        fetch: (url, init) => {
          calls.push(url);
          return fetch(url, init);
        },
      });
    }
    expect(calls).toEqual([receiver.url]);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscriptions[0] } });
    expect(delivery.lastStatusCode).toBe(302);
    expect(delivery.lastError).toContain("redirects are not followed");
  });

  it("after the last attempt a delivery fails for good; the admin can retry it by hand", async () => {
    const { actor } = await subscribe(["APIKEY_APPROVED"]);
    await db.$transaction((tx) => publishEvent(tx, "APIKEY_APPROVED", { apiKeyId: "k-1" }));
    receiver.answerWith(...Array.from({ length: WEBHOOK_RETRY.maxAttempts }, () => 500));
    let at = Date.now();
    for (let i = 0; i < WEBHOOK_RETRY.maxAttempts + 2; i++) {
      at += WEBHOOK_RETRY.capMs * 1.3;
      await work(new Date(at));
    }
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscriptions[0] } });
    expect(delivery).toMatchObject({ status: "FAILED", attempts: WEBHOOK_RETRY.maxAttempts });
    expect(receiver.requests).toHaveLength(WEBHOOK_RETRY.maxAttempts);

    await retryWebhookDelivery(delivery.id.toString(), actor);
    await work();
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "SENT", lastStatusCode: 200 });
    await expect(retryWebhookDelivery(delivery.id.toString(), actor)).rejects.toMatchObject({ code: "PMS_WEBHOOK_DELIVERY_SENT" });
    const audit = await db.auditEvent.findFirst({ where: { action: "webhook.delivery-retried", entityId: delivery.id.toString() } });
    expect(audit).not.toBeNull();
  });

  it("events survive a restart: rows published while no worker ran are delivered by the next one", async () => {
    await subscribe(["CA_CERTIFICATE_UPLOADED"]);
    await db.$transaction((tx) => publishEvent(tx, "CA_CERTIFICATE_UPLOADED", { certificateId: "ca-1" }));
    // Nothing ran; a fresh worker pass (a restarted app) picks it up from the table.
    expect(await db.outboxMessage.count({ where: { channel: "EVENT", status: "PENDING", topic: "CA_CERTIFICATE_UPLOADED" } })).toBeGreaterThan(0);
    await work();
    expect(receiver.requests).toHaveLength(1);
  });

  it("two workers polling at once deliver each event to each subscriber once", async () => {
    await subscribe(["PARTNER_UPDATED"]);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 25; i++) await publishEvent(tx, "PARTNER_UPDATED", { partnerId: `race-${i}` });
    });
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all([0, 1].map(() => runOnce({ mailer: discardMailer, scheduledJobs: false })));
      if (results.every((r) => r.eventsQueued + r.webhooks.delivered === 0)) break;
    }
    const ids = receiver.requests.map((r) => (JSON.parse(r.body) as Delivered).event.data.partnerId);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
  });

  it("a paused subscription gets nothing new; its secret is sealed at rest and can be replaced", async () => {
    const { id, secret, actor } = await subscribe(["POLICY_UPDATED"], "a-secret-chosen-by-the-admin-0123456789");
    expect(secret).toBe("a-secret-chosen-by-the-admin-0123456789");
    const row = await db.webhookSubscription.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.secretSealed).toString("utf8")).not.toContain(secret);
    expect(openSecret(row.secretSealed)).toBe(secret);

    await setWebhookSubscriptionActive(id, false, actor);
    await db.$transaction((tx) => publishEvent(tx, "POLICY_UPDATED", { policyId: "while-paused" }));
    await work();
    expect(receiver.requests).toHaveLength(0);

    await setWebhookSubscriptionActive(id, true, actor);
    const rotated = await rotateWebhookSecret(id, actor);
    expect(rotated.secret).not.toBe(secret);
    await db.$transaction((tx) => publishEvent(tx, "POLICY_UPDATED", { policyId: "after-rotation" }));
    await work();
    expect(receiver.requests).toHaveLength(1);
    expect(verifySignature(rotated.secret, receiver.requests[0]!.headers["x-portal-signature"] as string, receiver.requests[0]!.body)).toBe(true);
    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["webhook.created", "webhook.paused", "webhook.resumed", "webhook.secret-rotated"]);
    // The audit row never carries the secret.
    const created = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "webhook.created" } });
    expect(JSON.stringify(created.after)).not.toContain(secret);
  });

  it("refuses a URL that is not http(s) or that carries credentials, and a short secret", () => {
    const base = { name: "x", events: ["POLICY_UPDATED"] };
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "ftp://example.org/hook" }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "https://user:pw@example.org/hook" }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "file:///etc/passwd" }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "https://example.org/hook", secret: "short" }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "https://example.org/hook", events: [] }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "https://example.org/hook", events: ["NOT_A_TOPIC"] }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ ...base, url: "https://example.org/hook", secret: "" }).success).toBe(true);
  });
});
