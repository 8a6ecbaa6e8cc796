-- Indexes for the API key lists (admin, partner, REST v2) over a million keys, and the key verifier (ADR 004).
-- Written by hand: INCLUDE columns and trigram operator classes are beyond schema.prisma.

-- Case-insensitive "contains" filters on label and partner id use trigrams. pg_trgm is a trusted extension:
-- the database owner may create it without superuser rights (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "ApiKey_label_trgm_idx" ON "ApiKey" USING gin ("label" gin_trgm_ops);
CREATE INDEX "ApiKey_partnerId_trgm_idx" ON "ApiKey" USING gin ("partnerId" gin_trgm_ops);

-- One index per sort order, the key id as tie-breaker, and the filterable columns included, so that a filtered,
-- sorted page is read in order from the index alone (an index-only scan applies the filters without the table).
-- lastUsedAt is deliberately in no index: the verifier stamps it once a minute per key, and an unindexed column keeps
-- that UPDATE a HOT update (no index writes).
CREATE INDEX "ApiKey_list_createdAt_idx" ON "ApiKey" ("createdAt", "id") INCLUDE ("status", "expiresAt", "policyId", "partnerId", "label");
CREATE INDEX "ApiKey_list_expiresAt_idx" ON "ApiKey" ("expiresAt", "id") INCLUDE ("status", "createdAt", "policyId", "partnerId", "label");
CREATE INDEX "ApiKey_list_label_idx" ON "ApiKey" ("label", "id") INCLUDE ("status", "expiresAt", "createdAt", "policyId", "partnerId");
CREATE INDEX "ApiKey_list_partnerId_idx" ON "ApiKey" ("partnerId", "id") INCLUDE ("status", "expiresAt", "createdAt", "policyId", "label");
CREATE INDEX "ApiKey_list_policyId_idx" ON "ApiKey" ("policyId", "id") INCLUDE ("status", "expiresAt", "createdAt", "partnerId", "label");
CREATE INDEX "ApiKey_list_status_idx" ON "ApiKey" ("status", "createdAt", "id") INCLUDE ("expiresAt", "policyId", "partnerId", "label");
-- Expired / expiring filters: a range on (status, expiresAt).
CREATE INDEX "ApiKey_status_expiresAt_idx" ON "ApiKey" ("status", "expiresAt") INCLUDE ("createdAt", "policyId", "partnerId", "label");

-- Room on each page for the last-used stamp to stay a HOT update.
ALTER TABLE "ApiKey" SET (fillfactor = 90);
