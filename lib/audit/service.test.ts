import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditRowHash, canonicalJson } from "@/lib/audit/service";
import { createTestPartner } from "@/tests/factories";

describe("audit chain", () => {
  it("canonical JSON orders keys", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe('{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}');
  });

  it("each row stores its own hash and its predecessor's", async () => {
    await createTestPartner("DEVICE_PROVIDER");
    await createTestPartner("FTM_PROVIDER");
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      expect(row.prevHash).toBe(i === 0 ? null : rows[i - 1]!.hash);
      expect(row.hash).toBe(
        auditRowHash({
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
        }),
      );
    }
  });

  it("the database refuses to update or delete an audit row", async () => {
    const row = await db.auditEvent.findFirstOrThrow();
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
  });
});
