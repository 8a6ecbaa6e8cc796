// The one statement behind key verification: the caller's session and the whole triple, read in a single round trip.
// It is shared with the benchmark's baseline server, which runs exactly this text, so the ratio measures our code alone.

/**
 * $1 = SHA-256 of the caller's bearer token (Session.id), $2 = keyed hash of the API key, $3 = keyed hash of the
 * MISP license key. Always one row: every join is a LEFT JOIN from a single-row VALUES, each on a unique index.
 * Times are compared in SQL against UTC (Prisma stores timestamps without zone, in UTC), so app clocks do not matter.
 */
export const VERIFY_SQL = `
SELECT
  s.id IS NOT NULL AND s."revokedAt" IS NULL AND s."expiresAt" > (now() AT TIME ZONE 'UTC') AS "sessionLive",
  s."userId" IS NOT NULL AS "sessionIsUser",
  c."isActive" AS "clientActive",
  c.permissions AS "clientPermissions",
  k.id AS "keyId",
  k."partnerId" AS "keyPartnerId",
  k.status::text AS "keyStatus",
  k."expiresAt" <= (now() AT TIME ZONE 'UTC') AS "keyExpired",
  (k."lastUsedAt" IS NULL OR k."lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '60 seconds') AS "lastUsedStale",
  p.status::text AS "partnerStatus",
  pol.id AS "policyId",
  pol.name AS "policyName",
  pol.status::text AS "policyStatus",
  pol."policyJson" AS "policy",
  EXISTS (
    SELECT 1 FROM "PolicyRequest" r
    WHERE r."partnerId" = k."partnerId" AND r."policyId" = k."policyId" AND r.status = 'APPROVED'
  ) AS "requestApproved",
  m.id IS NOT NULL AND m.status = 'ACTIVE' AND m."expiresAt" > (now() AT TIME ZONE 'UTC') AND mp.status = 'ACTIVE' AS "mispValid"
FROM (VALUES (1)) AS one (x)
LEFT JOIN "Session" s ON s.id = $1
LEFT JOIN "ServiceClient" c ON c.id = s."serviceClientId"
LEFT JOIN "ApiKey" k ON k."keyHash" = $2
LEFT JOIN "Partner" p ON p.id = k."partnerId"
LEFT JOIN "Policy" pol ON pol.id = k."policyId"
LEFT JOIN "MispLicenseKey" m ON m."keyHash" = $3
LEFT JOIN "Partner" mp ON mp.id = m."partnerId"
`;

export interface VerifyRow {
  sessionLive: boolean;
  sessionIsUser: boolean;
  clientActive: boolean | null;
  clientPermissions: string[] | null;
  keyId: string | null;
  keyPartnerId: string | null;
  keyStatus: string | null;
  keyExpired: boolean | null;
  lastUsedStale: boolean | null;
  partnerStatus: string | null;
  policyId: string | null;
  policyName: string | null;
  policyStatus: string | null;
  policy: unknown;
  requestApproved: boolean;
  mispValid: boolean;
}

/** Written at most once a minute per key, by whichever instance first sees it stale; the condition makes racing writers harmless. */
export const TOUCH_LAST_USED_SQL = `
UPDATE "ApiKey" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '60 seconds')
`;
