import { expect, test } from "vitest";
import { benchCertificateUpload } from "./bench";

test("bench runs and reports both figures", async () => {
  const r = await benchCertificateUpload({ iterations: 5, warmup: 1 });
  expect(r.uploadMsPerOp).toBeGreaterThan(0);
  expect(r.baselineMsPerOp).toBeGreaterThan(0);
  expect(r.ratio).toBeCloseTo(r.uploadMsPerOp / r.baselineMsPerOp, 0);
  expect(r.pkijsChainEngineMsPerOp).toBeGreaterThan(0);
}, 60_000);
