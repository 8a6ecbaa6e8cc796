// Every state change of a policy request: a partner asks for a published policy of its group; an admin approves or rejects.
// PENDING → APPROVED | REJECTED (SPEC 2); one PENDING or APPROVED request per (partner, policy), enforced by a partial unique index too.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { PartnerTypeCode, PolicyRequestStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { countExtractors } from "@/lib/extractors/queries";
import { needsExtractors } from "@/lib/extractors/rules";
import { notifyPartnerUsers } from "@/lib/notifications/service";
import { partnerType } from "@/lib/partners/partner-types";
import { isUniqueViolation, isUuid, lockPartner, lockPolicy, lockPolicyGroup, type LockedPartner, type LockedPolicy } from "@/lib/policies/db-helpers";
import type { Decision } from "@/lib/policy-requests/schemas";

const requestNotFound = (requestId: string) => notFound(`Policy request ${requestId}`, "PMS_PMP_007");

const alreadyOpen = (status: PolicyRequestStatus, policyName: string) =>
  status === "APPROVED"
    ? new AppError("conflict", "PMS_PRT_060", `The policy ${policyName} has already been approved for your partner.`, { params: { policyName } })
    : new AppError("conflict", "PMS_PRT_053", `A request for the policy ${policyName} is already pending approval.`, { params: { policyName } });

const alreadyDecided = (status: PolicyRequestStatus) =>
  status === "APPROVED"
    ? new AppError("conflict", "PMS_PM_034", "This policy request has already been approved.")
    : new AppError("conflict", "PMS_PM_035", "This policy request has already been rejected.");

function assertPartnerActive(partner: LockedPartner) {
  if (partner.status === "DEACTIVATED") {
    throw new AppError("conflict", "PMS_PMP_016", `Partner ${partner.id} has been deactivated.`, { params: { partnerId: partner.id } });
  }
  if (partner.status !== "ACTIVE") {
    // MOSIP answers PMS_PMP_016 "not active" here too; ours says what to do about it.
    throw new AppError("conflict", "PMS_PRT_CERTIFICATE_REQUIRED", `Partner ${partner.id} is not active yet: it must upload its certificate first.`, { params: { partnerId: partner.id } });
  }
}

/**
 * The policy is requestable / approvable: published, unexpired, in an active group that is the partner's. For the partner,
 * another group's policy is "not found"; for the admin approving, it is a conflict (the partner's group changed since).
 */
async function assertPolicyOpenTo(tx: Tx, policy: LockedPolicy, partner: LockedPartner, outsideGroup: "not_found" | "conflict" = "not_found") {
  if (policy.policyGroupId !== partner.policyGroupId) {
    throw new AppError(outsideGroup, "PMS_PRT_098", `The policy ${policy.name} is not in partner ${partner.id}'s policy group.`, { params: { policyName: policy.name, partnerId: partner.id } });
  }
  const group = await lockPolicyGroup(tx, policy.policyGroupId);
  if (!group?.isActive) throw new AppError("conflict", "PMS_PMP_023", `The policy group ${group?.name ?? ""} is not active.`, { params: { group: group?.name ?? "" } });
  if (policy.status !== "PUBLISHED") {
    throw new AppError("conflict", "PMS_PMP_019", `The policy ${policy.name} is not active (it is ${policy.status.toLowerCase()}).`, { params: { policyName: policy.name } });
  }
  if (policy.validTo && policy.validTo.getTime() <= Date.now()) {
    throw new AppError("conflict", "PMS_PMP_018", `The policy ${policy.name} has expired.`, { params: { policyName: policy.name } });
  }
}

export type PolicyRef = { policyId: string } | { policyName: string };

/** A partner asks for a policy (SPEC journey 3). The partner id always comes from the caller's own partner, never from input. */
export async function createPolicyRequest(partnerId: string, ref: PolicyRef, useCaseDescription: string, actor: AuditActor) {
  let policyForRace: { id: string; name: string } | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const partner = await lockPartner(tx, partnerId);
      if (!partner) throw notFound(`Partner ${partnerId}`, "PMS_PRT_005");
      const type = partnerType(partner.typeCode as PartnerTypeCode);
      if (!type.needsPolicyGroup) {
        throw new AppError("unprocessable", "PMS_PRT_048", `${type.mosipCode} partners do not request policies.`, { params: { partnerType: type.mosipCode } });
      }
      assertPartnerActive(partner);
      if (!partner.policyGroupId) throw new AppError("unprocessable", "PMS_PRT_047", `Partner ${partnerId} is not in a policy group.`, { params: { partnerId } });
      const policyId =
        "policyId" in ref
          ? ref.policyId
          : (await tx.policy.findUnique({ where: { policyGroupId_name: { policyGroupId: partner.policyGroupId, name: ref.policyName } }, select: { id: true } }))?.id;
      const policy = policyId ? await lockPolicy(tx, policyId) : null;
      const label = "policyId" in ref ? ref.policyId : ref.policyName;
      if (!policy) throw new AppError("not_found", "PMS_PRT_098", `There is no policy ${label} in your policy group.`, { params: { policyName: label, partnerId } });
      policyForRace = { id: policy.id, name: policy.name };
      await assertPolicyOpenTo(tx, policy, partner);
      const open = await tx.policyRequest.findFirst({ where: { partnerId, policyId: policy.id, status: { in: ["PENDING", "APPROVED"] } }, select: { status: true } });
      if (open) throw alreadyOpen(open.status, policy.name);
      const request = await tx.policyRequest.create({ data: { partnerId, policyId: policy.id, useCaseDescription: useCaseDescription.trim() } });
      await writeAudit(tx, actor, {
        action: "policy-request.created",
        entityType: "PolicyRequest",
        entityId: request.id,
        partnerId,
        after: { policyId: policy.id, policyName: policy.name, status: request.status, useCaseDescription: request.useCaseDescription },
      });
      return request;
    });
  } catch (error) {
    // A double click: both requests passed the check, the partial unique index let one through; the other hears why.
    const policy = policyForRace as { id: string; name: string } | null;
    if (isUniqueViolation(error) && policy) {
      const open = await db.policyRequest.findFirst({ where: { partnerId, policyId: policy.id, status: { in: ["PENDING", "APPROVED"] } }, select: { status: true } });
      throw alreadyOpen(open?.status ?? "PENDING", policy.name);
    }
    throw error;
  }
}

export interface DecisionResult {
  requestId: string;
  status: Decision;
  partnerId: string;
  policyId: string;
  policyName: string;
}

/**
 * Admin: PENDING → APPROVED | REJECTED, once. Approval re-checks everything SPEC 2 asks (active partner, published policy of its
 * group, extractors for credential and online-verification partners). Two admins deciding at once: the conditional update lets
 * exactly one through; the other is told the request was already decided.
 */
export async function decidePolicyRequest(requestId: string, decision: Decision, comment: string | undefined, actor: AuditActor): Promise<DecisionResult> {
  if (!isUuid(requestId)) throw requestNotFound(requestId);
  const adminComment = comment?.trim() || null;
  return db.$transaction(async (tx) => {
    const request = await tx.policyRequest.findUnique({ where: { id: requestId }, include: { policy: { select: { id: true, name: true } } } });
    if (!request) throw requestNotFound(requestId);
    if (request.status !== "PENDING") throw alreadyDecided(request.status);
    if (decision === "APPROVED") {
      const partner = await lockPartner(tx, request.partnerId);
      if (!partner) throw notFound(`Partner ${request.partnerId}`, "PMS_PRT_005");
      assertPartnerActive(partner);
      const policy = await lockPolicy(tx, request.policyId);
      if (!policy) throw notFound(`Policy ${request.policyId}`, "PMS_PMP_014");
      await assertPolicyOpenTo(tx, policy, partner, "conflict");
      if (needsExtractors(partner.typeCode as PartnerTypeCode) && (await countExtractors(tx, partner.id, policy.id)) === 0) {
        const type = partnerType(partner.typeCode as PartnerTypeCode).mosipCode;
        throw new AppError("unprocessable", "PMS_PM_051", `Partner ${partner.id} (${type}) has not declared its biometric extractors for ${policy.name}; approval waits until it does.`, {
          params: { partnerId: partner.id, policyName: policy.name },
        });
      }
    }
    const decidedAt = new Date();
    const decidedById = actor.principal?.kind === "user" ? actor.principal.userId : null;
    const updated = await tx.policyRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: { status: decision, adminComment, decidedAt, decidedById },
    });
    if (updated.count !== 1) {
      const now = await tx.policyRequest.findUnique({ where: { id: requestId }, select: { status: true } });
      throw alreadyDecided(now?.status === "REJECTED" ? "REJECTED" : "APPROVED");
    }
    await writeAudit(tx, actor, {
      action: decision === "APPROVED" ? "policy-request.approved" : "policy-request.rejected",
      entityType: "PolicyRequest",
      entityId: requestId,
      partnerId: request.partnerId,
      before: { status: "PENDING" },
      after: { status: decision, comment: adminComment, policyId: request.policyId, policyName: request.policy.name },
    });
    await notifyPartnerUsers(tx, request.partnerId, decision === "APPROVED" ? "POLICY_REQUEST_APPROVED" : "POLICY_REQUEST_REJECTED", {
      partnerId: request.partnerId,
      policyName: request.policy.name,
      requestId,
      ...(adminComment ? { comment: adminComment } : {}),
    });
    return { requestId, status: decision, partnerId: request.partnerId, policyId: request.policyId, policyName: request.policy.name };
  });
}
