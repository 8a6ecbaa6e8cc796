// The actor recorded for changes made by operators' scripts (seed, user:create), not by a signed-in user.
import { randomUUID } from "node:crypto";
import type { AuditActor } from "@/lib/audit/service";

export function systemActor(label: string): AuditActor {
  return { principal: null, label: `system:${label}`, request: { requestId: randomUUID(), ip: "127.0.0.1", userAgent: null } };
}
