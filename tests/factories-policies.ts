// Builders for the policy, policy-request and extractor tests: real rows through the real services.
import { createSession } from "@/lib/auth/sessions";
import type { PartnerTypeCode } from "@/lib/generated/prisma/enums";
import demoAuth from "@/lib/policies/examples/demo-auth.json" with { type: "json" };
import demoCredential from "@/lib/policies/examples/demo-credential-print.json" with { type: "json" };
import demoDataShare from "@/lib/policies/examples/demo-datashare.json" with { type: "json" };
import demoMisp from "@/lib/policies/examples/demo-misp.json" with { type: "json" };
import type { PolicyType } from "@/lib/policies/policy-types";
import { createPolicy, publishPolicy } from "@/lib/policies/service";
import { activateTestPartner, createTestPartner, createTestPolicyGroup, testActor, uniqueSuffix } from "@/tests/factories";

export const SAMPLE_POLICIES: Readonly<Record<PolicyType, unknown>> = {
  Auth: demoAuth,
  DataShare: demoDataShare,
  CredentialIssuance: demoCredential,
  MISP: demoMisp,
};

/** A fresh copy, so a test may change it without touching the others. */
export function samplePolicy(type: PolicyType): Record<string, unknown> {
  return structuredClone(SAMPLE_POLICIES[type]) as Record<string, unknown>;
}

export async function createTestPolicy(options: { groupId?: string; type?: PolicyType; name?: string; publish?: boolean; policies?: unknown } = {}) {
  const groupId = options.groupId ?? (await createTestPolicyGroup()).id;
  const type = options.type ?? "Auth";
  const policy = await createPolicy(
    { policyGroupId: groupId, type, name: options.name ?? `policy-${uniqueSuffix()}`, description: "test policy", policies: options.policies ?? samplePolicy(type) },
    testActor(),
  );
  if (options.publish === false) return policy;
  return publishPolicy(policy.id, null, testActor());
}

/** An ACTIVE partner of the given type in the given group, with its owner's principal. */
export async function createActivePartnerInGroup(type: PartnerTypeCode, policyGroupId: string) {
  const created = await createTestPartner(type, { policyGroupId });
  await activateTestPartner(created.partner.id);
  return created;
}

// ---- calling REST route handlers directly (see lib/rest.test.ts) ----

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface MosipBody {
  response: unknown;
  errors: { errorCode: string; message: string }[];
}

/** A token for a user, as useridPwd would issue. */
export async function tokenForUser(userId: string): Promise<string> {
  return (await createSession({ userId, kind: "API" })).token;
}

export async function callRoute(
  handler: Handler,
  { method = "GET", path = "/x", body, token, params = {} }: { method?: string; path?: string; body?: unknown; token?: string; params?: Record<string, string> },
): Promise<{ status: number; body: MosipBody }> {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`http://portal.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify({ id: "test", version: "1.0", requesttime: new Date().toISOString(), request: body }) });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as MosipBody };
}
