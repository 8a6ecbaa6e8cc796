// Turns validator findings into the AppError the pipelines send: MOSIP's KER-PCM code and every reason in plain words.
import { AppError, type ErrorKind } from "@/lib/errors";
import { mosipErrorCode, type DescribedCert, type Finding, type UploadKind } from "@/lib/pki";

// When several rules fail, the code a MOSIP client sees is the most fundamental one: unreadable
// input first, then the certificate itself, then the path, then the partner-specific rules.
const CODE_PRIORITY = [
  "KER-PCM-001",
  "KER-PCM-003",
  "KER-PCM-015",
  "KER-PCM-004",
  "KER-PCM-007",
  "KER-PCM-014",
  "KER-PCM-013",
  "KER-PCM-005",
  "KER-PCM-006",
  "KER-PCM-008",
  "KER-PCM-017",
  "KER-KMS-021",
];

export interface MosipFinding extends Finding {
  /** the KER-PCM code MOSIP's keymanager would answer with */
  errorCode: string;
}

export class CertificateRejectedError extends AppError {
  readonly findings: MosipFinding[];
  /** the chain the validator found (leaf first); just the leaf when no path reached a root */
  readonly chain: DescribedCert[];

  constructor(kind: ErrorKind, code: string, message: string, findings: MosipFinding[], chain: DescribedCert[]) {
    super(kind, code, message, { field: "certificateData", params: { count: findings.length } });
    this.name = "CertificateRejectedError";
    this.findings = findings;
    this.chain = chain;
  }
}

function rank(code: string): number {
  const i = CODE_PRIORITY.indexOf(code);
  return i === -1 ? CODE_PRIORITY.length : i;
}

function kindOf(finding: Finding): ErrorKind {
  if (finding.code === "PKI_TOO_LARGE") return "too_large";
  if (finding.code === "PKI_DUPLICATE") return "conflict";
  if (mosipErrorCode(finding.code, "PARTNER") === "KER-PCM-001") return "invalid";
  return "unprocessable";
}

/** Every finding keeps its own code; the error's code and kind come from the most fundamental one. */
export function rejection(findings: Finding[], upload: UploadKind, chain: DescribedCert[] = []): CertificateRejectedError {
  const withCodes = findings.map((f) => ({ ...f, errorCode: mosipErrorCode(f.code, upload) }));
  const primary = [...withCodes].sort((a, b) => rank(a.errorCode) - rank(b.errorCode))[0];
  const message = withCodes.map((f) => f.message).join(" ");
  return new CertificateRejectedError(kindOf(primary), primary.errorCode, message, withCodes, chain);
}
