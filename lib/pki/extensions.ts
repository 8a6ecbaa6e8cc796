import { OID } from "./oids";
import {
  parseAuthorityKeyIdentifier,
  parseBasicConstraints,
  parseCrlDistributionPoints,
  parseExtKeyUsage,
  parseInfoAccess,
  parseInhibitAnyPolicy,
  parseKeyUsage,
  parseNameConstraints,
  parseOidSequenceList,
  parsePolicyConstraints,
  parseSubjectAltName,
  parseSubjectKeyIdentifier,
} from "./extension-values";

// The extensions the validator knows. "enforced" ones change the verdict; "tolerated" ones are
// understood well enough that accepting them when critical is safe for our use (no policy is
// required, no revocation is checked at upload). Anything else that is critical is refused.

export type ExtensionHandling = "enforced" | "tolerated";

export interface KnownExtension {
  name: string;
  handling: ExtensionHandling;
  /** RFC 5280 says conforming CAs MUST mark it non-critical; we refuse a critical one. */
  mustBeNonCritical?: boolean;
  /** strict decoder; a throw means the certificate is malformed */
  parse: (value: Uint8Array) => unknown;
  why: string;
}

export const KNOWN_EXTENSIONS: Readonly<Record<string, KnownExtension>> = {
  [OID.basicConstraints]: {
    name: "basicConstraints",
    handling: "enforced",
    parse: parseBasicConstraints,
    why: "CA flag required on every issuer; pathLenConstraint enforced; CA leaf refused for AUTH/MISP",
  },
  [OID.keyUsage]: {
    name: "keyUsage",
    handling: "enforced",
    parse: parseKeyUsage,
    why: "keyCertSign required on issuers that carry keyUsage; keyCertSign without CA:TRUE refused",
  },
  [OID.extKeyUsage]: {
    name: "extKeyUsage",
    handling: "enforced",
    parse: parseExtKeyUsage,
    why: "checked against the usage the caller requires, if any",
  },
  [OID.subjectAltName]: {
    name: "subjectAltName",
    handling: "enforced",
    parse: parseSubjectAltName,
    why: "names are checked against name constraints",
  },
  [OID.nameConstraints]: {
    name: "nameConstraints",
    handling: "enforced",
    parse: parseNameConstraints,
    why: "directoryName, dNSName, rfc822Name, iPAddress and URI constraints enforced; other forms refused when a constrained name of that form appears",
  },
  [OID.certificatePolicies]: {
    name: "certificatePolicies",
    handling: "tolerated",
    parse: parseOidSequenceList,
    why: "the portal requires no particular policy (initial policy set = anyPolicy, explicit policy not required), so policies cannot change the verdict",
  },
  [OID.policyMappings]: {
    name: "policyMappings",
    handling: "tolerated",
    parse: parseOidSequenceList,
    why: "only matters when a policy is required",
  },
  [OID.inhibitAnyPolicy]: {
    name: "inhibitAnyPolicy",
    handling: "tolerated",
    parse: parseInhibitAnyPolicy,
    why: "only matters when a policy is required",
  },
  [OID.policyConstraints]: {
    name: "policyConstraints",
    handling: "enforced",
    parse: parsePolicyConstraints,
    why: "requireExplicitPolicy that takes effect inside the path is refused (policy processing is not implemented); inhibitPolicyMapping tolerated",
  },
  [OID.subjectKeyIdentifier]: {
    name: "subjectKeyIdentifier",
    handling: "tolerated",
    mustBeNonCritical: true,
    parse: parseSubjectKeyIdentifier,
    why: "used to pick issuer candidates while building the path",
  },
  [OID.authorityKeyIdentifier]: {
    name: "authorityKeyIdentifier",
    handling: "tolerated",
    mustBeNonCritical: true,
    parse: parseAuthorityKeyIdentifier,
    why: "used to pick issuer candidates while building the path",
  },
  [OID.crlDistributionPoints]: {
    name: "cRLDistributionPoints",
    handling: "tolerated",
    parse: parseCrlDistributionPoints,
    why: "revocation is not checked at upload",
  },
  [OID.authorityInfoAccess]: {
    name: "authorityInfoAccess",
    handling: "tolerated",
    mustBeNonCritical: true,
    parse: parseInfoAccess,
    why: "nothing is fetched from the network during validation",
  },
};
