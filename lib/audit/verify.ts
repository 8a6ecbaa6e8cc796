// Recomputes the audit hash chain from the first row to the last and names the first row that does not fit.
import "server-only";
import { db } from "@/lib/db";
import { auditRowHash } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ChainProblem = "hash-mismatch" | "prev-hash-mismatch" | "missing-hash";

export interface ChainBreak {
  id: bigint;
  problem: ChainProblem;
  expected: string | null;
  found: string | null;
}

export interface ChainReport {
  checked: number;
  lastId: bigint | null;
  firstBreak: ChainBreak | null;
}

const BATCH = 1000;

/**
 * Walks the log in id order (keyset batches, constant memory). A row fails when its stored hash is not the
 * hash of its content (the row was changed), or when its prevHash is not the stored hash of the row before
 * it (a row was removed or inserted before it). The walk stops at the first failure.
 */
export async function verifyAuditChain(options: { onProgress?: (checked: number) => void } = {}): Promise<ChainReport> {
  let checked = 0;
  let previousHash: string | null = null;
  let after: bigint | null = null;
  for (;;) {
    const where: Prisma.AuditEventWhereInput = after === null ? {} : { id: { gt: after } };
    const rows = await db.auditEvent.findMany({ where, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    for (const row of rows) {
      const breakAt = (problem: ChainProblem, expected: string | null, found: string | null): ChainReport => ({
        checked,
        lastId: row.id,
        firstBreak: { id: row.id, problem, expected, found },
      });
      if (row.prevHash !== previousHash) return breakAt("prev-hash-mismatch", previousHash, row.prevHash);
      if (!row.hash) return breakAt("missing-hash", null, null);
      const recomputed = auditRowHash({
        at: row.at,
        actorUserId: row.actorUserId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        partnerId: row.partnerId,
        before: row.before ?? null,
        after: row.after ?? null,
        requestId: row.requestId,
        ip: row.ip,
        prevHash: row.prevHash,
      });
      if (recomputed !== row.hash) return breakAt("hash-mismatch", recomputed, row.hash);
      previousHash = row.hash;
      checked++;
    }
    after = rows[rows.length - 1]!.id;
    options.onProgress?.(checked);
  }
  return { checked, lastId: after, firstBreak: null };
}

const PROBLEM_TEXT: Record<ChainProblem, string> = {
  "hash-mismatch": "its content does not match its stored hash: the row was changed after it was written",
  "prev-hash-mismatch": "its prevHash is not the hash of the row before it: a row was removed, inserted or changed before it",
  "missing-hash": "it has no hash",
};

/** One line for operators, naming the row and what is wrong with it. */
export function describeChainReport(report: ChainReport): string {
  if (!report.firstBreak) return `Audit chain intact: ${report.checked} rows verified${report.lastId === null ? "" : ` (ids up to ${report.lastId})`}.`;
  const b = report.firstBreak;
  return `Audit chain BROKEN at row id ${b.id}: ${PROBLEM_TEXT[b.problem]} (expected ${b.expected ?? "null"}, found ${b.found ?? "null"}). ${report.checked} rows before it verified.`;
}
