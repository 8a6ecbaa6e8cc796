// Fills a benchmark database: 100,000 partners, 1,000,000 API keys, their approved requests, MISP licenses and one
// service client. Bulk rows are generated inside PostgreSQL (INSERT … SELECT generate_series, indexes built after the
// load); a sample of keys then gets real secrets, whose keyed hashes replace the generated ones, so they verify.
import { createHash, createHmac, randomBytes } from "node:crypto";
import pg from "pg";

export interface SeedOptions {
  partners: number;
  keys: number;
  sampleKeys: number;
  sampleMisps: number;
  keyHashSecret: string;
  log: (line: string) => void;
}

export interface Triple {
  mispLicenseKey: string;
  partnerId: string;
  apiKey: string;
}

export interface SeedResult {
  triples: Triple[];
  clientToken: string;
  counts: Record<string, number>;
  seconds: number;
}

const NOW = `(now() AT TIME ZONE 'UTC')`;

function hmac(secret: string, value: string): string {
  return createHmac("sha256", Buffer.from(secret, "utf8")).update(value, "utf8").digest("hex");
}

async function timed<T>(log: (line: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  log(`  ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

export async function seedBenchDatabase(url: string, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { log } = options;
  try {
    await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'`);
    // FK triggers off for the bulk load where the role may do it (superuser); the rows are consistent by construction.
    await client.query(`SET session_replication_role = replica`).catch(() => log("  (foreign keys stay checked: not a superuser)"));

    await timed(log, "policy groups and policies", async () => {
      await client.query(`
        INSERT INTO "PolicyGroup" (id, name, description, "isActive", "updatedAt")
        SELECT gen_random_uuid(), 'bench-group-' || g, 'Benchmark policy group ' || g, true, ${NOW} FROM generate_series(0, 9) AS g`);
      await client.query(`
        INSERT INTO "Policy" (id, "policyGroupId", name, description, type, "policyJson", status, "publishedAt", "updatedAt")
        SELECT gen_random_uuid(), pg.id, 'auth-policy-' || substr(pg.name, 13) || '-' || q, 'Benchmark auth policy', 'AUTH',
          jsonb_build_object(
            'authTokenType', 'partner',
            'allowedAuthTypes', jsonb_build_array(jsonb_build_object('authType', 'otp', 'authSubType', '', 'mandatory', true),
                                                  jsonb_build_object('authType', 'bio', 'authSubType', 'FINGER', 'mandatory', false)),
            'allowedKycAttributes', jsonb_build_array(jsonb_build_object('attributeName', 'fullName'), jsonb_build_object('attributeName', 'dateOfBirth'),
                                                      jsonb_build_object('attributeName', 'gender'), jsonb_build_object('attributeName', 'phone'))),
          CASE WHEN substr(pg.name, 13) = '0' AND q = 9 THEN 'DEACTIVATED' ELSE 'PUBLISHED' END::"PolicyStatus", ${NOW}, ${NOW}
        FROM "PolicyGroup" pg CROSS JOIN generate_series(0, 9) AS q WHERE pg.name LIKE 'bench-group-%'`);
    });

    await timed(log, `${options.partners.toLocaleString("en")} partners`, async () => {
      await client.query(
        `
        INSERT INTO "Partner" (id, "organizationName", address, "contactNumber", email, "typeCode", "policyGroupId", status, "hasCertificate", "createdAt", "updatedAt")
        SELECT 'bp-' || lpad(i::text, 6, '0'),
          (ARRAY['Alpha','Bank','Telecom','Kiosk','Mobile','Credit','Health','Postal','Civic','Rural','Metro','Union','Trust','Pioneer','Summit','Harbor'])[1 + i % 16]
            || ' ' || (ARRAY['Holdings','Ltd','SA','Services','Group','Networks','Finance','Agency'])[1 + (i / 16) % 8] || ' ' || i,
          i || ' Benchmark Road', '+1555' || lpad((i % 1000000)::text, 6, '0'), 'bench-' || i || '@partners.bench',
          t.code::"PartnerTypeCode",
          CASE WHEN t.code IN ('AUTH_PARTNER','ONLINE_VERIFICATION_PARTNER','CREDENTIAL_PARTNER')
               THEN (SELECT id FROM "PolicyGroup" WHERE name = 'bench-group-' || (i % 10)) END,
          CASE WHEN i % 20 = 7 THEN 'DEACTIVATED' ELSE 'ACTIVE' END::"PartnerStatus", true,
          ${NOW} - (i % 700) * interval '1 day' - (i % 86400) * interval '1 second', ${NOW}
        FROM generate_series(1, $1::int) AS i
        CROSS JOIN LATERAL (SELECT CASE WHEN i % 100 < 3 THEN 'MISP_PARTNER' WHEN i % 100 < 5 THEN 'DEVICE_PROVIDER' WHEN i % 100 < 6 THEN 'FTM_PROVIDER'
                                        WHEN i % 100 < 16 THEN 'CREDENTIAL_PARTNER' WHEN i % 100 < 21 THEN 'ONLINE_VERIFICATION_PARTNER' ELSE 'AUTH_PARTNER' END AS code) AS t`,
        [options.partners],
      );
    });

    // Key holders and the two policies of their group each holds an approved request for.
    await client.query(`
      CREATE TEMP TABLE kp AS
      SELECT row_number() OVER (ORDER BY p.id) AS n, p.id, p."policyGroupId" AS g FROM "Partner" p WHERE p."policyGroupId" IS NOT NULL AND p.id LIKE 'bp-%'`);
    await client.query(`CREATE TEMP TABLE gp AS SELECT "policyGroupId" AS g, (row_number() OVER (PARTITION BY "policyGroupId" ORDER BY name) - 1)::int AS q, id FROM "Policy"`);
    await client.query(`CREATE INDEX ON kp (n); CREATE INDEX ON gp (g, q); ANALYZE kp; ANALYZE gp`);
    const holders = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM kp`)).rows[0]!.n);

    await timed(log, "approved policy requests", async () => {
      await client.query(`
        INSERT INTO "PolicyRequest" (id, "partnerId", "policyId", "useCaseDescription", status, "decidedAt", "updatedAt")
        SELECT gen_random_uuid(), kp.id, gp.id, 'Benchmark use case', 'APPROVED', ${NOW}, ${NOW}
        FROM kp CROSS JOIN (VALUES (0), (3)) AS shift (s) JOIN gp ON gp.g = kp.g AND gp.q = (kp.n + shift.s) % 10`);
    });

    const indexes = (await client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'ApiKey' AND indexname <> 'ApiKey_pkey'`)).rows;
    await timed(log, `${options.keys.toLocaleString("en")} API keys (indexes dropped for the load)`, async () => {
      for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
      await client.query(
        `
        INSERT INTO "ApiKey" (id, "partnerId", "policyId", label, "keyHash", prefix, "lastFour", status, "expiresAt", "lastUsedAt", "createdAt", "deactivatedAt")
        SELECT gen_random_uuid(), kp.id, gp.id,
          (ARRAY['production','staging','test','backup','mobile-app','web-portal','batch','kiosk','branch','call-centre','partner-api','ekyc','otp-gateway','field-agents','pilot','dr-site','reporting','qa','internal','ussd'])[1 + (j * 7) % 20] || '-' || r,
          encode(sha256(('bench-key-' || j)::bytea), 'hex'), 'pk_live_' || substr(md5(j::text), 1, 4), substr(md5(j::text), 5, 4),
          CASE WHEN j % 10 = 3 THEN 'DEACTIVATED' ELSE 'ACTIVE' END::"KeyStatus",
          c.created + interval '365 days',
          CASE WHEN j % 5 < 2 THEN NULL ELSE ${NOW} - ((j * 31) % 43200) * interval '1 minute' END,
          c.created,
          CASE WHEN j % 10 = 3 THEN c.created + interval '10 days' END
        FROM generate_series(1, $1::int) AS j
        CROSS JOIN LATERAL (SELECT 1 + (j - 1) % $2::int AS n, (j - 1) / $2::int AS r) AS pos
        JOIN kp ON kp.n = pos.n
        JOIN gp ON gp.g = kp.g AND gp.q = (kp.n + CASE WHEN pos.r % 2 = 0 THEN 0 ELSE 3 END) % 10
        CROSS JOIN LATERAL (SELECT ${NOW} - ((j::bigint * 7919) % 576000) * interval '1 minute' - (j % 60000) * interval '1 millisecond' AS created) AS c`,
        [options.keys, holders],
      );
      for (const index of indexes) await client.query(index.indexdef);
    });

    await timed(log, "MISP license keys", async () => {
      await client.query(`
        INSERT INTO "MispLicenseKey" (id, "partnerId", "keyHash", prefix, "lastFour", status, "expiresAt", "createdAt", "deactivatedAt")
        SELECT gen_random_uuid(), p.id, encode(sha256(('bench-misp-old-' || p.id)::bytea), 'hex'), substr(md5(p.id), 1, 4), substr(md5(p.id), 5, 4),
          'DEACTIVATED'::"KeyStatus", ${NOW} + interval '100 days', ${NOW} - interval '265 days', ${NOW} - interval '20 days'
        FROM "Partner" p WHERE p."typeCode" = 'MISP_PARTNER'
        UNION ALL
        SELECT gen_random_uuid(), p.id, encode(sha256(('bench-misp-' || p.id)::bytea), 'hex'), substr(md5(p.id || 'x'), 1, 4), substr(md5(p.id || 'x'), 5, 4),
          'ACTIVE'::"KeyStatus", ${NOW} + interval '300 days', ${NOW} - interval '65 days', NULL
        FROM "Partner" p WHERE p."typeCode" = 'MISP_PARTNER' AND p.status = 'ACTIVE'`);
    });

    // Real secrets for a sample of valid keys and MISP licenses: their keyed hashes replace the generated ones.
    const triples = await timed(log, `secrets for ${options.sampleKeys} sample triples`, async () => {
      const keys = (
        await client.query<{ id: string; partnerId: string }>(
          `SELECT k.id, k."partnerId" FROM "ApiKey" k JOIN "Partner" p ON p.id = k."partnerId" JOIN "Policy" pol ON pol.id = k."policyId"
           WHERE k.status = 'ACTIVE' AND k."expiresAt" > ${NOW} + interval '1 day' AND p.status = 'ACTIVE' AND pol.status = 'PUBLISHED' LIMIT $1`,
          [options.sampleKeys],
        )
      ).rows;
      const misps = (await client.query<{ id: string }>(`SELECT id FROM "MispLicenseKey" WHERE status = 'ACTIVE' ORDER BY "partnerId" LIMIT $1`, [options.sampleMisps])).rows;
      const apiSecrets = keys.map((k) => `pk_live_${createHash("sha256").update(`bench-secret-${k.id}`).digest("base64url")}`);
      const mispSecrets = misps.map((m) => createHash("sha512").update(`bench-misp-${m.id}`).digest("base64").replace(/[^0-9A-Za-z]/g, "").slice(0, 50));
      await client.query(`UPDATE "ApiKey" k SET "keyHash" = v.h FROM unnest($1::uuid[], $2::text[]) AS v (id, h) WHERE k.id = v.id`, [
        keys.map((k) => k.id),
        apiSecrets.map((s) => hmac(options.keyHashSecret, s)),
      ]);
      await client.query(`UPDATE "MispLicenseKey" m SET "keyHash" = v.h FROM unnest($1::uuid[], $2::text[]) AS v (id, h) WHERE m.id = v.id`, [
        misps.map((m) => m.id),
        mispSecrets.map((s) => hmac(options.keyHashSecret, s)),
      ]);
      return keys.map((k, i) => ({ apiKey: apiSecrets[i]!, partnerId: k.partnerId, mispLicenseKey: mispSecrets[i % mispSecrets.length]! }));
    });

    const clientToken = randomBytes(32).toString("base64url");
    const clientSecret = randomBytes(32).toString("base64url");
    await client.query(
      `WITH c AS (INSERT INTO "ServiceClient" (id, "clientId", "secretHash", name, permissions) VALUES (gen_random_uuid(), 'bench-ida', $1, 'Benchmark ID authentication', ARRAY['keys.verify']) RETURNING id)
       INSERT INTO "Session" (id, "serviceClientId", kind, "expiresAt") SELECT $2, c.id, 'CLIENT', ${NOW} + interval '1 day' FROM c`,
      [hmac(options.keyHashSecret, clientSecret), createHash("sha256").update(clientToken).digest("hex")],
    );

    await client.query(`SET session_replication_role = origin`).catch(() => undefined);
    await timed(log, "VACUUM ANALYZE", async () => {
      for (const table of ["Partner", "Policy", "PolicyGroup", "PolicyRequest", "ApiKey", "MispLicenseKey", "ServiceClient", "Session"]) await client.query(`VACUUM ANALYZE "${table}"`);
    });

    const counts: Record<string, number> = {};
    for (const table of ["Partner", "PolicyRequest", "ApiKey", "MispLicenseKey"]) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    }
    return { triples, clientToken, counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
