import { STRICT_ALGORITHMS, type AlgorithmPolicy } from "./algorithms";
import type { ParsedCertificate } from "./certificate";
import { describeCertificate, type DescribedCert } from "./describe";
import type { KeyUsageName } from "./extension-values";
import { displayDate, finding, type Finding, type WaivedFinding } from "./findings";
import { attributeValues, ORGANIZATION_OID } from "./names";
import { candidatePaths, IssuerIndex, newSearchStats } from "./path-builder";
import { checkCertificate, checkPath, roleOf, type CheckOutcome, type LeafRole, type PathRules } from "./path-checks";

export interface ValidationResult {
  ok: boolean;
  /** the chosen path, leaf first and root last; just the leaf when no path reached a trusted root */
  chain: DescribedCert[];
  findings: Finding[];
  /** findings a relaxed algorithm profile let through (empty under the strict profile) */
  waived: WaivedFinding[];
  /** the parsed certificates of `chain`, e.g. to build the trust-path PKCS#7 */
  path: ParsedCertificate[];
}

export interface PathOptions {
  /** trust anchors: a path must end at one of them */
  anchors: ParsedCertificate[];
  /** certificates that may be used between the leaf and an anchor */
  intermediates?: ParsedCertificate[];
  now?: Date;
  /** most (non-self-issued) intermediates; default 8 */
  maxDepth?: number;
  /** wall-clock budget for path building; default 1000 ms */
  timeLimitMs?: number;
  /** most complete candidate paths evaluated; default 32 */
  maxPaths?: number;
  algorithms?: AlgorithmPolicy;
  leafRole?: LeafRole;
  requiredExtendedKeyUsage?: string[];
  requiredKeyUsage?: KeyUsageName[];
}

const DEFAULT_MAX_DEPTH = 8;
const DEFAULT_TIME_LIMIT_MS = 1000;
const DEFAULT_MAX_PATHS = 32;
const MAX_EXPANSIONS = 2000;
const DAY_MS = 86_400_000;

/**
 * Builds every candidate path from `leaf` to an anchor (best first) and returns the first one that
 * passes every rule; when none does, the candidate with the fewest findings explains why.
 */
export async function buildAndValidatePath(leaf: ParsedCertificate, options: PathOptions): Promise<ValidationResult> {
  const now = options.now ?? new Date();
  const rules: PathRules = {
    now,
    algorithms: options.algorithms ?? STRICT_ALGORITHMS,
    leafRole: options.leafRole ?? "any",
    requiredExtendedKeyUsage: options.requiredExtendedKeyUsage,
    requiredKeyUsage: options.requiredKeyUsage,
  };
  const started = Date.now();
  const index = new IssuerIndex(options.anchors, options.intermediates ?? []);
  const stats = newSearchStats(leaf);
  const limits = {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    deadline: started + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS),
    maxExpansions: MAX_EXPANSIONS,
    now,
  };
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;

  let best: { path: ParsedCertificate[]; outcome: CheckOutcome } | null = null;
  let tried = 0;
  for (const path of candidatePaths(leaf, index, limits, stats)) {
    const outcome = await checkPath(path, rules);
    tried++;
    if (outcome.findings.length === 0) return result(path, outcome);
    if (!best || outcome.findings.length < best.outcome.findings.length) best = { path, outcome };
    if (tried >= maxPaths || Date.now() > limits.deadline) {
      stats.budgetExhausted = true;
      break;
    }
  }

  const subject = leaf.facts.subject.text;
  const limitFinding = stats.budgetExhausted
    ? [finding("PKI_PATH_BUILDING_LIMIT", { subject, elapsedMs: Date.now() - started, pathsTried: tried })]
    : [];
  if (best) return result(best.path, { findings: [...best.outcome.findings, ...limitFinding], waived: best.outcome.waived });

  // No candidate path at all: explain the dead end, and still report what is wrong with the leaf.
  const leafOnly = checkCertificate(leaf, 0, roleOf(0, 2, leaf, rules.leafRole), rules.leafRole === "ca", rules);
  const last = stats.deadEnd[stats.deadEnd.length - 1];
  const pathFinding = limitFinding.length
    ? limitFinding
    : stats.depthLimited
      ? [finding("PKI_PATH_TOO_LONG", { subject, maxDepth: limits.maxDepth })]
      : [finding("PKI_NO_TRUSTED_PATH", { subject, issuer: last.facts.issuer.text, lastSubject: last.facts.subject.text })];
  return result([leaf], { findings: [...leafOnly.findings, ...pathFinding], waived: leafOnly.waived });
}

function result(path: ParsedCertificate[], outcome: CheckOutcome): ValidationResult {
  return {
    ok: outcome.findings.length === 0,
    chain: path.map(describeCertificate),
    findings: outcome.findings,
    waived: outcome.waived,
    path,
  };
}

export interface CaUploadOptions {
  domainRoots: ParsedCertificate[];
  domainIntermediates: ParsedCertificate[];
  now?: Date;
  /** default 365 (SPEC: at least 12 months left) */
  minRemainingDays?: number;
  algorithms?: AlgorithmPolicy;
}

export interface CaUploadResult extends ValidationResult {
  /** ROOT when self-signed, INTERMEDIATE otherwise */
  kind: "ROOT" | "INTERMEDIATE";
  thumbprint: string;
}

/** A root or intermediate CA certificate uploaded by an admin (SPEC 3, "CA upload"). */
export async function validateCaUpload(cert: ParsedCertificate, options: CaUploadOptions): Promise<CaUploadResult> {
  const now = options.now ?? new Date();
  const algorithms = options.algorithms ?? STRICT_ALGORITHMS;
  let validation: ValidationResult;
  if (cert.selfSigned) {
    // A root is its own trust anchor: the one-certificate path checks its self-signature and CA flags.
    const outcome = await checkPath([cert], { now, algorithms, leafRole: "ca" });
    validation = result([cert], outcome);
  } else {
    validation = await buildAndValidatePath(cert, {
      anchors: options.domainRoots,
      intermediates: options.domainIntermediates,
      now,
      algorithms,
      leafRole: "ca",
    });
  }
  const findings = [...validation.findings, ...remainingValidityFindings(cert, now, options.minRemainingDays ?? 365)];
  return { ...validation, ok: findings.length === 0, findings, kind: cert.selfSigned ? "ROOT" : "INTERMEDIATE", thumbprint: cert.thumbprint };
}

export interface PartnerCertificateOptions {
  /** the domain's stored roots and intermediates */
  trusted: ParsedCertificate[];
  /** intermediates the partner sent along with the certificate */
  extraChain?: ParsedCertificate[];
  now?: Date;
  /** the partner's registered organisation name; the subject's O= must equal it exactly */
  organizationName: string;
  /** true for AUTH and MISP: the certificate must not be a CA */
  requireEndEntity: boolean;
  /** default 30 (MOSIP asks 335) */
  minRemainingDays?: number;
  algorithms?: AlgorithmPolicy;
}

/** SPEC 3: partner certificates of the AUTH and MISP domains must be end-entity certificates. */
export function requiresEndEntity(domain: string): boolean {
  return domain === "AUTH" || domain === "MISP";
}

/** A partner (or FTM chip) certificate (SPEC 3, "Partner certificate upload"). */
export async function validatePartnerCertificate(cert: ParsedCertificate, options: PartnerCertificateOptions): Promise<ValidationResult> {
  const now = options.now ?? new Date();
  const algorithms = options.algorithms ?? STRICT_ALGORITHMS;
  const leafRole: LeafRole = options.requireEndEntity ? "end-entity" : "any";
  const extra: Finding[] = [];
  let validation: ValidationResult;

  if (cert.selfSigned) {
    // No point searching for a path: a self-signed certificate is refused whatever it chains to.
    const outcome = checkCertificate(cert, 0, "end-entity certificate", false, { now, algorithms, leafRole });
    validation = result([cert], outcome);
    extra.push(finding("PKI_SELF_SIGNED", { subject: cert.facts.subject.text }, 0));
  } else {
    const trusted = options.trusted;
    validation = await buildAndValidatePath(cert, {
      anchors: trusted.filter((c) => c.selfSigned),
      intermediates: [...trusted.filter((c) => !c.selfSigned), ...(options.extraChain ?? [])],
      now,
      algorithms,
      leafRole,
    });
  }

  extra.push(...organizationFindings(cert, options.organizationName));
  extra.push(...remainingValidityFindings(cert, now, options.minRemainingDays ?? 30));
  const findings = [...validation.findings, ...extra];
  return { ...validation, ok: findings.length === 0, findings };
}

function organizationFindings(cert: ParsedCertificate, partnerOrganization: string): Finding[] {
  const values = attributeValues(cert.facts.subject, ORGANIZATION_OID);
  if (values.length === 0) return [finding("PKI_ORG_MISSING", { partnerOrganization }, 0)];
  // Exactly one O= and byte-for-byte equal: MOSIP compares case-sensitively, and a second O= would
  // let a certificate claim two organisations.
  if (values.length === 1 && values[0] === partnerOrganization) return [];
  return [finding("PKI_ORG_MISMATCH", { certificateOrganization: values.join("', '"), partnerOrganization }, 0)];
}

function remainingValidityFindings(cert: ParsedCertificate, now: Date, minimumDays: number): Finding[] {
  const notAfter = cert.facts.notAfter;
  // An expired certificate already has PKI_EXPIRED; "0 days left" would only repeat it.
  if (now > notAfter) return [];
  const remainingDays = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  if (remainingDays >= minimumDays) return [];
  return [
    finding(
      "PKI_VALIDITY_TOO_SHORT",
      { subject: cert.facts.subject.text, notAfter: notAfter.toISOString(), notAfterDate: displayDate(notAfter), remainingDays, minimumDays },
      0,
    ),
  ];
}
