// Object identifiers used by the validator, with the names shown to people.

export const OID = {
  // extensions
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  issuerAltName: "2.5.29.18",
  basicConstraints: "2.5.29.19",
  nameConstraints: "2.5.29.30",
  crlDistributionPoints: "2.5.29.31",
  certificatePolicies: "2.5.29.32",
  policyMappings: "2.5.29.33",
  authorityKeyIdentifier: "2.5.29.35",
  policyConstraints: "2.5.29.36",
  extKeyUsage: "2.5.29.37",
  freshestCrl: "2.5.29.46",
  inhibitAnyPolicy: "2.5.29.54",
  authorityInfoAccess: "1.3.6.1.5.5.7.1.1",
  subjectInfoAccess: "1.3.6.1.5.5.7.1.11",
  ctPrecertificateScts: "1.3.6.1.4.1.11129.2.4.2",

  // public keys
  rsaEncryption: "1.2.840.113549.1.1.1",
  rsassaPss: "1.2.840.113549.1.1.10",
  ecPublicKey: "1.2.840.10045.2.1",
  dsa: "1.2.840.10040.4.1",
  ed25519: "1.3.101.112",
  ed448: "1.3.101.113",

  // curves
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  p521: "1.3.132.0.35",
  p192: "1.2.840.10045.3.1.1",

  // hashes and PSS parameters
  sha1: "1.3.14.3.2.26",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
  mgf1: "1.2.840.113549.1.1.8",

  // CMS
  contentTypeData: "1.2.840.113549.1.7.1",
  contentTypeSignedData: "1.2.840.113549.1.7.2",

  // extended key usages
  anyExtendedKeyUsage: "2.5.29.37.0",
} as const;

export const EXTENSION_NAMES: Record<string, string> = {
  [OID.subjectKeyIdentifier]: "subjectKeyIdentifier",
  [OID.keyUsage]: "keyUsage",
  [OID.subjectAltName]: "subjectAltName",
  [OID.issuerAltName]: "issuerAltName",
  [OID.basicConstraints]: "basicConstraints",
  [OID.nameConstraints]: "nameConstraints",
  [OID.crlDistributionPoints]: "cRLDistributionPoints",
  [OID.certificatePolicies]: "certificatePolicies",
  [OID.policyMappings]: "policyMappings",
  [OID.authorityKeyIdentifier]: "authorityKeyIdentifier",
  [OID.policyConstraints]: "policyConstraints",
  [OID.extKeyUsage]: "extKeyUsage",
  [OID.freshestCrl]: "freshestCRL",
  [OID.inhibitAnyPolicy]: "inhibitAnyPolicy",
  [OID.authorityInfoAccess]: "authorityInfoAccess",
  [OID.subjectInfoAccess]: "subjectInfoAccess",
  [OID.ctPrecertificateScts]: "signedCertificateTimestampList",
  "2.5.29.9": "subjectDirectoryAttributes",
  "2.5.29.16": "privateKeyUsagePeriod",
  "1.3.6.1.5.5.7.1.3": "qcStatements",
  "2.16.840.1.113730.1.1": "netscapeCertType",
  "2.16.840.1.113730.1.13": "netscapeComment",
  "1.3.6.1.4.1.311.20.2": "microsoftCertificateTemplateName",
  "1.3.6.1.4.1.311.21.7": "microsoftCertificateTemplate",
  "1.3.6.1.4.1.311.21.1": "microsoftCaVersion",
};

export const EXTENDED_KEY_USAGE_NAMES: Record<string, string> = {
  "1.3.6.1.5.5.7.3.1": "serverAuth",
  "1.3.6.1.5.5.7.3.2": "clientAuth",
  "1.3.6.1.5.5.7.3.3": "codeSigning",
  "1.3.6.1.5.5.7.3.4": "emailProtection",
  "1.3.6.1.5.5.7.3.8": "timeStamping",
  "1.3.6.1.5.5.7.3.9": "OCSPSigning",
  [OID.anyExtendedKeyUsage]: "anyExtendedKeyUsage",
};

export function extendedKeyUsageOid(nameOrOid: string): string {
  const entry = Object.entries(EXTENDED_KEY_USAGE_NAMES).find(([, name]) => name === nameOrOid);
  return entry ? entry[0] : nameOrOid;
}

export const CURVE_NAMES: Record<string, string> = {
  [OID.p256]: "P-256",
  [OID.p384]: "P-384",
  [OID.p521]: "P-521",
  [OID.p192]: "P-192",
  "1.3.132.0.10": "secp256k1",
  "1.3.36.3.3.2.8.1.1.7": "brainpoolP256r1",
  "1.3.36.3.3.2.8.1.1.11": "brainpoolP384r1",
};

export const HASH_NAMES: Record<string, HashName> = {
  [OID.sha1]: "SHA-1",
  [OID.sha256]: "SHA-256",
  [OID.sha384]: "SHA-384",
  [OID.sha512]: "SHA-512",
};

export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";
