// Benchmark (SPEC 8): a partner-certificate upload with a three-certificate chain — parse, full validation, re-issue
// under the portal CA — in process, against bare pkijs signature verification of the same chain.
// Run alone: npx tsx scripts/bench/pki.ts [--iterations N] [--json]
import { benchCertificateUpload } from "../../lib/pki/bench";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const iterations = Number(argValue("--iterations") ?? 200);
  const result = await benchCertificateUpload({ iterations, warmup: 20 });
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ bench: "pki", ...result }));
    return;
  }
  const rows: [string, string][] = [
    ["chain", result.chain],
    ["iterations", String(result.iterations)],
    ["upload: parse + validate + issue (ms/op)", result.uploadMsPerOp.toFixed(2)],
    ["baseline: pkijs parse + 3 signature checks (ms/op)", result.baselineMsPerOp.toFixed(2)],
    ["ratio upload / baseline", `${result.ratio.toFixed(2)}x`],
    ["reference: pkijs CertificateChainValidationEngine (ms/op)", result.pkijsChainEngineMsPerOp.toFixed(2)],
    ["target", `< ${result.targetMs} ms per upload: ${result.withinTarget ? "met" : "NOT met"}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log("Certificate upload benchmark (lib/pki, in process)");
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  if (!result.withinTarget) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
