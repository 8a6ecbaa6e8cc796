// State changes of a partner's biometric-extractor declarations and credential-type mappings (MOSIP's journey 3 extras).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { PartnerTypeCode } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { CREDENTIAL_MAPPING_PARTNER_TYPES, CREDENTIAL_TYPES, EXTRACTOR_PARTNER_TYPES, canMapCredentialTypes, isCredentialType, needsExtractors } from "@/lib/extractors/rules";
import type { ExtractorInput } from "@/lib/extractors/schemas";
import { isUuid, lockPartner, lockPolicy, type LockedPartner } from "@/lib/policies/db-helpers";
import { partnerType } from "@/lib/partners/partner-types";

const partnerNotFound = (partnerId: string) => notFound(`Partner ${partnerId}`, "PMS_PRT_005");
const policyNotFound = (policy: string) => notFound(`Policy ${policy}`, "PMS_PRT_073");

function mosipTypes(types: readonly PartnerTypeCode[]): string {
  return types.map((t) => partnerType(t).mosipCode).join(", ");
}

async function loadPartner(tx: Tx, partnerId: string): Promise<LockedPartner & { typeCode: PartnerTypeCode }> {
  const partner = await lockPartner(tx, partnerId);
  if (!partner) throw partnerNotFound(partnerId);
  return partner as LockedPartner & { typeCode: PartnerTypeCode };
}

/** The attribute names a data-share or credential policy releases; extractors only make sense for those. */
function sharedAttributeNames(policyJson: unknown): string[] | null {
  if (typeof policyJson !== "object" || policyJson === null || !("shareableAttributes" in policyJson)) return null;
  const list = (policyJson as { shareableAttributes: unknown }).shareableAttributes;
  if (!Array.isArray(list)) return null;
  return list.flatMap((a) => (typeof a === "object" && a !== null && typeof (a as { attributeName?: unknown }).attributeName === "string" ? [(a as { attributeName: string }).attributeName] : []));
}

/**
 * Declares (replaces) the extractors a credential or online-verification partner uses for a policy: MOSIP's rule is that
 * they are declared while the request is pending, and approval is refused until they exist.
 */
export async function declareBiometricExtractors(partnerId: string, policyId: string, extractors: ExtractorInput[], actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const partner = await loadPartner(tx, partnerId);
    if (!needsExtractors(partner.typeCode)) {
      throw new AppError("unprocessable", "PMS_PRT_063", `Biometric extractors can be declared only by ${mosipTypes(EXTRACTOR_PARTNER_TYPES)} partners.`, {
        params: { types: mosipTypes(EXTRACTOR_PARTNER_TYPES) },
      });
    }
    const policy = await lockPolicy(tx, policyId);
    if (!policy) throw policyNotFound(policyId);
    const requests = await tx.policyRequest.findMany({ where: { partnerId, policyId: policy.id, status: { in: ["PENDING", "APPROVED"] } }, select: { status: true } });
    if (requests.some((r) => r.status === "APPROVED")) {
      throw new AppError("conflict", "PMS_PRT_062", `The request for ${policy.name} is already approved; extractors cannot be changed now.`, { params: { policyName: policy.name } });
    }
    if (!requests.length) {
      throw new AppError("unprocessable", "PMS_PRT_061", `Request the policy ${policy.name} first; extractors are declared for a pending request.`, { params: { policyName: policy.name } });
    }
    const full = await tx.policy.findUniqueOrThrow({ where: { id: policy.id }, select: { policyJson: true } });
    const shared = sharedAttributeNames(full.policyJson);
    if (shared) {
      const unknown = extractors.find((e) => !shared.includes(e.attributeName));
      if (unknown) {
        throw new AppError("invalid", "PMS_PRT_EXTRACTOR_ATTRIBUTE", `The policy ${policy.name} does not share an attribute named ${unknown.attributeName}; it shares ${shared.join(", ")}.`, {
          field: "attributeName",
          params: { attributeName: unknown.attributeName, policyName: policy.name, attributes: shared.join(", ") },
        });
      }
    }
    const before = await tx.biometricExtractor.findMany({ where: { partnerId, policyId: policy.id }, orderBy: { attributeName: "asc" } });
    await tx.biometricExtractor.deleteMany({ where: { partnerId, policyId: policy.id } });
    await tx.biometricExtractor.createMany({
      data: extractors.map((e) => ({ partnerId, policyId: policy.id, attributeName: e.attributeName, biometricModality: e.biometric, provider: e.provider, providerVersion: e.version })),
    });
    await writeAudit(tx, actor, {
      action: "biometric-extractors.declared",
      entityType: "Policy",
      entityId: policy.id,
      partnerId,
      before: before.map((e) => ({ attributeName: e.attributeName, biometric: e.biometricModality, provider: e.provider, version: e.providerVersion })),
      after: extractors,
    });
    return { partnerId, policyId: policy.id, count: extractors.length };
  });
}

/** Maps an approved policy to a credential type (auth, qrcode, euin, …) for this partner; a later mapping of the same type replaces it. */
export async function mapCredentialType(partnerId: string, credentialType: string, policyRef: { id: string } | { name: string }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const partner = await loadPartner(tx, partnerId);
    if (!canMapCredentialTypes(partner.typeCode)) {
      throw new AppError("unprocessable", "PMS_PRT_070", `Credential types can be mapped only by ${mosipTypes(CREDENTIAL_MAPPING_PARTNER_TYPES)} partners.`, {
        params: { types: mosipTypes(CREDENTIAL_MAPPING_PARTNER_TYPES) },
      });
    }
    if (!isCredentialType(credentialType)) {
      throw new AppError("invalid", "PMS_PRT_072", `Credential type ${credentialType} is not allowed; use one of ${CREDENTIAL_TYPES.join(", ")}.`, {
        field: "credentialType",
        params: { credentialType, allowed: CREDENTIAL_TYPES.join(", ") },
      });
    }
    const policyId =
      "id" in policyRef
        ? policyRef.id
        : partner.policyGroupId
          ? (await tx.policy.findUnique({ where: { policyGroupId_name: { policyGroupId: partner.policyGroupId, name: policyRef.name } }, select: { id: true } }))?.id
          : undefined;
    const policy = policyId && isUuid(policyId) ? await lockPolicy(tx, policyId) : null;
    if (!policy || policy.policyGroupId !== partner.policyGroupId) throw policyNotFound("id" in policyRef ? policyRef.id : policyRef.name);
    if (policy.status !== "PUBLISHED") {
      throw new AppError("conflict", "PMS_PMP_019", `The policy ${policy.name} is not active.`, { params: { policyName: policy.name } });
    }
    const approved = await tx.policyRequest.findFirst({ where: { partnerId, policyId: policy.id, status: "APPROVED" }, select: { id: true } });
    if (!approved) {
      throw new AppError("unprocessable", "PMS_PRT_109", `The policy ${policy.name} is not approved for partner ${partnerId}; only approved policies can be mapped.`, {
        params: { policyName: policy.name, partnerId },
      });
    }
    const before = await tx.credentialTypeMapping.findUnique({ where: { partnerId_credentialType: { partnerId, credentialType } } });
    await tx.credentialTypeMapping.upsert({
      where: { partnerId_credentialType: { partnerId, credentialType } },
      create: { partnerId, credentialType, policyId: policy.id },
      update: { policyId: policy.id, isActive: true },
    });
    await writeAudit(tx, actor, {
      action: "credential-type.mapped",
      entityType: "CredentialTypeMapping",
      entityId: `${partnerId}:${credentialType}`,
      partnerId,
      before: before ? { policyId: before.policyId, isActive: before.isActive } : null,
      after: { policyId: policy.id, policyName: policy.name, isActive: true },
    });
    return { partnerId, credentialType, policyId: policy.id, policyName: policy.name };
  });
}
