import { describe, expect, it } from "vitest";
import { POST as clientSignIn } from "@/app/v1/authmanager/authenticate/clientidsecretkey/route";
import { db } from "@/lib/db";
import { resolveSessionToken } from "@/lib/auth/sessions";
import { keyHash } from "@/lib/key-verification/secrets";
import { createServiceClient, deactivateServiceClient } from "@/lib/service-clients/service";
import { createTestStaff, testActor, uniqueSuffix } from "@/tests/factories";
import { secretOccurrences } from "@/tests/factories-keys";

function signIn(body: unknown, ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  return clientSignIn(
    new Request("http://portal.test/v1/authmanager/authenticate/clientidsecretkey", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

describe("service clients", () => {
  it("are created with a secret shown once and only the key-verification permission", async () => {
    const admin = await createTestStaff(["PARTNER_ADMIN"]);
    const client = await createServiceClient({ name: "ID authentication", clientId: `ida-${uniqueSuffix()}` }, testActor(admin));
    expect(client.permissions).toEqual(["keys.verify"]);
    const row = await db.serviceClient.findUniqueOrThrow({ where: { id: client.id }, omit: { secretHash: false } });
    expect(row.secretHash).toBe(keyHash(client.secret));
    expect(await secretOccurrences(client.secret)).toEqual([]);
    await expect(createServiceClient({ name: "again", clientId: client.clientId }, testActor(admin))).rejects.toMatchObject({ code: "SERVICE_CLIENT_EXISTS" });
  });

  it("sign in with MOSIP's clientidsecretkey and get a client principal; a wrong secret is 401", async () => {
    const client = await createServiceClient({ name: "print" }, testActor());
    const ok = await signIn({ id: "mosip.io.clientId.pwd", version: "1.0", requesttime: new Date().toISOString(), request: { clientId: client.clientId, secretKey: client.secret, appId: "ida" } });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { response: { token: string; status: string } };
    expect(body.response.status).toBe("success");
    expect(ok.headers.get("authorization")).toBe(body.response.token);
    expect(ok.headers.get("set-cookie")).toContain("Authorization=");
    expect(await resolveSessionToken(body.response.token)).toMatchObject({ kind: "client", clientId: client.clientId, permissions: ["keys.verify"] });

    const wrong = await signIn({ request: { clientId: client.clientId, secretKey: "wrong", appId: "ida" } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { errors: { errorCode: string }[] }).errors[0]?.errorCode).toBe("KER-ATH-401");
  });

  it("once deactivated, cannot sign in and its open tokens stop working", async () => {
    const client = await createServiceClient({ name: "to retire" }, testActor());
    const ok = await signIn({ request: { clientId: client.clientId, secretKey: client.secret } });
    const { token } = ((await ok.json()) as { response: { token: string } }).response;
    await deactivateServiceClient(client.id, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    expect(await resolveSessionToken(token)).toBeNull();
    expect((await signIn({ request: { clientId: client.clientId, secretKey: client.secret } })).status).toBe(401);
  });

  it("throttles repeated failures for a client id", async () => {
    const client = await createServiceClient({ name: "throttled" }, testActor());
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn({ request: { clientId: client.clientId, secretKey: `bad-${i}` } })).status);
    expect(statuses).toContain(429);
    expect((await signIn({ request: { clientId: client.clientId, secretKey: client.secret } })).status).toBe(429);
  });
});
