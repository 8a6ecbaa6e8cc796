// The benchmark's baseline: bare node:http + pg running the very statement the verifier runs (lib/key-verification/sql.ts),
// with the same three hashes, and nothing else: no envelope checks, no validation, no decisions beyond "valid".
// Run by scripts/bench/run.ts: node --import tsx scripts/bench/baseline-server.ts <port>  (DATABASE_URL, KEY_HASH_SECRET)
import { createHash, createHmac } from "node:crypto";
import http from "node:http";
import pg from "pg";
import { VERIFY_SQL } from "../../lib/key-verification/sql";

const port = Number(process.argv[2] ?? 3900);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.VERIFY_DB_POOL_SIZE ?? 10) });
const hmacKey = Buffer.from(process.env.KEY_HASH_SECRET ?? "", "utf8");
const hmac = (value: string) => createHmac("sha256", hmacKey).update(value, "utf8").digest("hex");

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    let body: { request: { mispLicenseKey: string; partnerId: string; apiKey: string } };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      response.writeHead(400);
      response.end();
      return;
    }
    const token = (request.headers.authorization ?? "").slice(7);
    const { mispLicenseKey, partnerId, apiKey } = body.request;
    pool
      .query({ name: "baseline-verify", text: VERIFY_SQL, values: [createHash("sha256").update(token).digest("hex"), hmac(apiKey), hmac(mispLicenseKey)] })
      .then(({ rows: [row] }) => {
        const valid =
          row.sessionLive && row.clientActive && row.keyPartnerId === partnerId && row.keyStatus === "ACTIVE" && !row.keyExpired &&
          row.partnerStatus === "ACTIVE" && row.policyStatus === "PUBLISHED" && row.requestApproved && row.mispValid;
        const json = JSON.stringify({ response: valid ? { valid, partnerId, policyId: row.policyId, policyName: row.policyName, policy: row.policy } : { valid } });
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        response.end(json);
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`baseline listening on ${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => void pool.end().then(() => process.exit(0))));
