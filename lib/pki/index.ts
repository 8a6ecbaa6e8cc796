// Public surface of lib/pki. Runs in Node 20 and in the browser (WebCrypto only).

export { MAX_INPUT_BYTES, parseCertificateInput, type InputFormat, type ParseResult } from "./parse";
export { loadCertificate, CertificateParseError, type ParsedCertificate, type CertificateFacts } from "./certificate";
export { describeCertificate, type DescribedCert } from "./describe";
export {
  buildAndValidatePath,
  requiresEndEntity,
  validateCaUpload,
  validatePartnerCertificate,
  type CaUploadOptions,
  type CaUploadResult,
  type PartnerCertificateOptions,
  type PathOptions,
  type ValidationResult,
} from "./validate";
export { validateCaBundle } from "./ca-bundle";
export type { LeafRole } from "./path-checks";
export {
  duplicateFinding,
  finding,
  MESSAGE_TEMPLATES,
  MOSIP_ERROR_CODES,
  mosipErrorCode,
  renderMessage,
  type Finding,
  type FindingCode,
  type FindingParams,
  type UploadKind,
  type WaivedFinding,
} from "./findings";
export { CONFORMANCE_ALGORITHMS, STRICT_ALGORITHMS, type AlgorithmPolicy } from "./algorithms";
export { KNOWN_EXTENSIONS } from "./extensions";
export { createPortalCaCertificate, issueCertificate, type IssueOptions, type PortalCaOptions } from "./issue";
export {
  DEFAULT_CA_KEY_ALGORITHM,
  exportPrivateKeyPkcs8,
  exportPublicKeySpki,
  generateCaKeyPair,
  importPrivateKeyPkcs8,
  KeyImportError,
  type CaKeyAlgorithm,
} from "./keys";
export { buildCertsOnlyPkcs7, pkcs7ToPem } from "./pkcs7";
export { certificateToPem, decodePemBlocks, encodePem } from "./pem";
