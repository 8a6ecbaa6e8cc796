import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CONFORMANCE_ALGORITHMS } from "./algorithms";
import { CertificateParseError, loadCertificate, type ParsedCertificate } from "./certificate";
import type { KeyUsageName } from "./extension-values";
import { decodePemBlocks } from "./pem";
import { buildAndValidatePath, type PathOptions } from "./validate";

// Runs public certificate test suites (NIST PKITS, x509-limbo) through buildAndValidatePath in a
// generic "verify a path" mode. The suites are not part of the repository: they are read from
// PKI_TEST_DATA_DIR, or ../shared/data next to the repository.

export type Verdict = "SUCCESS" | "FAILURE";

export interface CaseOutcome {
  suite: "pkits" | "x509-limbo";
  id: string;
  expected: Verdict;
  actual: Verdict;
  codes: string[];
  waived: string[];
}

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The data directory, or the reason it cannot be used. */
export function locateTestData(): { dir: string } | { skipped: string } {
  const fromEnv = process.env.PKI_TEST_DATA_DIR;
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(REPO_ROOT, "../shared/data");
  const needed = [path.join(dir, "pkits", "pkits.json"), path.join(dir, "x509-limbo", "limbo-2023-12.json")];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const source = fromEnv ? "PKI_TEST_DATA_DIR" : "../shared/data (set PKI_TEST_DATA_DIR to point elsewhere)";
    return { skipped: `conformance suites skipped: ${missing.join(", ")} not found via ${source}` };
  }
  return { dir };
}

/** PKITS sections in scope: 4.1 signatures, 4.2 validity, 4.3 name chaining, 4.6 basic constraints, 4.7 key usage, 4.16 critical extensions. */
const PKITS_SECTIONS = ["401", "402", "403", "406", "407", "416"];
/** Inside every PKITS certificate's validity (2010–2030). */
const PKITS_DATE = new Date("2020-06-01T00:00:00Z");
/** limbo cases without a validation time were generated to be valid 1970–2969. */
const LIMBO_DEFAULT_DATE = new Date("2024-01-01T00:00:00Z");

interface PkitsCase {
  id: string;
  name: string;
  cert: string;
  other_certs?: string[];
  error?: unknown;
}

export async function runPkits(dir: string): Promise<CaseOutcome[]> {
  const cases = (JSON.parse(readFileSync(path.join(dir, "pkits", "pkits.json"), "utf8")) as PkitsCase[]).filter((c) =>
    PKITS_SECTIONS.includes(String(c.id).slice(0, 3)),
  );
  const cache = new Map<string, Promise<ParsedCertificate>>();
  const load = (file: string) => {
    let pending = cache.get(file);
    if (!pending) {
      pending = loadCertificate(new Uint8Array(readFileSync(path.join(dir, "pkits", "certs", file))));
      cache.set(file, pending);
    }
    return pending;
  };
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const expected: Verdict = c.error ? "FAILURE" : "SUCCESS";
    outcomes.push(
      await runCase("pkits", `${c.id} ${c.name}`, expected, async () => ({
        leaf: await load(c.cert),
        anchors: [await load("TrustAnchorRootCertificate.crt")],
        intermediates: await Promise.all((c.other_certs ?? []).map(load)),
        now: PKITS_DATE,
      })),
    );
  }
  return outcomes;
}

interface LimboCase {
  id: string;
  expected_result: Verdict;
  trusted_certs: string[];
  untrusted_intermediates: string[];
  peer_certificate: string;
  validation_time: string | null;
  max_chain_depth: number | null;
  key_usage: KeyUsageName[] | null;
  extended_key_usage: string[] | null;
}

export async function runLimbo(dir: string): Promise<CaseOutcome[]> {
  const suite = JSON.parse(readFileSync(path.join(dir, "x509-limbo", "limbo-2023-12.json"), "utf8")) as { testcases: LimboCase[] };
  const fromPem = (pem: string) => {
    const [block] = decodePemBlocks(pem);
    if (!block?.der) throw new CertificateParseError("not a PEM certificate");
    return loadCertificate(block.der);
  };
  const outcomes: CaseOutcome[] = [];
  for (const c of suite.testcases) {
    outcomes.push(
      await runCase("x509-limbo", c.id, c.expected_result, async () => ({
        leaf: await fromPem(c.peer_certificate),
        anchors: await Promise.all(c.trusted_certs.map(fromPem)),
        intermediates: await Promise.all(c.untrusted_intermediates.map(fromPem)),
        now: c.validation_time ? new Date(c.validation_time) : LIMBO_DEFAULT_DATE,
        maxDepth: c.max_chain_depth ?? undefined,
        requiredKeyUsage: c.key_usage ?? undefined,
        requiredExtendedKeyUsage: c.extended_key_usage ?? undefined,
        // The web-PKI profile requires end-entity leaves; RFC 5280 allows a CA as the last certificate.
        leafRole: c.id.startsWith("webpki::") ? "end-entity" : "any",
      })),
    );
  }
  return outcomes;
}

async function runCase(
  suite: CaseOutcome["suite"],
  id: string,
  expected: Verdict,
  setup: () => Promise<PathOptions & { leaf: ParsedCertificate }>,
): Promise<CaseOutcome> {
  let options: PathOptions & { leaf: ParsedCertificate };
  try {
    options = await setup();
  } catch (error) {
    if (!(error instanceof CertificateParseError)) throw error;
    return { suite, id, expected, actual: "FAILURE", codes: ["PKI_UNPARSABLE"], waived: [] };
  }
  const result = await buildAndValidatePath(options.leaf, { ...options, algorithms: CONFORMANCE_ALGORITHMS });
  return {
    suite,
    id,
    expected,
    actual: result.ok ? "SUCCESS" : "FAILURE",
    codes: [...new Set(result.findings.map((f) => f.code))],
    waived: [...new Set(result.waived.map((f) => f.code))],
  };
}
