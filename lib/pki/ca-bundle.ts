import type { ParsedCertificate } from "./certificate";
import { duplicateFinding } from "./findings";
import { validateCaUpload, type CaUploadOptions, type CaUploadResult } from "./validate";

// SPEC 3: "a bundle stores every certificate that passes and reports each one's result". A bundle
// may carry a root and the intermediates under it, in any order (MOSIP reverses the order), so
// certificates are validated closest-to-a-root first, each against the stored trust plus whatever
// the bundle has already contributed. Each certificate is validated once.

export async function validateCaBundle(certs: ParsedCertificate[], options: CaUploadOptions): Promise<CaUploadResult[]> {
  const roots = [...options.domainRoots];
  const intermediates = [...options.domainIntermediates];
  const results: CaUploadResult[] = new Array(certs.length);
  const seen = new Set<string>();

  for (const i of orderByDepth(certs)) {
    const cert = certs[i];
    if (seen.has(cert.thumbprint)) {
      const first = results[certs.findIndex((c) => c.thumbprint === cert.thumbprint)];
      results[i] = { ...first, ok: false, findings: [duplicateFinding(cert.thumbprint)] };
      continue;
    }
    seen.add(cert.thumbprint);
    const result = await validateCaUpload(cert, { ...options, domainRoots: roots, domainIntermediates: intermediates });
    results[i] = result;
    if (result.ok) (result.kind === "ROOT" ? roots : intermediates).push(cert);
  }
  return results;
}

/** Indexes of `certs`, self-signed first, then by how many bundle links separate each from one. */
function orderByDepth(certs: ParsedCertificate[]): number[] {
  const bySubject = new Map<string, number[]>();
  certs.forEach((c, i) => bySubject.set(c.facts.subject.key, [...(bySubject.get(c.facts.subject.key) ?? []), i]));
  const depth = new Map<number, number>();
  const depthOf = (i: number, visiting: Set<number>): number => {
    const known = depth.get(i);
    if (known !== undefined) return known;
    const cert = certs[i];
    let d = 0;
    if (!cert.selfSigned) {
      visiting.add(i);
      const issuers = (bySubject.get(cert.facts.issuer.key) ?? []).filter((j) => j !== i && !visiting.has(j));
      d = issuers.length === 0 ? 1 : 1 + Math.min(...issuers.map((j) => depthOf(j, visiting)));
      visiting.delete(i);
    }
    depth.set(i, d);
    return d;
  };
  return certs.map((_, i) => i).sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()) || a - b);
}
