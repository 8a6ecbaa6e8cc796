// The REST side of certificate refusals: one MOSIP error per reason.
import "server-only";
import { envelope, type MosipError } from "@/lib/rest";
import { CertificateRejectedError } from "@/lib/certificates/rejection";

/**
 * A refused certificate answers with one `errors[]` entry per reason, each with its own KER-PCM code;
 * the first entry is the most fundamental one (the error's own code).
 */
export function rejectionResponse(error: CertificateRejectedError, requestId: string): Response {
  const primary = error.findings.find((f) => f.errorCode === error.code);
  const ordered = primary ? [primary, ...error.findings.filter((f) => f !== primary)] : error.findings;
  const errors: MosipError[] = ordered.map((f) => ({ errorCode: f.errorCode, message: f.message }));
  return Response.json(envelope(null, errors), { status: error.httpStatus, headers: { "x-request-id": requestId } });
}

/** Runs a handler and turns a certificate refusal into the per-reason envelope; other errors go to the pipeline. */
export async function withRejections<T>(requestId: string, run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CertificateRejectedError) return rejectionResponse(error, requestId);
    throw error;
  }
}

export function isExpired(notAfter: Date, now = new Date()): boolean {
  return notAfter.getTime() <= now.getTime();
}
