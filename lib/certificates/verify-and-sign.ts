// Validates a partner (or FTM chip) certificate against its domain's trust store and re-issues it under the portal CA.
import "server-only";
import { env } from "@/lib/env";
import type { CertDomain } from "@/lib/generated/prisma/enums";
import {
  certificateToPem,
  parseCertificateInput,
  requiresEndEntity,
  validatePartnerCertificate,
  issueCertificate,
  type DescribedCert,
} from "@/lib/pki";
import { currentPortalCa } from "@/lib/portal-ca/service";
import { loadDomainTrust } from "@/lib/trust-store/trusted";
import { pickLeaf } from "@/lib/certificates/pick-leaf";
import { rejection } from "@/lib/certificates/rejection";

export interface VerifyAndSignInput {
  domain: CertDomain;
  /** PEM text or base64 DER (at most 64 KiB); further certificates after the first are used as chain helpers */
  certificateData: string;
  /** the subject's O= must equal it exactly */
  organizationName: string;
  /** default: true for AUTH and MISP (SPEC 3) */
  requireEndEntity?: boolean;
  now?: Date;
}

export interface VerifiedAndSigned {
  originalDer: Uint8Array;
  signedDer: Uint8Array;
  signedPem: string;
  originalPem: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  /** SHA-256 of the original certificate, lower-case hex */
  thumbprint: string;
  notBefore: Date;
  notAfter: Date;
  signedNotAfter: Date;
  /** the validated path, leaf first, root last */
  chain: DescribedCert[];
}

/**
 * Parses, validates (SPEC 3 "Partner certificate upload") and signs. Throws CertificateRejectedError
 * (an AppError) carrying MOSIP's KER-PCM code and every finding in plain words; writes nothing.
 */
export async function verifyAndSignCertificate(input: VerifyAndSignInput): Promise<VerifiedAndSigned> {
  const now = input.now ?? new Date();
  const parsed = await parseCertificateInput(input.certificateData);
  if (!parsed.ok) throw rejection(parsed.findings, "PARTNER");
  const { leaf, others } = pickLeaf(parsed.certificates);

  const trusted = await loadDomainTrust(input.domain);
  const result = await validatePartnerCertificate(leaf, {
    trusted: trusted.map((t) => t.cert),
    extraChain: others,
    now,
    organizationName: input.organizationName,
    requireEndEntity: input.requireEndEntity ?? requiresEndEntity(input.domain),
    minRemainingDays: env().PARTNER_CERT_MIN_REMAINING_DAYS,
  });
  if (!result.ok) throw rejection(result.findings, "PARTNER", result.chain);

  const ca = await currentPortalCa(input.domain);
  const signed = await issueCertificate({
    caCert: ca.cert,
    caPrivateKey: ca.privateKey,
    subjectFromCert: leaf,
    publicKeyFromCert: leaf,
    // never outlive the issuing CA
    notAfter: ca.cert.facts.notAfter,
    now,
    // MOSIP's keymanager sets the encryption key usage only for the AUTH domain
    encryption: input.domain === "AUTH",
  });

  return {
    originalDer: leaf.der,
    signedDer: signed.der,
    signedPem: certificateToPem(signed.der),
    originalPem: certificateToPem(leaf.der),
    subject: leaf.facts.subject.text,
    issuer: leaf.facts.issuer.text,
    serialNumber: leaf.facts.serialHex,
    thumbprint: leaf.thumbprint,
    notBefore: leaf.facts.notBefore,
    notAfter: leaf.facts.notAfter,
    signedNotAfter: signed.facts.notAfter,
    chain: result.chain,
  };
}
