import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify";
import { createTestPartner } from "@/tests/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs `npm run audit:verify`'s script against the test database, as an operator would. */
function runAuditVerify(): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/audit-verify.ts")], {
    cwd: ROOT,
    env: process.env,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Changes the audit log behind the application's back, as someone with database access could: the
 * append-only trigger is disabled for the statement and enabled again at once.
 */
async function asTamperer(sql: string) {
  await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
  try {
    await db.$executeRawUnsafe(sql);
  } finally {
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  }
}

describe("audit chain verification", () => {
  it("an untouched log verifies, and the command says so", async () => {
    await createTestPartner("DEVICE_PROVIDER");
    const report = await verifyAuditChain();
    expect(report.firstBreak).toBeNull();
    expect(report.checked).toBe(await db.auditEvent.count());
    const run = runAuditVerify();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain("Audit chain intact");
  });

  it("a row changed in SQL makes audit:verify fail at that row, naming it", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await createTestPartner("FTM_PROVIDER"); // so that the tampered row is not the last
    const target = await db.auditEvent.findFirstOrThrow({ where: { partnerId: partner.id, action: "partner.registered" } });
    try {
      await asTamperer(`UPDATE "AuditEvent" SET "actorLabel" = 'someone-else' WHERE "id" = ${target.id}`);
      // The trigger is back: the application still cannot change a row.
      await expect(db.auditEvent.update({ where: { id: target.id }, data: { action: "again" } })).rejects.toThrow();

      const report = await verifyAuditChain();
      expect(report.firstBreak).toMatchObject({ id: target.id, problem: "hash-mismatch", found: target.hash });
      expect(describeChainReport(report)).toContain(`row id ${target.id}`);
      const run = runAuditVerify();
      expect(run.code).toBe(1);
      expect(run.output).toContain(`Audit chain BROKEN at row id ${target.id}`);
    } finally {
      await asTamperer(`UPDATE "AuditEvent" SET "actorLabel" = '${target.actorLabel.replace(/'/g, "''")}' WHERE "id" = ${target.id}`);
    }
    expect((await verifyAuditChain()).firstBreak).toBeNull();
  });

  it("a row deleted in SQL breaks the chain at the row after it; a rewritten hash does not hide the change", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await createTestPartner("FTM_PROVIDER");
    const target = await db.auditEvent.findFirstOrThrow({ where: { partnerId: partner.id, action: "partner.registered" } });
    const next = await db.auditEvent.findFirstOrThrow({ where: { id: { gt: target.id } }, orderBy: { id: "asc" } });
    const backup = `audit_backup_${randomUUID().replace(/-/g, "")}`;
    await db.$executeRawUnsafe(`CREATE TABLE "${backup}" AS SELECT * FROM "AuditEvent" WHERE "id" = ${target.id}`);
    try {
      await asTamperer(`DELETE FROM "AuditEvent" WHERE "id" = ${target.id}`);
      expect((await verifyAuditChain()).firstBreak).toMatchObject({ id: next.id, problem: "prev-hash-mismatch" });
      await asTamperer(`INSERT INTO "AuditEvent" SELECT * FROM "${backup}"`);
      expect((await verifyAuditChain()).firstBreak).toBeNull();

      // Changing a row and recomputing its own hash still breaks the link from the next row.
      await asTamperer(`UPDATE "AuditEvent" SET "action" = 'partner.tampered', "hash" = repeat('0', 64) WHERE "id" = ${target.id}`);
      const report = await verifyAuditChain();
      expect(report.firstBreak?.id).toBe(target.id);
    } finally {
      await asTamperer(`DELETE FROM "AuditEvent" WHERE "id" = ${target.id}`);
      await asTamperer(`INSERT INTO "AuditEvent" SELECT * FROM "${backup}"`);
      await db.$executeRawUnsafe(`DROP TABLE "${backup}"`);
    }
    expect((await verifyAuditChain()).firstBreak).toBeNull();
  });
});
