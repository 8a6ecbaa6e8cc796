import { buildCertificate, buildName, copyName, extension, keyIdentifierOf, randomSerial } from "./cert-builder";
import { fromHex } from "./bytes";
import { loadCertificate, type ParsedCertificate } from "./certificate";
import { exportPublicKeySpki } from "./keys";

// The portal's own CAs (one per domain) and the certificates they issue over partners' keys
// (SPEC 3: "the portal's own issuing CA for that domain signs a new certificate over the partner's
// public key with the same subject").

const DAY_MS = 86_400_000;
/** MOSIP: issuer.certificate.duration.years=1, counted as 365 days */
const ISSUED_VALIDITY_DAYS = 365;

export interface PortalCaOptions {
  keyPair: CryptoKeyPair;
  /** AUTH, DEVICE, FTM or MISP; appears in the CA's name */
  domain: string;
  organization?: string;
  country?: string;
  commonName?: string;
  validityYears?: number;
  now?: Date;
}

/** A self-signed CA certificate for one domain. pathLen 0: it issues end-entity certificates only. */
export async function createPortalCaCertificate(options: PortalCaOptions): Promise<ParsedCertificate> {
  const now = options.now ?? new Date();
  const spki = await exportPublicKeySpki(options.keyPair.publicKey);
  const keyId = await keyIdentifierOf(spki);
  const name = buildName([
    ...(options.country ? ([["C", options.country]] as [string, string][]) : []),
    ["O", options.organization ?? "Partner Portal"],
    ["CN", options.commonName ?? `Partner Portal ${options.domain} CA`],
  ]);
  const der = await buildCertificate({
    serial: randomSerial(),
    subject: name,
    issuer: name,
    notBefore: now,
    notAfter: new Date(now.getTime() + (options.validityYears ?? 10) * 365 * DAY_MS),
    spki,
    extensions: [
      extension.basicConstraints(true, 0),
      extension.keyUsage(["digitalSignature", "keyCertSign", "cRLSign"]),
      extension.subjectKeyIdentifier(keyId),
      extension.authorityKeyIdentifier(keyId),
    ],
    signingKey: options.keyPair.privateKey,
  });
  return loadCertificate(der);
}

export interface IssueOptions {
  caCert: ParsedCertificate;
  caPrivateKey: CryptoKey;
  /** the certificate whose subject is copied (the partner's) */
  subjectFromCert: ParsedCertificate;
  /** the certificate whose public key is certified (normally the same partner certificate) */
  publicKeyFromCert: ParsedCertificate;
  /** optional extra upper bound on notAfter */
  notAfter?: Date;
  now?: Date;
  /**
   * add keyEncipherment (RSA) or keyAgreement (EC) next to digitalSignature; default true.
   * MOSIP sets its encryption flag only for the AUTH domain.
   */
  encryption?: boolean;
}

/**
 * Re-issues a partner certificate under the portal CA: same subject, same public key, issuer = CA,
 * valid from now until the earliest of one year, the original's notAfter and `notAfter`.
 */
export async function issueCertificate(options: IssueOptions): Promise<ParsedCertificate> {
  const now = options.now ?? new Date();
  const partnerKey = options.publicKeyFromCert;
  const spki = new Uint8Array(partnerKey.certificate.subjectPublicKeyInfo.toSchema().toBER(false));
  const notAfter = new Date(
    Math.min(now.getTime() + ISSUED_VALIDITY_DAYS * DAY_MS, partnerKey.facts.notAfter.getTime(), options.notAfter?.getTime() ?? Infinity),
  );
  if (notAfter <= now) throw new RangeError("the partner certificate has already expired; nothing to issue");

  const caKeyId = options.caCert.facts.subjectKeyId ? fromHex(options.caCert.facts.subjectKeyId) : await keyIdentifierOf(caSpki(options.caCert));
  const encryptionUsage = partnerKey.facts.key.type === "RSA" ? "keyEncipherment" : "keyAgreement";
  const der = await buildCertificate({
    serial: randomSerial(),
    subject: copyName(options.subjectFromCert.certificate.subject),
    issuer: copyName(options.caCert.certificate.subject),
    notBefore: now,
    notAfter,
    spki,
    extensions: [
      extension.basicConstraints(false),
      extension.keyUsage(options.encryption === false ? ["digitalSignature"] : ["digitalSignature", encryptionUsage]),
      extension.subjectKeyIdentifier(await keyIdentifierOf(spki)),
      extension.authorityKeyIdentifier(caKeyId),
    ],
    signingKey: options.caPrivateKey,
  });
  return loadCertificate(der);
}

function caSpki(cert: ParsedCertificate): Uint8Array {
  return new Uint8Array(cert.certificate.subjectPublicKeyInfo.toSchema().toBER(false));
}
