import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deactivateApiKey, generateApiKey } from "@/lib/api-keys/service";
import { listApiKeys } from "@/lib/api-keys/queries";
import { LIST_WINDOW } from "@/lib/api-keys/list-sql";
import { API_KEY_PATTERN, keyHash } from "@/lib/key-verification/secrets";
import { createTestStaff, testActor, uniqueSuffix } from "@/tests/factories";
import { createKeyReadyPartner, createTestPolicy, createTestPolicyRequest, secretOccurrences } from "@/tests/factories-keys";

const page = { page: 0, size: 8, sort: "createdAt" as const, dir: "desc" as const };

describe("generating an API key", () => {
  it("returns a pk_live_ secret of 256 random bits once, and stores only its keyed hash and display fragments", async () => {
    const { partner, principal, policy } = await createKeyReadyPartner();
    const { secret, key } = await generateApiKey(partner.id, { policyId: policy.id, label: "production" }, testActor(principal));
    expect(secret).toMatch(API_KEY_PATTERN);
    expect(key.masked).toBe(`${secret.slice(0, 12)}…${secret.slice(-4)}`);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id }, omit: { keyHash: false } });
    expect(row.keyHash).toBe(keyHash(secret));
    expect(row.keyHash).not.toContain(secret);
    expect(row.prefix).toBe(secret.slice(0, 12));
    expect(row.lastFour).toBe(secret.slice(-4));
    // Every table, every column (audit, outbox, notifications included): the secret is nowhere, nor its random part.
    expect(await secretOccurrences(secret)).toEqual([]);
    expect(await secretOccurrences(secret.slice(8))).toEqual([]);
  });

  it("expires after API_KEY_DEFAULT_DAYS by default, accepts a shorter validity and refuses more than the maximum", async () => {
    const { partner, principal, policy } = await createKeyReadyPartner();
    const before = Date.now();
    const { key } = await generateApiKey(partner.id, { policyId: policy.id, label: "default" }, testActor(principal));
    const days = (key.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(env().API_KEY_DEFAULT_DAYS - 0.01);
    expect(days).toBeLessThan(env().API_KEY_DEFAULT_DAYS + 0.01);
    const short = await generateApiKey(partner.id, { policyId: policy.id, label: "short", validForDays: 7 }, testActor(principal));
    expect(Math.round((short.key.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);
    await expect(generateApiKey(partner.id, { policyId: policy.id, label: "long", validForDays: env().API_KEY_MAX_DAYS + 1 }, testActor(principal))).rejects.toMatchObject({
      code: "PMS_APIKEY_VALIDITY",
      field: "validForDays",
    });
  });

  it("needs an approved request (PMS_PRT_109), a published policy and an active partner", async () => {
    const { partner, principal } = await createKeyReadyPartner();
    const pendingPolicy = await createTestPolicy(partner.policyGroupId!);
    await createTestPolicyRequest(partner.id, pendingPolicy.id, "PENDING");
    await expect(generateApiKey(partner.id, { policyId: pendingPolicy.id, label: "x" }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PRT_109" });
    const noRequest = await createTestPolicy(partner.policyGroupId!);
    await expect(generateApiKey(partner.id, { policyId: noRequest.id, label: "x" }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PRT_109" });

    const deactivated = await createTestPolicy(partner.policyGroupId!, { status: "DEACTIVATED" });
    await createTestPolicyRequest(partner.id, deactivated.id);
    await expect(generateApiKey(partner.id, { policyId: deactivated.id, label: "x" }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PMP_019" });

    const pending = await createKeyReadyPartner();
    await db.partner.update({ where: { id: pending.partner.id }, data: { status: "PENDING_CERTIFICATE" } });
    await expect(generateApiKey(pending.partner.id, { policyId: pending.policy.id, label: "x" }, testActor(pending.principal))).rejects.toMatchObject({ code: "PMS_PMP_016" });
    expect(await db.apiKey.count({ where: { partnerId: { in: [partner.id, pending.partner.id] } } })).toBe(0);
  });

  it("refuses a label already used for the same policy (PMS_PRT_110), even once that key is deactivated", async () => {
    const { partner, principal, policy } = await createKeyReadyPartner();
    const { key } = await generateApiKey(partner.id, { policyId: policy.id, label: "mobile" }, testActor(principal));
    await expect(generateApiKey(partner.id, { policyId: policy.id, label: "mobile" }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PRT_110", field: "label" });
    await deactivateApiKey(key.id, { partnerId: partner.id }, testActor(principal));
    await expect(generateApiKey(partner.id, { policyId: policy.id, label: "mobile" }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PRT_110" });
    // The same label under another approved policy is fine.
    const second = await createTestPolicy(partner.policyGroupId!);
    await createTestPolicyRequest(partner.id, second.id);
    await expect(generateApiKey(partner.id, { policyId: second.id, label: "mobile" }, testActor(principal))).resolves.toBeTruthy();
  });

  it("writes an audit row, an APIKEY_APPROVED event without the key, and a notification", async () => {
    const { partner, principal, policy } = await createKeyReadyPartner();
    const { key } = await generateApiKey(partner.id, { policyId: policy.id, label: "audited" }, testActor(principal));
    expect(await db.auditEvent.count({ where: { entityId: key.id, action: "api-key.generated" } })).toBe(1);
    const events = await db.outboxMessage.findMany({ where: { topic: "APIKEY_APPROVED" } });
    expect(events.some((e) => (e.payload as { apiKeyId?: string }).apiKeyId === key.id)).toBe(true);
    expect(await db.notification.count({ where: { partnerId: partner.id, type: "API_KEY_ISSUED" } })).toBe(1);
  });
});

describe("deactivating an API key", () => {
  it("lets the partner deactivate its own key once; a second time is PMS_PMS_022", async () => {
    const { partner, principal, policy } = await createKeyReadyPartner();
    const { key } = await generateApiKey(partner.id, { policyId: policy.id, label: "once" }, testActor(principal));
    await expect(deactivateApiKey(key.id, { partnerId: partner.id }, testActor(principal))).resolves.toMatchObject({ status: "DEACTIVATED" });
    await expect(deactivateApiKey(key.id, { partnerId: partner.id }, testActor(principal))).rejects.toMatchObject({ code: "PMS_PMS_022" });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.status).toBe("DEACTIVATED");
    expect(row.deactivatedAt).not.toBeNull();
  });

  it("tells another partner the key does not exist, and lets an admin deactivate it", async () => {
    const owner = await createKeyReadyPartner();
    const intruder = await createKeyReadyPartner();
    const { key } = await generateApiKey(owner.partner.id, { policyId: owner.policy.id, label: "mine" }, testActor(owner.principal));
    await expect(deactivateApiKey(key.id, { partnerId: intruder.partner.id }, testActor(intruder.principal))).rejects.toMatchObject({ kind: "not_found" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).status).toBe("ACTIVE");
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    await expect(deactivateApiKey(key.id, {}, testActor(admin))).resolves.toMatchObject({ status: "DEACTIVATED" });
    expect(await db.notification.count({ where: { partnerId: owner.partner.id, type: "API_KEY_DEACTIVATED" } })).toBe(1);
  });
});

describe("listing API keys", () => {
  it("scopes a partner to its own keys and filters, sorts and pages", async () => {
    const a = await createKeyReadyPartner();
    const b = await createKeyReadyPartner();
    const labels = [`alpha-${uniqueSuffix()}`, `beta-${uniqueSuffix()}`, `gamma-${uniqueSuffix()}`];
    for (const label of labels) await generateApiKey(a.partner.id, { policyId: a.policy.id, label }, testActor(a.principal));
    const { key: bKey } = await generateApiKey(b.partner.id, { policyId: b.policy.id, label: "b-only" }, testActor(b.principal));

    const own = await listApiKeys({ partnerId: a.partner.id }, {}, { ...page, sort: "label", dir: "asc" });
    expect(own.rows.map((r) => r.label)).toEqual(labels);
    expect(own.total).toBe(3);
    expect(own.rows.every((r) => r.partnerId === a.partner.id && r.policyName === a.policy.name)).toBe(true);
    // A partner filtering by another partner's id still sees nothing of it.
    expect((await listApiKeys({ partnerId: a.partner.id }, { partnerId: b.partner.id }, page)).rows).toEqual([]);

    await deactivateApiKey(bKey.id, {}, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    const admin = await listApiKeys({}, { partnerId: b.partner.id, status: "DEACTIVATED" }, page);
    expect(admin.rows.map((r) => r.id)).toEqual([bKey.id]);
    expect(admin.rows[0]?.displayStatus).toBe("DEACTIVATED");
    expect((await listApiKeys({}, { organizationName: a.partner.organizationName.toUpperCase(), label: "ALPHA" }, page)).rows).toHaveLength(1);
    expect((await listApiKeys({}, { policyName: a.policy.name }, page)).total).toBe(3);
    expect((await listApiKeys({}, { label: "%" }, page)).total).toBe(0); // wildcards are matched literally

    const paged = await listApiKeys({ partnerId: a.partner.id }, {}, { page: 1, size: 2, sort: "label", dir: "desc" });
    expect(paged.rows.map((r) => r.label)).toEqual([labels[0]]);
    for (const sort of ["label", "partnerId", "organizationName", "createdAt", "expiresAt", "status"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const result = await listApiKeys({ partnerId: a.partner.id }, {}, { page: 0, size: 8, sort, dir });
        expect(result.rows).toHaveLength(3);
      }
    }
  });

  it("shows expired keys as expired and refuses pages beyond the result window", async () => {
    const a = await createKeyReadyPartner();
    const { key } = await generateApiKey(a.partner.id, { policyId: a.policy.id, label: "old" }, testActor(a.principal));
    await db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const expired = await listApiKeys({ partnerId: a.partner.id }, { status: "EXPIRED" }, page);
    expect(expired.rows.map((r) => [r.id, r.displayStatus])).toEqual([[key.id, "EXPIRED"]]);
    expect((await listApiKeys({ partnerId: a.partner.id }, { status: "ACTIVE" }, page)).total).toBe(0);
    await expect(listApiKeys({}, {}, { ...page, page: LIST_WINDOW / 8 })).rejects.toMatchObject({ code: "PMS_APIKEY_LIST_WINDOW" });
  });
});
