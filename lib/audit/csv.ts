// The audit log as CSV (RFC 4180), safe to open in a spreadsheet: cells that could run as formulas are defused.
import type { AuditRow } from "@/lib/audit/queries";
import { canonicalJson } from "@/lib/audit/service";

export const AUDIT_CSV_COLUMNS = ["id", "at", "actorUserId", "actorLabel", "action", "entityType", "entityId", "partnerId", "before", "after", "requestId", "ip", "prevHash", "hash"] as const;

/** Quotes a cell; one that starts with = + - @ or a control character gets a leading apostrophe (OWASP CSV injection). */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) || defused !== value ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function auditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(",")}\r\n`;
}

export function auditCsvLine(row: AuditRow): string {
  const values: string[] = [
    row.id.toString(),
    row.at.toISOString(),
    row.actorUserId ?? "",
    row.actorLabel,
    row.action,
    row.entityType,
    row.entityId,
    row.partnerId ?? "",
    // Canonical JSON, as hashed: an exported row can be re-verified outside the portal.
    row.before === null || row.before === undefined ? "" : canonicalJson(row.before),
    row.after === null || row.after === undefined ? "" : canonicalJson(row.after),
    row.requestId ?? "",
    row.ip ?? "",
    row.prevHash ?? "",
    row.hash ?? "",
  ];
  return `${values.map(csvCell).join(",")}\r\n`;
}
