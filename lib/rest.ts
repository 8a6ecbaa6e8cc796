// The REST pipeline: MOSIP envelope in and out, token auth, permission, zod, typed errors with HTTP status.
import "server-only";
import { decode } from "next-auth/jwt";
import { z } from "zod";
import { SESSION_COOKIES } from "@/lib/auth";
import type { ClientPrincipal, Principal, UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { resolveSessionToken } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Permission } from "@/lib/permissions";
import { requestContextFrom, type RequestContext } from "@/lib/request-context";
import { zodMessage } from "@/lib/validation";

export interface MosipError {
  errorCode: string;
  message: string;
}

export function mosipTime(date = new Date()): string {
  return date.toISOString();
}

export function envelope(response: unknown, errors: MosipError[] = [], meta: { id?: string | null; version?: string | null } = {}) {
  return {
    id: meta.id ?? null,
    version: meta.version ?? null,
    responsetime: mosipTime(),
    metadata: null,
    response: errors.length ? null : response,
    errors,
  };
}

export function errorResponse(error: unknown, request: RequestContext): Response {
  if (error instanceof AppError) {
    const errors: MosipError[] = [{ errorCode: error.code, message: error.message }];
    for (const [field, message] of Object.entries(error.fieldErrors ?? {})) {
      if (field !== error.field) errors.push({ errorCode: error.code, message: `${field}: ${message}` });
    }
    return Response.json(envelope(null, errors), { status: error.httpStatus, headers: { "x-request-id": request.requestId } });
  }
  log.error("request failed", { requestId: request.requestId, error: error instanceof Error ? error.stack : String(error) });
  return Response.json(
    envelope(null, [{ errorCode: "PMS_COR_500", message: `Internal error; reference ${request.requestId}.` }]),
    { status: 500, headers: { "x-request-id": request.requestId } },
  );
}

/** Reads the bearer token from the Authorization header or MOSIP's `Authorization` cookie. */
function bearerToken(request: Request): { token: string; viaCookie: boolean } | null {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return { token: header.slice(7).trim(), viaCookie: false };
  const cookies = parseCookies(request.headers.get("cookie"));
  if (cookies.Authorization) return { token: cookies.Authorization.replace(/^Bearer\s+/i, ""), viaCookie: true };
  return null;
}

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0) out[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return out;
}

/** A browser signed in to the portal may call the API with its session cookie too. */
async function browserSessionToken(request: Request): Promise<string | null> {
  const cookies = parseCookies(request.headers.get("cookie"));
  const raw = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  if (!raw) return null;
  try {
    const jwt = await decode({ token: raw, secret: env().AUTH_SECRET });
    return typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    return null;
  }
}

// Cookies ride along on cross-site requests; a state change authenticated by cookie must come from our origin.
function assertSameOrigin(request: Request) {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (new URL(origin).host !== host) throw new AppError("forbidden", "KER-ATH-403", "Cross-site requests authenticated by cookie are refused.");
}

export async function authenticate(request: Request): Promise<Principal | null> {
  const bearer = bearerToken(request);
  if (bearer) {
    const principal = await resolveSessionToken(bearer.token);
    if (principal && bearer.viaCookie) assertSameOrigin(request);
    return principal;
  }
  const browser = await browserSessionToken(request);
  if (!browser) return null;
  const principal = await resolveSessionToken(browser);
  if (principal) assertSameOrigin(request);
  return principal;
}

type AuthMode = "user" | "client" | "any" | "optional" | "none";
type PrincipalFor<A extends AuthMode> = A extends "user"
  ? UserPrincipal
  : A extends "client"
    ? ClientPrincipal
    : A extends "any"
      ? Principal
      : Principal | null;

export interface RestContext<A extends AuthMode, B, Q> {
  principal: PrincipalFor<A>;
  body: B;
  query: Q;
  params: Record<string, string>;
  request: RequestContext;
  raw: Request;
  /** The envelope's request id and version, echoed back as MOSIP does. */
  envelopeMeta: { id: string | null; version: string | null };
}

interface RouteOptions<A extends AuthMode, BS extends z.ZodType | undefined, QS extends z.ZodType | undefined> {
  auth: A;
  permission?: Permission;
  body?: BS;
  query?: QS;
  maxBodyBytes?: number;
  status?: number;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

const envelopeSchema = z.object({
  id: z.string().nullish(),
  version: z.string().nullish(),
  requesttime: z.string().nullish(),
  requestTime: z.string().nullish(),
  metadata: z.unknown().optional(),
  request: z.unknown(),
});

async function readEnvelope(raw: Request, maxBytes: number) {
  const text = await raw.text();
  if (new TextEncoder().encode(text).length > maxBytes) {
    throw new AppError("too_large", "PMS_REQUEST_ERROR_413", `The request body is larger than ${maxBytes} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "PMS_REQUEST_ERROR_001", "The request body is not valid JSON.");
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success || parsed.data.request === undefined || parsed.data.request === null) {
    throw new AppError("invalid", "PMS_REQUEST_ERROR_005", "The request envelope must carry a `request` object.");
  }
  return parsed.data;
}

export function restRoute<A extends AuthMode, BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined>(
  options: RouteOptions<A, BS, QS>,
  handler: (ctx: RestContext<A, Infer<BS>, Infer<QS>>) => Promise<unknown>,
) {
  return async (raw: Request, routeContext?: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    const request = requestContextFrom(raw.headers);
    try {
      let principal: Principal | null = null;
      if (options.auth !== "none") {
        principal = await authenticate(raw);
        if (options.auth !== "optional") {
          if (!principal) throw unauthenticated();
          if (options.auth === "user" && principal.kind !== "user") throw forbidden();
          if (options.auth === "client" && principal.kind !== "client") throw forbidden();
        }
        if (principal && options.permission && !hasPermission(principal, options.permission)) throw forbidden();
      }

      const meta = { id: null as string | null, version: null as string | null };
      let body: unknown = undefined;
      if (options.body) {
        const received = await readEnvelope(raw, options.maxBodyBytes ?? 256 * 1024);
        meta.id = received.id ?? null;
        meta.version = received.version ?? null;
        const parsed = options.body.safeParse(received.request);
        if (!parsed.success) throw new AppError("invalid", "PMS_REQUEST_ERROR_400", zodMessage(parsed.error), { fieldErrors: undefined });
        body = parsed.data;
      }

      let query: unknown = undefined;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(new URL(raw.url).searchParams));
        if (!parsed.success) throw new AppError("invalid", "PMS_REQUEST_ERROR_400", zodMessage(parsed.error));
        query = parsed.data;
      }

      const rawParams = (await routeContext?.params) ?? {};
      const params = Object.fromEntries(Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));

      const result = await handler({
        principal: principal as PrincipalFor<A>,
        body: body as Infer<BS>,
        query: query as Infer<QS>,
        params,
        request,
        raw,
        envelopeMeta: meta,
      });
      if (result instanceof Response) return result;
      return Response.json(envelope(result, [], meta), { status: options.status ?? 200, headers: { "x-request-id": request.requestId } });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}
