// Builders for certificate tests: throwaway CA hierarchies loaded into a domain's trust store through the real service.
import type { CertDomain } from "@/lib/generated/prisma/enums";
import { makeCertificate, makeHierarchy, type HierarchyOptions, type TestCert, type TestHierarchy } from "@/lib/pki/testing";
import { uploadCaCertificates } from "@/lib/trust-store/service";
import { createSession } from "@/lib/auth/sessions";
import { createTestStaff, testActor, uniqueSuffix } from "./factories";

/**
 * root → intermediate → leaf (leaf O= `organization`), with names unique to this call so that
 * hierarchies of different tests never share a subject. Nothing is stored.
 */
export async function makeTestHierarchy(organization: string, options: Omit<HierarchyOptions, "organization"> = {}): Promise<TestHierarchy> {
  const tag = uniqueSuffix();
  return makeHierarchy({
    organization,
    ...options,
    root: { subject: [["C", "IN"], ["O", "Test Domain Trust"], ["CN", `Test Root CA ${tag}`]], ...options.root },
    intermediate: { subject: [["C", "IN"], ["O", "Test Domain Trust"], ["CN", `Test Issuing CA ${tag}`]], ...options.intermediate },
    leaf: { subject: [["C", "IN"], ["O", organization], ["CN", `${organization} ${tag}`]], ...options.leaf },
  });
}

/** Stores the root and the intermediate of `hierarchy` in the domain's trust store, as an admin would. */
export async function trustHierarchy(domain: CertDomain, hierarchy: Pick<TestHierarchy, "root" | "intermediate">): Promise<void> {
  const admin = await createTestStaff(["PARTNER_ADMIN"]);
  const actor = testActor(admin);
  await uploadCaCertificates({ domain, certificateData: hierarchy.root.pem }, actor);
  await uploadCaCertificates({ domain, certificateData: hierarchy.intermediate.pem }, actor);
}

/** A hierarchy whose root and intermediate are trusted in `domain`, with a leaf for `organization`. */
export async function createTrustedHierarchy(domain: CertDomain, organization: string, options: Omit<HierarchyOptions, "organization"> = {}): Promise<TestHierarchy> {
  const hierarchy = await makeTestHierarchy(organization, options);
  await trustHierarchy(domain, hierarchy);
  return hierarchy;
}

/** Another leaf under an existing (trusted) intermediate. */
export async function issueTestLeaf(intermediate: TestCert, organization: string, options: Parameters<typeof makeCertificate>[0] = {}): Promise<TestCert> {
  return makeCertificate({
    subject: [["C", "IN"], ["O", organization], ["CN", `${organization} ${uniqueSuffix()}`]],
    issuer: intermediate,
    validToDays: 730,
    ...options,
  });
}

/** PEM → base64 DER (the other form MOSIP clients send). */
export function base64Der(cert: TestCert): string {
  return Buffer.from(cert.der).toString("base64");
}

/** A bearer token for the REST API, as `POST /v1/authmanager/authenticate/useridPwd` would give. */
export async function apiTokenFor(userId: string): Promise<string> {
  const { token } = await createSession({ userId, kind: "API" });
  return token;
}

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler module's method the way Next.js would. */
export async function callRoute(
  handler: RouteHandler,
  { method = "GET", path = "/", body, token, params = {} }: { method?: string; path?: string; body?: unknown; token?: string; params?: Record<string, string> },
): Promise<{ status: number; headers: Headers; json: { response: Record<string, unknown> | null; errors: { errorCode: string; message: string }[] } | null; text: string }> {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`http://portal.test${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify({ id: "test", version: "1.0", requesttime: new Date().toISOString(), request: body }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, json, text };
}
