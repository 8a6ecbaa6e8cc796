// MOSIP's shapes for biometric extractors and credential-type mappings on the REST API.
import "server-only";
import { z } from "zod";
import { extractorListSchema, type ExtractorInput } from "@/lib/extractors/schemas";
import { mosipPolicyStatus } from "@/lib/policies/mosip";
import { policyTypeFromDb } from "@/lib/policies/policy-types";
import type { getCredentialTypeMapping } from "@/lib/extractors/queries";

const mosipExtractorSchema = z.object({
  attributeName: z.string(),
  biometric: z.string(),
  extractor: z.object({ provider: z.string(), version: z.string() }),
});

export const mosipExtractorsSchema = z
  .object({ extractors: z.array(mosipExtractorSchema) })
  .transform((v) => v.extractors.map((e) => ({ attributeName: e.attributeName, biometric: e.biometric, provider: e.extractor.provider, version: e.extractor.version })))
  .pipe(extractorListSchema);

export function mosipExtractorsView(rows: { attributeName: string; biometricModality: string; provider: string; providerVersion: string }[]) {
  return { extractors: rows.map((e) => ({ attributeName: e.attributeName, biometric: e.biometricModality, extractor: { provider: e.provider, version: e.providerVersion } })) };
}

export type { ExtractorInput };

type Mapping = NonNullable<Awaited<ReturnType<typeof getCredentialTypeMapping>>>;

export function mosipCredentialTypeView(mapping: Mapping) {
  const policy = mapping.policy;
  return {
    partnerId: mapping.partnerId,
    credentialType: mapping.credentialType,
    policyId: policy.id,
    policyName: policy.name,
    policyDesc: policy.description,
    policyType: policyTypeFromDb(policy.type),
    publishDate: policy.publishedAt?.toISOString() ?? null,
    validTill: policy.validTo?.toISOString() ?? null,
    status: mosipPolicyStatus(policy.status),
    version: policy.version,
    schema: null,
    is_Active: mapping.isActive && policy.status === "PUBLISHED",
    policies: policy.policyJson,
  };
}
