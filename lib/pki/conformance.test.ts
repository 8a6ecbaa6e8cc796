import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { locateTestData, runLimbo, runPkits, type CaseOutcome, type Verdict } from "./conformance.node";

// NIST PKITS (sections 4.1–4.3, 4.6, 4.7, 4.16) and x509-limbo through buildAndValidatePath.
// Zero unexpected accepts and zero unexpected rejects, except the reviewed entries in
// conformance-exceptions.json; and no stale entries there either.

interface ExceptionEntry {
  suite: CaseOutcome["suite"];
  id: string;
  expected: Verdict;
  actual: Verdict;
  reason: string;
  note: string;
}

const exceptionsFile = JSON.parse(readFileSync(new URL("./conformance-exceptions.json", import.meta.url), "utf8")) as {
  reasons: Record<string, string>;
  exceptions: ExceptionEntry[];
};

const data = locateTestData();
if ("skipped" in data) console.log(data.skipped);

describe.skipIf("skipped" in data)("conformance suites", () => {
  test("every exception names a known reason and appears once", () => {
    const keys = exceptionsFile.exceptions.map((e) => `${e.suite}/${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of exceptionsFile.exceptions) expect(Object.keys(exceptionsFile.reasons)).toContain(e.reason);
  });

  test("PKITS and x509-limbo: only reviewed divergences", async () => {
    const dir = (data as { dir: string }).dir;
    const outcomes = [...(await runPkits(dir)), ...(await runLimbo(dir))];
    const listed = new Map(exceptionsFile.exceptions.map((e) => [`${e.suite}/${e.id}`, e]));

    const unexpected: string[] = [];
    const used = new Set<string>();
    const byReason: Record<string, number> = {};
    let passed = 0;
    for (const o of outcomes) {
      const key = `${o.suite}/${o.id}`;
      const needsException = o.actual !== o.expected || o.waived.length > 0;
      if (!needsException) {
        passed++;
        continue;
      }
      const entry = listed.get(key);
      if (!entry || entry.actual !== o.actual || entry.expected !== o.expected) {
        const kind = o.actual === "SUCCESS" && o.expected === "FAILURE" ? "UNEXPECTED ACCEPT" : o.actual === "FAILURE" ? "UNEXPECTED REJECT" : "WAIVED WITHOUT REVIEW";
        unexpected.push(`${kind} ${key} (findings: ${o.codes.join(", ") || "none"}; waived: ${o.waived.join(", ") || "none"})`);
        continue;
      }
      if (o.waived.length > 0 && entry.reason !== "algorithm-relaxed") unexpected.push(`WAIVED ${key} but listed as ${entry.reason}`);
      used.add(key);
      byReason[entry.reason] = (byReason[entry.reason] ?? 0) + 1;
    }
    const stale = [...listed.keys()].filter((key) => !used.has(key));

    const pkits = outcomes.filter((o) => o.suite === "pkits").length;
    const reasons = Object.entries(byReason)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(", ");
    console.log(
      `conformance: ${outcomes.length} cases run (PKITS ${pkits}, x509-limbo ${outcomes.length - pkits}), ` +
        `${passed} passed as expected, ${used.size} reviewed exceptions (${reasons}), ` +
        `${unexpected.length} unexpected, ${stale.length} stale exceptions`,
    );
    expect(unexpected, "results that differ from the suite and are not in conformance-exceptions.json").toEqual([]);
    expect(stale, "entries in conformance-exceptions.json that no longer match a result").toEqual([]);
  }, 120_000);
});
