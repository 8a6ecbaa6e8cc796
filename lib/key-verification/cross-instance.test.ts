// Two instances, one database: the lean verification server runs as its own process while this process deactivates.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deactivateApiKey } from "@/lib/api-keys/service";
import { issueMispLicense } from "@/lib/misp/service";
import { createTestStaff, testActor } from "@/tests/factories";
import { createVerifiableTriple } from "@/tests/factories-keys";

const ROOT = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess;
let base: string;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "server/verify-server.ts"), String(port)], {
    cwd: ROOT,
    env: process.env,
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${base}/health`).then((r) => r.ok).catch(() => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the lean verification server did not start");
}, 30_000);

afterAll(() => {
  server?.kill("SIGTERM");
});

async function verifyRemote(token: string, request: unknown) {
  const response = await fetch(`${base}/v1/partnermanager/keys/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ id: "mosip.keys.verify", version: "1.0", request }),
  });
  return { status: response.status, body: (await response.json()) as { response: Record<string, unknown> | null; errors: { errorCode: string }[] } };
}

describe("the lean verification server, a second instance", () => {
  it("answers like the portal and sees deactivations made by another instance on its very next call", async () => {
    const t = await createVerifiableTriple();
    const first = await verifyRemote(t.client.token, t.input);
    expect(first.status).toBe(200);
    expect(first.body.response).toMatchObject({ valid: true, partnerId: t.partner.id, policyId: t.policy.id });

    await deactivateApiKey(t.key.id, { partnerId: t.partner.id }, testActor(t.principal));
    expect((await verifyRemote(t.client.token, t.input)).body.response).toMatchObject({ valid: false, reason: "KEY_DEACTIVATED" });

    const u = await createVerifiableTriple();
    expect((await verifyRemote(u.client.token, u.input)).body.response).toMatchObject({ valid: true });
    await issueMispLicense(u.misp.partner.id, { reissue: true }, testActor(await createTestStaff(["PARTNER_ADMIN"])));
    expect((await verifyRemote(u.client.token, u.input)).body.response).toMatchObject({ valid: false, reason: "MISP_LICENSE_INVALID" });
  });

  it("refuses callers and bad requests with the same envelope and statuses", async () => {
    const t = await createVerifiableTriple();
    const anonymous = await fetch(`${base}/v1/partnermanager/keys/verify`, { method: "POST", body: JSON.stringify({ request: t.input }) });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { errorCode: string }[] }).errors[0]?.errorCode).toBe("KER-ATH-401");
    expect((await verifyRemote(t.client.token, { apiKey: t.apiKey })).status).toBe(400);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});
