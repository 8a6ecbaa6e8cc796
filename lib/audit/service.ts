// Audit rows, written inside the transaction of the change they describe, chained by SHA-256.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Principal } from "@/lib/auth/principal";
import { actorLabel } from "@/lib/auth/principal";
import type { RequestContext } from "@/lib/request-context";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  partnerId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  principal: Principal | null;
  request: RequestContext;
  /** Names a non-user actor, such as an operator's script. */
  label?: string;
}

// Serialises audit inserts so that each row can name its predecessor's hash.
const AUDIT_CHAIN_LOCK = 815_001;

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface AuditHashInput {
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string | null;
}

export function auditRowHash(row: AuditHashInput): string {
  return createHash("sha256").update(canonicalJson({ ...row, at: row.at.toISOString() })).digest("hex");
}

function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(canonicalJson(value));
}

export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const row: AuditHashInput = {
    at: new Date(),
    actorUserId: actor.principal?.kind === "user" ? actor.principal.userId : null,
    actorLabel: actor.label ?? actorLabel(actor.principal),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    partnerId: entry.partnerId ?? null,
    before: plain(entry.before),
    after: plain(entry.after),
    requestId: actor.request.requestId,
    ip: actor.request.ip,
    prevHash: previous?.hash ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...row,
      before: row.before === null ? undefined : (row.before as object),
      after: row.after === null ? undefined : (row.after as object),
      hash: auditRowHash(row),
    },
  });
}
