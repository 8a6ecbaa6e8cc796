// Demo data for the keys domain (embedded demo mode and the end-to-end tests); runs after the core accounts exist.
// Through the services, so every row has its audit trail. The secrets are thrown away: demo users generate their own
// keys (and admins issue licenses) to see one; these rows only fill the lists. Skips quietly what cannot exist yet.
import type { AuditActor } from "../../lib/audit/service";
import { db } from "../../lib/db";
import { generateApiKey } from "../../lib/api-keys/service";
import { issueMispLicense } from "../../lib/misp/service";

const DEMO_KEY_LABEL = "demo-seeded";
const DEMO_MISP = "demo-misp";

export async function seedKeys(actor: AuditActor): Promise<void> {
  // One key per approved request of an active partner on a published policy (the policy seed decides which exist).
  const approved = await db.policyRequest.findMany({
    where: { status: "APPROVED", partner: { status: "ACTIVE" }, policy: { status: "PUBLISHED" } },
    select: { partnerId: true, policyId: true },
  });
  let keys = 0;
  for (const { partnerId, policyId } of approved) {
    if (await db.apiKey.findFirst({ where: { partnerId, policyId, label: DEMO_KEY_LABEL }, select: { id: true } })) continue;
    await generateApiKey(partnerId, { policyId, label: DEMO_KEY_LABEL }, actor);
    keys++;
  }

  let licenses = 0;
  const misp = await db.partner.findUnique({ where: { id: DEMO_MISP }, select: { status: true, typeCode: true } });
  if (misp?.status === "ACTIVE" && misp.typeCode === "MISP_PARTNER" && !(await db.mispLicenseKey.findFirst({ where: { partnerId: DEMO_MISP, status: "ACTIVE" } }))) {
    await issueMispLicense(DEMO_MISP, {}, actor);
    licenses++;
  }
  if (keys || licenses) console.log(`Demo keys: ${keys} API key(s), ${licenses} MISP license key(s) (secrets not kept: generate or reissue to see one).`);
}
