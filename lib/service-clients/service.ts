// Service clients (downstream systems): creation with a secret shown once, deactivation, and MOSIP's client sign-in.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { blockedUntil, countEvent, resetLimit } from "@/lib/auth/rate-limit";
import { createSession } from "@/lib/auth/sessions";
import { keyHash, keyHashMatches, newClientSecret } from "@/lib/key-verification/secrets";
import type { RequestContext } from "@/lib/request-context";
import { createServiceClientSchema, GRANTED_CLIENT_PERMISSIONS, type CreateServiceClientInput } from "@/lib/service-clients/schemas";

const clientIdTaken = (clientId: string) =>
  new AppError("conflict", "SERVICE_CLIENT_EXISTS", `A service client with the id ${clientId} already exists.`, { field: "clientId", params: { clientId } });

/** Admin: a client that may verify keys. The secret is returned once; only its keyed hash is kept. */
export async function createServiceClient(input: CreateServiceClientInput, actor: AuditActor) {
  const parsed = createServiceClientSchema.parse(input);
  const clientId = parsed.clientId ?? `svc-${randomBytes(6).toString("hex")}`;
  const secret = newClientSecret();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.serviceClient.findUnique({ where: { clientId }, select: { id: true } })) throw clientIdTaken(clientId);
      const client = await tx.serviceClient.create({
        data: {
          clientId,
          name: parsed.name,
          secretHash: keyHash(secret),
          permissions: [...GRANTED_CLIENT_PERMISSIONS],
          createdById: actor.principal?.kind === "user" ? actor.principal.userId : null,
        },
      });
      await writeAudit(tx, actor, {
        action: "service-client.created",
        entityType: "ServiceClient",
        entityId: client.id,
        after: { clientId, name: client.name, permissions: client.permissions },
      });
      return { id: client.id, clientId, name: client.name, permissions: client.permissions, secret };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw clientIdTaken(clientId);
    throw error;
  }
}

/** Admin: the client's tokens stop working at once (its sessions are revoked and the verifier checks isActive). */
export async function deactivateServiceClient(id: string, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const client = await tx.serviceClient.findUnique({ where: { id }, select: { id: true, clientId: true, isActive: true } });
    if (!client) throw notFound("Service client", "SERVICE_CLIENT_NOT_FOUND");
    if (!client.isActive) throw new AppError("conflict", "SERVICE_CLIENT_INACTIVE", `Service client ${client.clientId} is already deactivated.`, { params: { clientId: client.clientId } });
    const updated = await tx.serviceClient.updateMany({ where: { id, isActive: true }, data: { isActive: false } });
    if (updated.count !== 1) throw staleTransition("The service client");
    const sessions = await tx.session.updateMany({ where: { serviceClientId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "service-client.deactivated",
      entityType: "ServiceClient",
      entityId: id,
      before: { isActive: true },
      after: { isActive: false, sessionsEnded: sessions.count },
    });
    return { id, clientId: client.clientId, isActive: false };
  });
}

function badCredentials() {
  return new AppError("unauthenticated", "KER-ATH-401", "The client id or secret key is not correct.");
}

/** MOSIP's clientidsecretkey sign-in: a token for the client, throttled per client id and per IP like password sign-in. */
export async function issueClientToken(clientId: string, secretKey: string, request: RequestContext) {
  const config = env();
  const clientKey = `client-signin:${clientId.toLowerCase()}`;
  const ipKey = `client-signin:ip:${request.ip}`;
  const blocked = [await blockedUntil(clientKey), await blockedUntil(ipKey)].filter((d): d is Date => d !== null);
  if (blocked.length > 0) {
    const until = new Date(Math.max(...blocked.map((d) => d.getTime()))).toISOString();
    throw new AppError("rate_limited", "KER-ATH-429", `Too many failed attempts. Try again at ${until}.`, { params: { until } });
  }
  const client = await db.serviceClient.findUnique({ where: { clientId: clientId.toLowerCase() }, omit: { secretHash: false } });
  const ok = client !== null && keyHashMatches(secretKey, client.secretHash);
  if (!client || !ok || !client.isActive) {
    const untilClient = await countEvent(clientKey, config.SIGNIN_MAX_FAILURES_PER_ACCOUNT, config.SIGNIN_WINDOW_MINUTES);
    const untilIp = await countEvent(ipKey, config.SIGNIN_MAX_FAILURES_PER_IP, config.SIGNIN_WINDOW_MINUTES);
    const until = untilClient ?? untilIp;
    if (until) throw new AppError("rate_limited", "KER-ATH-429", `Too many failed attempts. Try again at ${until.toISOString()}.`, { params: { until: until.toISOString() } });
    throw badCredentials();
  }
  await resetLimit(clientKey);
  const session = await createSession({ serviceClientId: client.id, kind: "CLIENT", ip: request.ip, userAgent: request.userAgent });
  return { ...session, clientId: client.clientId };
}
