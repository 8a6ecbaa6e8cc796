// Test-only builders for the keys domain. Policies and approved requests are written with `db` directly because the
// policy and policy-request services are built in parallel; nothing outside tests may create them this way.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { PolicyStatus } from "@/lib/generated/prisma/enums";
import { activateTestPartner, createTestPartner, testActor, uniqueSuffix } from "@/tests/factories";
import { issueClientToken, createServiceClient } from "@/lib/service-clients/service";
import { generateApiKey } from "@/lib/api-keys/service";
import { issueMispLicense } from "@/lib/misp/service";

export const TEST_AUTH_POLICY = {
  authTokenType: "partner",
  allowedAuthTypes: [{ authType: "otp", authSubType: "", mandatory: true }],
  allowedKycAttributes: [{ attributeName: "fullName" }],
};

export async function createTestPolicy(policyGroupId: string, options: { status?: PolicyStatus; name?: string } = {}) {
  return db.policy.create({
    data: {
      policyGroupId,
      name: options.name ?? `policy-${uniqueSuffix()}`,
      description: "test auth policy",
      type: "AUTH",
      policyJson: TEST_AUTH_POLICY,
      status: options.status ?? "PUBLISHED",
      publishedAt: options.status === "DRAFT" ? null : new Date(),
    },
  });
}

export async function createTestPolicyRequest(partnerId: string, policyId: string, status: "PENDING" | "APPROVED" | "REJECTED" = "APPROVED") {
  return db.policyRequest.create({
    data: { partnerId, policyId, useCaseDescription: "test use case", status, decidedAt: status === "PENDING" ? null : new Date() },
  });
}

/** An ACTIVE authentication partner with a published policy of its group and an APPROVED request for it. */
export async function createKeyReadyPartner() {
  const { partner, principal, userId } = await createTestPartner("AUTH_PARTNER");
  await activateTestPartner(partner.id);
  const policy = await createTestPolicy(partner.policyGroupId!);
  const request = await createTestPolicyRequest(partner.id, policy.id);
  return { partner, principal: { ...principal, partner: { ...principal.partner!, status: "ACTIVE" as const } }, userId, policy, request };
}

export async function createActiveMispPartner() {
  const created = await createTestPartner("MISP_PARTNER");
  await activateTestPartner(created.partner.id);
  return created;
}

/** A service client allowed to verify keys, signed in: its token. */
export async function createVerifierClient() {
  const client = await createServiceClient({ name: `verifier ${uniqueSuffix()}` }, testActor());
  const { token } = await issueClientToken(client.clientId, client.secret, { requestId: randomUUID(), ip: "10.9.9.9", userAgent: "vitest" });
  return { ...client, token };
}

/** Everything a verification needs: partner + key + MISP license + a verifier client. */
export async function createVerifiableTriple() {
  const ready = await createKeyReadyPartner();
  const { secret: apiKey, key } = await generateApiKey(ready.partner.id, { policyId: ready.policy.id, label: `label-${uniqueSuffix()}` }, testActor(ready.principal));
  const misp = await createActiveMispPartner();
  const { secret: mispLicenseKey, license } = await issueMispLicense(misp.partner.id, {}, testActor());
  const client = await createVerifierClient();
  return { ...ready, apiKey, key, misp, mispLicenseKey, license, client, input: { mispLicenseKey, partnerId: ready.partner.id, apiKey } };
}

/** Finds a string anywhere in the database (every table of the schema, every column, as text): the tables that hold it. */
export async function secretOccurrences(secret: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const found: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name.replace(/"/g, '""')}" t WHERE strpos(t::text, $1) > 0`, secret);
    if ((rows[0]?.n ?? 0) > 0) found.push(table_name);
  }
  return found;
}
