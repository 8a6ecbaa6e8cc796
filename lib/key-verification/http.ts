// The HTTP face of key verification, free of any framework: the portal's route and the lean server both answer through it,
// with the MOSIP envelope and error shape of lib/rest.ts (which needs Next.js, so it cannot serve the lean server).
import { randomUUID } from "node:crypto";
import { AppError, HTTP_STATUS, unauthenticated } from "@/lib/errors";
import { log } from "@/lib/log";
import { verifyKeysSchema } from "@/lib/key-verification/schemas";
import { verifyKeysAsClient } from "@/lib/key-verification/service";
import { zodMessage } from "@/lib/validation";

export const VERIFY_PATH = "/v1/partnermanager/keys/verify";
const MAX_BODY_BYTES = 16 * 1024;

export interface VerifyHttpRequest {
  body: string;
  authorization: string | null;
  cookie: string | null;
  requestId: string | null;
}

export interface VerifyHttpAnswer {
  status: number;
  body: string;
  requestId: string;
}

function bearer(authorization: string | null, cookie: string | null): string | null {
  if (authorization?.toLowerCase().startsWith("bearer ")) return authorization.slice(7).trim();
  for (const part of cookie?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === "Authorization") {
      try {
        return decodeURIComponent(part.slice(index + 1).trim()).replace(/^Bearer\s+/i, "");
      } catch {
        return null;
      }
    }
  }
  return null;
}

function envelope(id: string | null, version: string | null, response: unknown, errors: { errorCode: string; message: string }[]) {
  return JSON.stringify({ id, version, responsetime: new Date().toISOString(), metadata: null, response: errors.length ? null : response, errors });
}

function parseEnvelope(text: string): { id: string | null; version: string | null; request: unknown } {
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) {
    throw new AppError("too_large", "PMS_REQUEST_ERROR_413", `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "PMS_REQUEST_ERROR_001", "The request body is not valid JSON.");
  }
  const value = json as { id?: unknown; version?: unknown; request?: unknown } | null;
  if (!value || typeof value !== "object" || value.request === undefined || value.request === null) {
    throw new AppError("invalid", "PMS_REQUEST_ERROR_005", "The request envelope must carry a `request` object.");
  }
  return { id: typeof value.id === "string" ? value.id : null, version: typeof value.version === "string" ? value.version : null, request: value.request };
}

export async function answerVerifyRequest(input: VerifyHttpRequest): Promise<VerifyHttpAnswer> {
  const requestId = input.requestId && /^[\w-]{8,64}$/.test(input.requestId) ? input.requestId : randomUUID();
  let meta: { id: string | null; version: string | null } = { id: null, version: null };
  try {
    const token = bearer(input.authorization, input.cookie);
    // Without a token nothing else is looked at; a token is checked together with the keys, in the one statement.
    if (!token) throw unauthenticated();
    const received = parseEnvelope(input.body);
    meta = { id: received.id, version: received.version };
    const parsed = verifyKeysSchema.safeParse(received.request);
    if (!parsed.success) throw new AppError("invalid", "PMS_REQUEST_ERROR_400", zodMessage(parsed.error));
    const outcome = await verifyKeysAsClient(token, parsed.data);
    return { status: 200, body: envelope(meta.id, meta.version, outcome, []), requestId };
  } catch (error) {
    if (error instanceof AppError) {
      return { status: HTTP_STATUS[error.kind], body: envelope(meta.id, meta.version, null, [{ errorCode: error.code, message: error.message }]), requestId };
    }
    log.error("key verification failed", { requestId, error: error instanceof Error ? error.stack : String(error) });
    return {
      status: 500,
      body: envelope(meta.id, meta.version, null, [{ errorCode: "PMS_COR_500", message: `Internal error; reference ${requestId}.` }]),
      requestId,
    };
  }
}
