// Every state change of an API key: generation (the secret is returned once and never stored) and deactivation.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound, staleTransition } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { publishEvent } from "@/lib/events/outbox";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { displayFragments, keyHash, maskedKey, newApiKeySecret } from "@/lib/key-verification/secrets";
import type { GenerateApiKeyInput } from "@/lib/api-keys/schemas";

export const labelTaken = (label: string) =>
  new AppError("conflict", "PMS_PRT_110", `An API key labelled “${label}” already exists for this policy; choose another label.`, {
    field: "label",
    params: { label },
  });

export const noApprovedRequest = (policyName: string) =>
  new AppError("unprocessable", "PMS_PRT_109", `There is no approved policy request for ${policyName}; request the policy and wait for its approval first.`, {
    field: "policyId",
    params: { policyName },
  });

async function activePartner(tx: Tx, partnerId: string) {
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true, status: true } });
  if (!partner) throw notFound(`Partner ${partnerId}`, "PMS_PRT_005");
  if (partner.status !== "ACTIVE") {
    throw new AppError("unprocessable", "PMS_PMP_016", `Partner ${partnerId} is not active, so it cannot generate API keys.`, { params: { partnerId } });
  }
  return partner;
}

function validity(validForDays: number | undefined): number {
  const config = env();
  const days = validForDays ?? config.API_KEY_DEFAULT_DAYS;
  if (days > config.API_KEY_MAX_DAYS) {
    throw new AppError("invalid", "PMS_APIKEY_VALIDITY", `An API key can be valid for at most ${config.API_KEY_MAX_DAYS} days.`, {
      field: "validForDays",
      params: { max: config.API_KEY_MAX_DAYS },
    });
  }
  return days;
}

/** The partner generates a named key for a policy it holds an approved request for (SPEC journey 4). */
export async function generateApiKey(partnerId: string, input: GenerateApiKeyInput, actor: AuditActor) {
  const days = validity(input.validForDays);
  const secret = newApiKeySecret();
  const fragments = displayFragments(secret);
  try {
    return await db.$transaction(async (tx) => {
      await activePartner(tx, partnerId);
      const policy = await tx.policy.findUnique({ where: { id: input.policyId }, select: { id: true, name: true, status: true } });
      const approved = policy
        ? await tx.policyRequest.findFirst({ where: { partnerId, policyId: policy.id, status: "APPROVED" }, select: { id: true } })
        : null;
      if (!policy || !approved) throw noApprovedRequest(policy?.name ?? input.policyId);
      if (policy.status !== "PUBLISHED") {
        throw new AppError("unprocessable", "PMS_PMP_019", `Policy ${policy.name} is not active; no new keys can be generated for it.`, {
          field: "policyId",
          params: { policyName: policy.name },
        });
      }
      if (await tx.apiKey.findFirst({ where: { partnerId, policyId: policy.id, label: input.label }, select: { id: true } })) throw labelTaken(input.label);
      const key = await tx.apiKey.create({
        data: {
          partnerId,
          policyId: policy.id,
          label: input.label,
          keyHash: keyHash(secret),
          prefix: fragments.prefix,
          lastFour: fragments.lastFour,
          expiresAt: new Date(Date.now() + days * 86_400_000),
        },
      });
      const view = { id: key.id, partnerId, policyId: policy.id, policyName: policy.name, label: key.label, masked: maskedKey(fragments), expiresAt: key.expiresAt, createdAt: key.createdAt };
      await writeAudit(tx, actor, { action: "api-key.generated", entityType: "ApiKey", entityId: key.id, partnerId, after: { ...view, status: key.status } });
      // MOSIP's event carried the key itself; ours never does: downstream services verify keys through the endpoint.
      await publishEvent(tx, "APIKEY_APPROVED", { partnerId, policyId: policy.id, apiKeyId: key.id, label: key.label, expiresAt: key.expiresAt.toISOString() });
      await notifyPartnerUsers(tx, partnerId, "API_KEY_ISSUED", { label: key.label, policyName: policy.name, expiresAt: key.expiresAt.toISOString() });
      return { secret, key: view };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw labelTaken(input.label);
    throw error;
  }
}

/**
 * Deactivates a key. `scope.partnerId` is set for a partner acting on its own keys: another partner's key is then
 * "not found", exactly like a missing one. Admins pass no scope.
 */
export async function deactivateApiKey(keyId: string, scope: { partnerId?: string }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, ...(scope.partnerId ? { partnerId: scope.partnerId } : {}) },
      select: { id: true, partnerId: true, policyId: true, label: true, status: true, policy: { select: { name: true } } },
    });
    if (!key) throw notFound("API key", "PMS_PRT_111");
    if (key.status === "DEACTIVATED") {
      throw new AppError("conflict", "PMS_PMS_022", `API key “${key.label}” is already deactivated.`, { params: { label: key.label } });
    }
    const updated = await tx.apiKey.updateMany({ where: { id: key.id, status: "ACTIVE" }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    if (updated.count !== 1) throw staleTransition("The API key");
    await writeAudit(tx, actor, {
      action: "api-key.deactivated",
      entityType: "ApiKey",
      entityId: key.id,
      partnerId: key.partnerId,
      before: { status: "ACTIVE" },
      after: { status: "DEACTIVATED", byAdmin: !scope.partnerId },
    });
    await publishEvent(tx, "APIKEY_STATUS_UPDATED", { partnerId: key.partnerId, policyId: key.policyId, apiKeyId: key.id, label: key.label, status: "DEACTIVATED" });
    await notifyPartnerUsers(tx, key.partnerId, "API_KEY_DEACTIVATED", { label: key.label, policyName: key.policy.name });
    return { id: key.id, partnerId: key.partnerId, policyId: key.policyId, label: key.label, status: "DEACTIVATED" as const };
  });
}
