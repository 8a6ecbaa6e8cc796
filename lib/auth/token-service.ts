// Token issuance for the REST API: MOSIP's authmanager endpoints, backed by our session table.
import "server-only";
import { createSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { RequestContext } from "@/lib/request-context";

export async function issueUserToken(userName: string, password: string, request: RequestContext) {
  const user = await signInWithPassword({ identifier: userName, password, ip: request.ip });
  const { token, expiresAt } = await createSession({ userId: user.id, kind: "API", ip: request.ip, userAgent: request.userAgent });
  return { token, expiresAt, userId: user.id };
}

export function tokenCookie(token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `Authorization=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`;
}
