import { afterAll, describe, expect, it } from "vitest";
import { POST as verifyRoute } from "@/app/v1/partnermanager/keys/verify/route";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions";
import { deactivateApiKey } from "@/lib/api-keys/service";
import { verifyKeysAsClient } from "@/lib/key-verification/service";
import { closeVerificationPool } from "@/lib/key-verification/pool";
import { keyHash, newApiKeySecret, newMispLicenseKey } from "@/lib/key-verification/secrets";
import { deactivateMispLicense, issueMispLicense } from "@/lib/misp/service";
import { deactivatePartner } from "@/lib/partners/service";
import { deactivateServiceClient } from "@/lib/service-clients/service";
import { createTestStaff, testActor } from "@/tests/factories";
import { createVerifiableTriple, createVerifierClient } from "@/tests/factories-keys";

afterAll(async () => {
  await closeVerificationPool();
});

async function callRoute(body: unknown, headers: Record<string, string> = {}) {
  const response = await verifyRoute(
    new Request("http://portal.test/v1/partnermanager/keys/verify", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }),
  );
  return { status: response.status, body: (await response.json()) as { response: Record<string, unknown> | null; errors: { errorCode: string }[] } };
}

describe("key verification: the triple", () => {
  it("answers valid with the partner, the policy and its JSON", async () => {
    const t = await createVerifiableTriple();
    const outcome = await verifyKeysAsClient(t.client.token, t.input);
    expect(outcome).toEqual({ valid: true, partnerId: t.partner.id, policyId: t.policy.id, policyName: t.policy.name, policy: t.policy.policyJson });
  });

  it("says unknown key for a key that does not exist, and for a real key presented with another partner's id", async () => {
    const t = await createVerifiableTriple();
    expect(await verifyKeysAsClient(t.client.token, { ...t.input, apiKey: newApiKeySecret() })).toMatchObject({ valid: false, reason: "UNKNOWN_KEY" });
    expect(await verifyKeysAsClient(t.client.token, { ...t.input, apiKey: "123456" })).toMatchObject({ valid: false, reason: "UNKNOWN_KEY" });
    const other = await createVerifiableTriple();
    expect(await verifyKeysAsClient(t.client.token, { ...t.input, partnerId: other.partner.id })).toMatchObject({ valid: false, reason: "UNKNOWN_KEY" });
  });

  it("sees a deactivation on the very next call (no cache of positive answers)", async () => {
    const t = await createVerifiableTriple();
    expect((await verifyKeysAsClient(t.client.token, t.input)).valid).toBe(true);
    await deactivateApiKey(t.key.id, { partnerId: t.partner.id }, testActor(t.principal));
    expect(await verifyKeysAsClient(t.client.token, t.input)).toEqual({ valid: false, reason: "KEY_DEACTIVATED", message: "key deactivated" });
  });

  it("refuses an expired key", async () => {
    const t = await createVerifiableTriple();
    await db.apiKey.update({ where: { id: t.key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ valid: false, reason: "KEY_EXPIRED" });
  });

  it("refuses the keys of a deactivated partner at once", async () => {
    const t = await createVerifiableTriple();
    expect((await verifyKeysAsClient(t.client.token, t.input)).valid).toBe(true);
    await deactivatePartner(t.partner.id, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ valid: false, reason: "PARTNER_DEACTIVATED" });
  });

  it("refuses when the policy is deactivated or the approval behind the key is gone", async () => {
    const t = await createVerifiableTriple();
    await db.policy.update({ where: { id: t.policy.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ valid: false, reason: "POLICY_DEACTIVATED" });

    const u = await createVerifiableTriple();
    await db.policyRequest.update({ where: { id: u.request.id }, data: { status: "REJECTED" } });
    expect(await verifyKeysAsClient(u.client.token, u.input)).toMatchObject({ valid: false, reason: "POLICY_DEACTIVATED" });
  });

  it("refuses an unknown, deactivated, expired or orphaned MISP license", async () => {
    const t = await createVerifiableTriple();
    const admin = testActor(await createTestStaff(["PARTNER_ADMIN"]));
    expect(await verifyKeysAsClient(t.client.token, { ...t.input, mispLicenseKey: newMispLicenseKey() })).toMatchObject({ reason: "MISP_LICENSE_INVALID" });

    await db.mispLicenseKey.update({ where: { id: t.license.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ reason: "MISP_LICENSE_INVALID" });
    await db.mispLicenseKey.update({ where: { id: t.license.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    expect((await verifyKeysAsClient(t.client.token, t.input)).valid).toBe(true);

    await deactivateMispLicense(t.license.id, admin);
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ reason: "MISP_LICENSE_INVALID" });

    const { secret } = await issueMispLicense(t.misp.partner.id, {}, admin);
    expect((await verifyKeysAsClient(t.client.token, { ...t.input, mispLicenseKey: secret })).valid).toBe(true);
    await deactivatePartner(t.misp.partner.id, admin);
    expect(await verifyKeysAsClient(t.client.token, { ...t.input, mispLicenseKey: secret })).toMatchObject({ reason: "MISP_LICENSE_INVALID" });
  });

  it("reissuing a MISP license turns the old key away on the next call", async () => {
    const t = await createVerifiableTriple();
    const { secret } = await issueMispLicense(t.misp.partner.id, { reissue: true }, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    expect(await verifyKeysAsClient(t.client.token, t.input)).toMatchObject({ reason: "MISP_LICENSE_INVALID" });
    expect((await verifyKeysAsClient(t.client.token, { ...t.input, mispLicenseKey: secret })).valid).toBe(true);
  });

  it("stamps last use at most once a minute", async () => {
    const t = await createVerifiableTriple();
    await verifyKeysAsClient(t.client.token, t.input);
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id: t.key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await db.apiKey.update({ where: { id: t.key.id }, data: { lastUsedAt: new Date(Date.now() - 30_000) } });
    await verifyKeysAsClient(t.client.token, t.input);
    const second = (await db.apiKey.findUniqueOrThrow({ where: { id: t.key.id } })).lastUsedAt!;
    expect(Date.now() - second.getTime()).toBeGreaterThan(25_000);
  });
});

describe("key verification: the caller", () => {
  it("needs a live service-client token with keys.verify", async () => {
    const t = await createVerifiableTriple();
    await expect(verifyKeysAsClient(null, t.input)).rejects.toMatchObject({ code: "KER-ATH-401" });
    await expect(verifyKeysAsClient("not-a-token", t.input)).rejects.toMatchObject({ code: "KER-ATH-401" });

    const { token: userToken } = await createSession({ userId: t.userId, kind: "API" });
    await expect(verifyKeysAsClient(userToken, t.input)).rejects.toMatchObject({ code: "KER-ATH-403" });

    const weak = await db.serviceClient.create({ data: { clientId: `weak-${t.key.id.slice(0, 8)}`, name: "no permission", secretHash: keyHash("x"), permissions: [] } });
    const { token: weakToken } = await createSession({ serviceClientId: weak.id, kind: "CLIENT" });
    await expect(verifyKeysAsClient(weakToken, t.input)).rejects.toMatchObject({ code: "KER-ATH-403" });

    const other = await createVerifierClient();
    expect((await verifyKeysAsClient(other.token, t.input)).valid).toBe(true);
    await deactivateServiceClient(other.id, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    await expect(verifyKeysAsClient(other.token, t.input)).rejects.toMatchObject({ code: "KER-ATH-401" });
  });
});

describe("POST /v1/partnermanager/keys/verify", () => {
  it("answers in MOSIP's envelope, with HTTP statuses for bad callers and bad bodies", async () => {
    const t = await createVerifiableTriple();
    const ok = await callRoute({ id: "mosip.keys.verify", version: "1.0", requesttime: new Date().toISOString(), request: t.input }, { authorization: `Bearer ${t.client.token}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: "mosip.keys.verify", errors: [], response: { valid: true, partnerId: t.partner.id, policyId: t.policy.id, policyName: t.policy.name } });

    const viaCookie = await callRoute({ request: { ...t.input, apiKey: newApiKeySecret() } }, { cookie: `Authorization=${t.client.token}` });
    expect(viaCookie.body.response).toEqual({ valid: false, reason: "UNKNOWN_KEY", message: "unknown key" });

    expect((await callRoute({ request: t.input })).status).toBe(401);
    const invalid = await callRoute({ request: { partnerId: t.partner.id } }, { authorization: `Bearer ${t.client.token}` });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0]?.errorCode).toBe("PMS_REQUEST_ERROR_400");
    const response = await verifyRoute(new Request("http://portal.test/x", { method: "POST", headers: { authorization: `Bearer ${t.client.token}` }, body: "{not json" }));
    expect(response.status).toBe(400);
  });
});
