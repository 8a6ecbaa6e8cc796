import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { toPlainBytes } from "./bytes";
import { loadCertificate } from "./certificate";
import { issueCertificate, createPortalCaCertificate } from "./issue";
import { generateCaKeyPair } from "./keys";
import { parseCertificateInput } from "./parse";
import { makeHierarchy } from "./testing";
import { validatePartnerCertificate } from "./validate";

// SPEC 8: "Certificate upload with a three-certificate chain: validation and re-signing under
// 50 ms." Measured in process against plain pkijs signature verification of the same chain.

export interface CertificateBenchResult {
  iterations: number;
  chain: string;
  /** parse the upload + trust store, full partner validation, re-issue under the portal CA */
  uploadMsPerOp: number;
  /** pkijs: parse the three certificates and verify the three signatures, nothing else */
  baselineMsPerOp: number;
  /** uploadMsPerOp / baselineMsPerOp */
  ratio: number;
  /** pkijs' own CertificateChainValidationEngine on the same chain, for reference */
  pkijsChainEngineMsPerOp: number;
  targetMs: number;
  withinTarget: boolean;
}

const TARGET_MS = 50;

export async function benchCertificateUpload(options: { iterations?: number; warmup?: number } = {}): Promise<CertificateBenchResult> {
  const iterations = options.iterations ?? 50;
  const warmup = options.warmup ?? 5;
  const organization = "Bench Partner Ltd";
  // RSA-2048 throughout: what partner PKIs mostly send, and the slower case to parse.
  const chain = await makeHierarchy({
    organization,
    root: { key: "RSA-2048", keySlot: "bench-root" },
    intermediate: { key: "RSA-2048", keySlot: "bench-intermediate" },
    leaf: { key: "RSA-2048", keySlot: "bench-leaf" },
  });
  const caKeys = await generateCaKeyPair();
  const portalCa = await createPortalCaCertificate({ keyPair: caKeys, domain: "AUTH" });
  const uploadPem = chain.leaf.pem;
  const trustStoreDer = [chain.root.der, chain.intermediate.der];

  const upload = async () => {
    // Cold every time: the trust store is re-parsed and no signature memo survives between uploads.
    const parsed = await parseCertificateInput(uploadPem);
    const trusted = await Promise.all(trustStoreDer.map(loadCertificate));
    const leaf = parsed.certificates[0];
    const result = await validatePartnerCertificate(leaf, { trusted, organizationName: organization, requireEndEntity: true });
    if (!result.ok) throw new Error(`bench chain did not validate: ${result.findings.map((f) => f.message).join("; ")}`);
    await issueCertificate({ caCert: portalCa, caPrivateKey: caKeys.privateKey, subjectFromCert: leaf, publicKeyFromCert: leaf });
  };

  const ders = [chain.leaf.der, chain.intermediate.der, chain.root.der];
  const baseline = async () => {
    const [leaf, intermediate, root] = ders.map((der) => new pkijs.Certificate({ schema: asn1js.fromBER(toPlainBytes(der)).result }));
    const ok = (await leaf.verify(intermediate)) && (await intermediate.verify(root)) && (await root.verify(root));
    if (!ok) throw new Error("baseline signatures did not verify");
  };

  const pkijsEngine = async () => {
    const [leaf, intermediate, root] = ders.map((der) => new pkijs.Certificate({ schema: asn1js.fromBER(toPlainBytes(der)).result }));
    // pkijs validates the *last* element of `certs`; the leaf must go last.
    const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: [root], certs: [intermediate, leaf], checkDate: new Date() });
    const verdict = await engine.verify();
    if (!verdict.result) throw new Error(`pkijs chain engine refused the bench chain: ${verdict.resultMessage}`);
  };

  const uploadMsPerOp = await timePerOp(upload, iterations, warmup);
  const baselineMsPerOp = await timePerOp(baseline, iterations, warmup);
  const pkijsChainEngineMsPerOp = await timePerOp(pkijsEngine, iterations, warmup);
  return {
    iterations,
    chain: "RSA-2048 root → RSA-2048 intermediate → RSA-2048 leaf; portal CA ECDSA P-256",
    uploadMsPerOp: round(uploadMsPerOp),
    baselineMsPerOp: round(baselineMsPerOp),
    ratio: round(uploadMsPerOp / baselineMsPerOp),
    pkijsChainEngineMsPerOp: round(pkijsChainEngineMsPerOp),
    targetMs: TARGET_MS,
    withinTarget: uploadMsPerOp < TARGET_MS,
  };
}

async function timePerOp(op: () => Promise<void>, iterations: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await op();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) await op();
  return (performance.now() - started) / iterations;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
