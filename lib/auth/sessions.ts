// Server-side sessions: every request checks its row, so sign-out and deactivation take effect at once.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Principal } from "@/lib/auth/principal";
import { newToken, sha256Hex } from "@/lib/auth/tokens";
import type { Permission } from "@/lib/permissions";

export type SessionKind = "WEB" | "API" | "CLIENT";

interface NewSession {
  userId?: string;
  serviceClientId?: string;
  kind: SessionKind;
  ip?: string | null;
  userAgent?: string | null;
}

export async function createSession(input: NewSession, client: Tx | typeof db = db): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + env().SESSION_HOURS * 3600_000);
  await client.session.create({
    data: {
      id: sha256Hex(token),
      userId: input.userId,
      serviceClientId: input.serviceClientId,
      kind: input.kind,
      expiresAt,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 256) ?? null,
    },
  });
  return { token, expiresAt };
}

/** The principal behind a token, or null when the token is unknown, expired, revoked, or its owner deactivated. */
export async function resolveSessionToken(token: string): Promise<Principal | null> {
  if (!token || token.length > 128) return null;
  const session = await db.session.findUnique({
    where: { id: sha256Hex(token) },
    include: {
      user: { include: { memberships: { include: { partner: true }, orderBy: { createdAt: "asc" }, take: 1 } } },
      serviceClient: true,
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;

  if (session.serviceClient) {
    if (!session.serviceClient.isActive) return null;
    return {
      kind: "client",
      sessionId: session.id,
      serviceClientId: session.serviceClient.id,
      clientId: session.serviceClient.clientId,
      permissions: session.serviceClient.permissions as Permission[],
    };
  }
  const user = session.user;
  if (!user || !user.isActive) return null;
  const partner = user.memberships[0]?.partner ?? null;
  if (partner?.status === "DEACTIVATED") return null;
  return {
    kind: "user",
    sessionId: session.id,
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    partner: partner
      ? { id: partner.id, typeCode: partner.typeCode, status: partner.status, organizationName: partner.organizationName }
      : null,
  };
}

export async function revokeSessionById(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every open session of the partner's users (deactivation). */
export async function revokePartnerSessions(tx: Tx, partnerId: string): Promise<number> {
  const result = await tx.session.updateMany({
    where: { revokedAt: null, user: { memberships: { some: { partnerId } } } },
    data: { revokedAt: new Date() },
  });
  return result.count;
}
