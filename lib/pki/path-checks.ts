import { ALLOWED_CURVES, MAX_RSA_BITS, signatureVerdict, STRICT_ALGORITHMS, keyLabel, type AlgorithmPolicy } from "./algorithms";
import type { ParsedCertificate } from "./certificate";
import type { KeyUsageName } from "./extension-values";
import { displayDate, finding, type Finding, type FindingCode, type FindingParams, type WaivedFinding } from "./findings";
import { checkNameConstraints, invalidConstraintReason } from "./name-constraints";
import { EXTENDED_KEY_USAGE_NAMES, OID, extendedKeyUsageOid } from "./oids";
import { verifySignatureCached } from "./signature-cache";

// The rule book (SPEC section 3) applied to one ordered path: leaf first, trust anchor last.

export type LeafRole = "any" | "end-entity" | "ca";

export interface PathRules {
  now: Date;
  algorithms: AlgorithmPolicy;
  /** "ca": the leaf is a CA being uploaded (must be a CA, counts for pathLen); "end-entity": must not be a CA */
  leafRole: LeafRole;
  /** OIDs or names (e.g. "serverAuth"); checked only when the leaf has an extKeyUsage extension */
  requiredExtendedKeyUsage?: string[];
  /** checked only when the leaf has a keyUsage extension */
  requiredKeyUsage?: KeyUsageName[];
}

export interface CheckOutcome {
  findings: Finding[];
  waived: WaivedFinding[];
}

class Collector implements CheckOutcome {
  findings: Finding[] = [];
  waived: WaivedFinding[] = [];
  constructor(private readonly algorithms: AlgorithmPolicy) {}

  add(code: FindingCode, params: FindingParams, index: number): void {
    this.findings.push(finding(code, params, index));
  }

  /** A finding the strict allow-list raises but the active policy may let through. */
  addUnlessWaived(code: FindingCode, params: FindingParams, index: number, waivable: boolean): void {
    const f = finding(code, params, index);
    if (waivable && this.algorithms.relaxationReason) this.waived.push({ ...f, waivedBecause: this.algorithms.relaxationReason });
    else this.findings.push(f);
  }
}

export function roleOf(index: number, length: number, cert: ParsedCertificate, leafRole: LeafRole): string {
  if (length === 1) return cert.facts.selfIssued ? "root" : leafRole === "ca" ? "CA certificate" : "certificate";
  if (index === 0) return leafRole === "ca" ? "CA certificate" : "end-entity certificate";
  if (index === length - 1) return cert.facts.selfIssued ? "root" : "trust anchor";
  return "intermediate";
}

/** Checks that need only the certificate itself. */
export function checkCertificate(cert: ParsedCertificate, index: number, role: string, actsAsIssuer: boolean, rules: PathRules): CheckOutcome {
  const out = new Collector(rules.algorithms);
  const f = cert.facts;
  const base = { role, subject: f.subject.text };

  if (f.version !== 3) out.add("PKI_NOT_V3", { ...base, version: f.version }, index);
  if (f.serialProblem) out.add("PKI_INVALID_SERIAL", { ...base, reason: f.serialProblem }, index);
  if (rules.now < f.notBefore) {
    out.add("PKI_NOT_YET_VALID", { ...base, notBefore: f.notBefore.toISOString(), notBeforeDate: displayDate(f.notBefore) }, index);
  }
  if (rules.now > f.notAfter) {
    out.add("PKI_EXPIRED", { ...base, notAfter: f.notAfter.toISOString(), notAfterDate: displayDate(f.notAfter) }, index);
  }

  if (f.issuer.isEmpty) out.add("PKI_EMPTY_NAME", { ...base, field: "issuer" }, index);
  if (f.subject.isEmpty) {
    if (actsAsIssuer || f.subjectAltNames.length === 0) out.add("PKI_EMPTY_NAME", { ...base, field: "subject" }, index);
    else if (!f.subjectAltNameCritical) {
      out.add("PKI_INVALID_EXTENSION", { ...base, extension: "subjectAltName", reason: "it must be critical when the subject is empty" }, index);
    }
  }

  checkExtensions(cert, index, base, out);

  if (f.signatureAlgorithmMismatch) out.add("PKI_SIGNATURE_ALGORITHM_MISMATCH", { ...base, ...f.signatureAlgorithmMismatch }, index);
  const verdict = signatureVerdict(f.signature);
  if (verdict !== "allowed") {
    const params = { ...base, algorithm: f.signature.problem ? `${f.signature.name} (${f.signature.problem})` : f.signature.name };
    if (verdict === "weak-hash") out.addUnlessWaived("PKI_WEAK_ALGORITHM", params, index, f.signature.hash === "SHA-1" && rules.algorithms.allowSha1);
    else out.add("PKI_ALGORITHM_NOT_ALLOWED", params, index);
  }

  const key = f.key;
  if (key.type === "RSA" && key.bits !== null && key.bits < STRICT_ALGORITHMS.minRsaBits) {
    out.addUnlessWaived("PKI_KEY_TOO_SMALL", { ...base, bits: key.bits, minimumBits: STRICT_ALGORITHMS.minRsaBits }, index, key.bits >= rules.algorithms.minRsaBits);
  } else if (key.type === "RSA" ? key.bits === null || key.bits > MAX_RSA_BITS : key.type !== "EC" || !ALLOWED_CURVES.has(key.curve ?? "")) {
    out.add("PKI_KEY_NOT_ALLOWED", { ...base, keyType: keyLabel(key) }, index);
  }

  if (f.keyUsage?.includes("keyCertSign") && !f.isCA) out.add("PKI_KEYCERTSIGN_WITHOUT_CA", base, index);
  if (actsAsIssuer) {
    if (!f.isCA) out.add("PKI_NOT_CA", base, index);
    else if (f.keyUsage && !f.keyUsage.includes("keyCertSign")) out.add("PKI_NO_KEYCERTSIGN", base, index);
  }

  if (index === 0) checkLeafUsage(cert, base, rules, out);
  return out;
}

function checkExtensions(cert: ParsedCertificate, index: number, base: FindingParams, out: Collector): void {
  const f = cert.facts;
  const seen = new Set<string>();
  for (const ext of f.extensions) {
    const params = { ...base, extension: ext.name === "unknown" ? ext.oid : ext.name, oid: ext.oid };
    if (seen.has(ext.oid)) {
      out.add("PKI_DUPLICATE_EXTENSION", params, index);
      continue;
    }
    seen.add(ext.oid);
    if (!ext.known) {
      if (ext.critical) out.add("PKI_UNKNOWN_CRITICAL_EXTENSION", params, index);
      continue;
    }
    if (ext.malformed) out.add("PKI_INVALID_EXTENSION", { ...params, reason: `its value is malformed (${ext.malformed})` }, index);
    else if (ext.known.mustBeNonCritical && ext.critical) out.add("PKI_INVALID_EXTENSION", { ...params, reason: "RFC 5280 requires it to be non-critical" }, index);
  }
  const nc = f.nameConstraints;
  if (nc) {
    const params = { ...base, extension: "nameConstraints", oid: OID.nameConstraints };
    const problem = !f.isCA
      ? "it is allowed only in CA certificates"
      : nc.hasSubtreeRange
        ? "subtree minimum/maximum are not allowed by RFC 5280"
        : invalidConstraintReason(nc);
    if (problem) out.add("PKI_INVALID_EXTENSION", { ...params, reason: problem }, index);
  }
}

function checkLeafUsage(cert: ParsedCertificate, base: FindingParams, rules: PathRules, out: Collector): void {
  const f = cert.facts;
  if (rules.leafRole === "end-entity" && f.isCA) out.add("PKI_LEAF_IS_CA", base, 0);
  const requiredEku = (rules.requiredExtendedKeyUsage ?? []).map(extendedKeyUsageOid);
  if (f.extKeyUsage && requiredEku.length > 0) {
    const missing = requiredEku.filter((oid) => !f.extKeyUsage?.includes(oid) && !f.extKeyUsage?.includes(OID.anyExtendedKeyUsage));
    if (missing.length > 0) {
      out.add(
        "PKI_EKU_NOT_ALLOWED",
        {
          ...base,
          usages: f.extKeyUsage.map((oid) => EXTENDED_KEY_USAGE_NAMES[oid] ?? oid).join(", "),
          required: missing.map((oid) => EXTENDED_KEY_USAGE_NAMES[oid] ?? oid).join(", "),
        },
        0,
      );
    }
  }
  const requiredKu = rules.requiredKeyUsage ?? [];
  if (f.keyUsage && requiredKu.some((ku) => !f.keyUsage?.includes(ku))) {
    out.add("PKI_KEY_USAGE_NOT_ALLOWED", { ...base, usages: f.keyUsage.join(", ") || "none", required: requiredKu.join(", ") }, 0);
  }
}

/** Every rule on a complete path (leaf first, trust anchor last). */
export async function checkPath(path: ParsedCertificate[], rules: PathRules): Promise<CheckOutcome> {
  const out: CheckOutcome = { findings: [], waived: [] };
  const n = path.length;
  const roles = path.map((cert, i) => roleOf(i, n, cert, rules.leafRole));

  path.forEach((cert, i) => {
    const actsAsIssuer = i > 0 || rules.leafRole === "ca";
    const one = checkCertificate(cert, i, roles[i], actsAsIssuer, rules);
    out.findings.push(...one.findings);
    out.waived.push(...one.waived);
  });

  const signatures = await Promise.all(
    path.map((cert, i) => {
      const issuer = i + 1 < n ? path[i + 1] : cert.facts.selfIssued ? cert : null;
      // A trust anchor that is not self-issued is trusted by configuration; nothing signs it here.
      return issuer ? verifySignatureCached(cert, issuer) : Promise.resolve("valid" as const);
    }),
  );
  signatures.forEach((result, i) => {
    // "unsupported" always comes with an algorithm or key finding already.
    if (result === "invalid") {
      const issuer = i + 1 < n ? path[i + 1] : path[i];
      out.findings.push(finding("PKI_SIGNATURE_INVALID", { role: roles[i], subject: path[i].facts.subject.text, issuer: issuer.facts.subject.text }, i));
    }
  });

  out.findings.push(...pathLengthFindings(path, roles, rules), ...nameConstraintFindings(path, roles), ...policyFindings(path, roles));
  return out;
}

/** RFC 5280 4.2.1.9: self-issued intermediates do not count; the leaf counts only when it is an uploaded CA. */
function pathLengthFindings(path: ParsedCertificate[], roles: string[], rules: PathRules): Finding[] {
  const findings: Finding[] = [];
  for (let j = 1; j < path.length; j++) {
    const limit = path[j].facts.basicConstraints?.pathLen;
    if (limit === null || limit === undefined || !path[j].facts.isCA) continue;
    let intermediates = 0;
    for (let k = rules.leafRole === "ca" ? 0 : 1; k < j; k++) if (!path[k].facts.selfIssued) intermediates++;
    if (intermediates > limit) {
      findings.push(finding("PKI_PATH_LENGTH", { role: roles[j], subject: path[j].facts.subject.text, pathLen: limit, intermediates }, j));
    }
  }
  return findings;
}

/** Constraints of every CA (the trust anchor's too) apply to every certificate below it. */
function nameConstraintFindings(path: ParsedCertificate[], roles: string[]): Finding[] {
  const findings: Finding[] = [];
  for (let j = 1; j < path.length; j++) {
    const nc = path[j].facts.nameConstraints;
    if (!nc || !path[j].facts.isCA) continue;
    for (let k = 0; k < j; k++) {
      // RFC 5280 6.1.3 (b): self-issued intermediates are exempt, the final certificate never is.
      if (k > 0 && path[k].facts.selfIssued) continue;
      const issue = checkNameConstraints(path[k].facts, nc);
      if (!issue) continue;
      const base = { role: roles[k], subject: path[k].facts.subject.text, constrainedBy: path[j].facts.subject.text };
      findings.push(
        issue.kind === "violation"
          ? finding("PKI_NAME_CONSTRAINT_VIOLATION", { ...base, name: issue.name }, k)
          : finding("PKI_NAME_CONSTRAINTS_UNSUPPORTED", { ...base, form: issue.form }, k),
      );
    }
  }
  return findings;
}

/**
 * Policies are not processed. That is harmless unless some certificate demands an explicit policy
 * for the certificates below it (policyConstraints.requireExplicitPolicy within reach): refuse then.
 */
function policyFindings(path: ParsedCertificate[], roles: string[]): Finding[] {
  const findings: Finding[] = [];
  path.forEach((cert, j) => {
    const skip = cert.facts.policyConstraints?.requireExplicitPolicy;
    if (skip !== null && skip !== undefined && skip <= j) {
      findings.push(finding("PKI_POLICY_NOT_SUPPORTED", { role: roles[j], subject: cert.facts.subject.text, requireExplicitPolicy: skip }, j));
    }
  });
  return findings;
}
