import type { ParsedCertificate } from "./certificate";
import { toHex } from "./bytes";

// Candidate paths from a leaf to a trust anchor, best candidates first, by depth-first search with
// backtracking: a wrong certificate with the right name only costs one branch. Bounded three ways
// (depth, node budget, deadline) and cycle-safe: no certificate, and no subject+key pair, appears
// twice in one path, so certificates that sign each other cannot loop.

export interface PathSearchLimits {
  /** most non-self-issued intermediates between the leaf and the anchor */
  maxDepth: number;
  /** Date.now() value after which the search stops */
  deadline: number;
  /** most certificates expanded; stops pathological inputs long before the deadline */
  maxExpansions: number;
  now: Date;
}

export interface PathSearchStats {
  expansions: number;
  budgetExhausted: boolean;
  depthLimited: boolean;
  /** the longest path that ended without finding any issuer */
  deadEnd: ParsedCertificate[];
}

/** Hard cap on all intermediates, self-issued ones included. */
const MAX_TOTAL_INTERMEDIATES = 16;

export class IssuerIndex {
  private readonly anchors = new Map<string, ParsedCertificate[]>();
  private readonly intermediates = new Map<string, ParsedCertificate[]>();
  private readonly anchorThumbprints = new Set<string>();

  constructor(anchors: ParsedCertificate[], intermediates: ParsedCertificate[]) {
    for (const cert of anchors) {
      if (this.anchorThumbprints.has(cert.thumbprint)) continue;
      this.anchorThumbprints.add(cert.thumbprint);
      push(this.anchors, cert.facts.subject.key, cert);
    }
    const seen = new Set<string>();
    for (const cert of intermediates) {
      if (this.anchorThumbprints.has(cert.thumbprint) || seen.has(cert.thumbprint)) continue;
      seen.add(cert.thumbprint);
      push(this.intermediates, cert.facts.subject.key, cert);
    }
  }

  isAnchor(cert: ParsedCertificate): boolean {
    return this.anchorThumbprints.has(cert.thumbprint);
  }

  /** Certificates named as the issuer of `cert`, most promising first. */
  issuersOf(cert: ParsedCertificate, now: Date): { cert: ParsedCertificate; anchor: boolean }[] {
    const key = cert.facts.issuer.key;
    const candidates = [
      ...(this.anchors.get(key) ?? []).map((c) => ({ cert: c, anchor: true })),
      ...(this.intermediates.get(key) ?? []).map((c) => ({ cert: c, anchor: false })),
    ];
    const wantedKeyId = cert.facts.authorityKeyId?.keyId ?? null;
    const score = (c: ParsedCertificate, anchor: boolean): number => {
      const ski = c.facts.subjectKeyId;
      // Key identifiers are hints (RFC 5280 4.2.1.1): a mismatch demotes, it does not exclude.
      const keyIdScore = wantedKeyId && ski ? (ski === wantedKeyId ? 0 : 2) : 1;
      const validScore = now >= c.facts.notBefore && now <= c.facts.notAfter ? 0 : 1;
      return keyIdScore * 4 + validScore * 2 + (anchor ? 0 : 1);
    };
    return candidates
      .map((c, order) => ({ ...c, order, score: score(c.cert, c.anchor) }))
      .sort((a, b) => a.score - b.score || a.order - b.order)
      .map(({ cert: c, anchor }) => ({ cert: c, anchor }));
  }
}

function push(map: Map<string, ParsedCertificate[]>, key: string, cert: ParsedCertificate): void {
  const list = map.get(key);
  if (list) list.push(cert);
  else map.set(key, [cert]);
}

const keyIdentity = new WeakMap<ParsedCertificate, string>();

/** subject + public key: "the same CA" even when re-issued with another serial or validity. */
function identityOf(cert: ParsedCertificate): string {
  let id = keyIdentity.get(cert);
  if (!id) {
    id = `${cert.facts.subject.key}|${toHex(new Uint8Array(cert.certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView))}`;
    keyIdentity.set(cert, id);
  }
  return id;
}

export function newSearchStats(leaf: ParsedCertificate): PathSearchStats {
  return { expansions: 0, budgetExhausted: false, depthLimited: false, deadEnd: [leaf] };
}

export function* candidatePaths(
  leaf: ParsedCertificate,
  index: IssuerIndex,
  limits: PathSearchLimits,
  stats: PathSearchStats,
): Generator<ParsedCertificate[]> {
  yield* extend([leaf], new Set([leaf.thumbprint]), new Set([identityOf(leaf)]), 0);

  function* extend(path: ParsedCertificate[], thumbprints: Set<string>, identities: Set<string>, logicalDepth: number): Generator<ParsedCertificate[]> {
    if (stats.budgetExhausted) return;
    if (++stats.expansions > limits.maxExpansions || Date.now() > limits.deadline) {
      stats.budgetExhausted = true;
      return;
    }
    const current = path[path.length - 1];
    const candidates = index
      .issuersOf(current, limits.now)
      .filter(({ cert }) => !thumbprints.has(cert.thumbprint) && !identities.has(identityOf(cert)));
    if (candidates.length === 0 && path.length > stats.deadEnd.length) stats.deadEnd = path;

    for (const { cert, anchor } of candidates) {
      if (stats.budgetExhausted) return;
      if (anchor) {
        yield [...path, cert];
        continue;
      }
      const depth = logicalDepth + (cert.facts.selfIssued ? 0 : 1);
      if (depth > limits.maxDepth || path.length > MAX_TOTAL_INTERMEDIATES) {
        stats.depthLimited = true;
        continue;
      }
      thumbprints.add(cert.thumbprint);
      identities.add(identityOf(cert));
      yield* extend([...path, cert], thumbprints, identities, depth);
      thumbprints.delete(cert.thumbprint);
      identities.delete(identityOf(cert));
    }
  }
}
