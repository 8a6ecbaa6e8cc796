// Request id and client address for logs and audit rows.
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string | null;
}

export function requestContextFrom(headers: Headers): RequestContext {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const requestId = headers.get("x-request-id");
  return {
    requestId: requestId && /^[\w-]{8,64}$/.test(requestId) ? requestId : randomUUID(),
    ip: forwarded || headers.get("x-real-ip") || "127.0.0.1",
    userAgent: headers.get("user-agent"),
  };
}
