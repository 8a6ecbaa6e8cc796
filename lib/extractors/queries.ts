// Reads of a partner's biometric extractors and credential-type mappings.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUuid } from "@/lib/policies/db-helpers";

export async function listExtractors(partnerId: string, policyId: string) {
  if (!isUuid(policyId)) return [];
  return db.biometricExtractor.findMany({ where: { partnerId, policyId }, orderBy: { attributeName: "asc" } });
}

/** Used inside the approval transaction (SPEC 2: credential and online-verification partners need extractors first). */
export async function countExtractors(tx: Tx, partnerId: string, policyId: string): Promise<number> {
  return tx.biometricExtractor.count({ where: { partnerId, policyId } });
}

export async function getCredentialTypeMapping(partnerId: string, credentialType: string) {
  return db.credentialTypeMapping.findUnique({
    where: { partnerId_credentialType: { partnerId, credentialType } },
    include: { policy: { include: { policyGroup: { select: { id: true, name: true, description: true, isActive: true } } } } },
  });
}

export async function listCredentialTypeMappings(partnerId: string) {
  return db.credentialTypeMapping.findMany({
    where: { partnerId, isActive: true },
    orderBy: { credentialType: "asc" },
    include: { policy: { select: { id: true, name: true, status: true } } },
  });
}
