// Demo data for the devices domain: SBIs and devices of the demo device provider, FTM chips of the demo FTM provider
// (with chip certificates from a demo chip CA loaded into the FTM trust store). Runs after the certificates seed,
// through the same services as the app; skipped when the demo providers are not active.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuditActor } from "../../lib/audit/service";
import { db } from "../../lib/db";
import { addDevices, createSbi, decideDevice, decideSbi } from "../../lib/devices/service";
import { createChip, decideChip, uploadChipCertificate } from "../../lib/ftm/service";
import { encodePem } from "../../lib/pki";
import { exportPrivateKeyPkcs8 } from "../../lib/pki/keys";
import { makeCertificate, type TestCert } from "../../lib/pki/testing";
import { uploadCaCertificates } from "../../lib/trust-store/service";

const DEVICE_PROVIDER = "demo-devices";
const FTM_PROVIDER = "demo-chips";
export const DEMO_CHIP_DIR = path.resolve(import.meta.dirname, "../../.data/demo-ftm-chips");
const DAY = 86_400_000;

function day(offset: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offset * DAY);
}

async function activeProvider(id: string): Promise<{ organizationName: string } | null> {
  const partner = await db.partner.findUnique({ where: { id }, select: { status: true, organizationName: true } });
  return partner?.status === "ACTIVE" ? partner : null;
}

async function seedSbisAndDevices(actor: AuditActor) {
  if (await db.sbi.findFirst({ where: { providerId: DEVICE_PROVIDER, version: "1.0.0" }, select: { id: true } })) return "already loaded";
  // v1.0.0: approved, with two approved devices and one waiting; v2.0.0-beta: waiting for the admin.
  const released = await createSbi(DEVICE_PROVIDER, { version: "1.0.0", binaryHash: "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c", swCreatedAt: day(-200), swExpiresAt: day(900) }, actor);
  await decideSbi(released.id, "APPROVE", "Demo: hash checked against the published binary.", actor);
  const devices = await addDevices(
    DEVICE_PROVIDER,
    released.id,
    [
      { typeCode: "Finger", subTypeCode: "Slap", make: "BioCapture", model: "Slap-4F" },
      { typeCode: "Iris", subTypeCode: "Double", make: "BioCapture", model: "IrisDuo" },
      { typeCode: "Face", subTypeCode: "Full face", make: "BioCapture", model: "FaceCam HD" },
    ],
    actor,
  );
  await decideDevice(devices[0].id, "APPROVE", undefined, actor);
  await decideDevice(devices[1].id, "APPROVE", undefined, actor);
  await createSbi(DEVICE_PROVIDER, { version: "2.0.0-beta", binaryHash: "1a3c5e7f9b2d4f6a8c0e2a4c6e8a0c2e", swCreatedAt: day(-5), swExpiresAt: day(700) }, actor);
  return "2 SBIs (one approved, one pending), 3 devices";
}

async function chipCa() {
  const base: [string, string][] = [["C", "XX"], ["O", "Demo Secure Element Programme"]];
  const root = await makeCertificate({ subject: [...base, ["CN", "Demo FTM Chip Root CA"]], validFromDays: -1, validToDays: 3650 });
  const intermediate = await makeCertificate({ subject: [...base, ["CN", "Demo FTM Chip Issuing CA"]], issuer: root, ca: true, pathLen: 0, validFromDays: -1, validToDays: 1825 });
  return { root, intermediate };
}

function chipLeaf(intermediate: TestCert, organization: string, model: string) {
  return makeCertificate({ subject: [["C", "XX"], ["O", organization], ["CN", `${organization} ${model}`]], issuer: intermediate, keyUsage: ["digitalSignature"], validFromDays: -1, validToDays: 730 });
}

async function seedChips(organizationName: string, actor: AuditActor) {
  if (await db.ftmChip.findFirst({ where: { providerId: FTM_PROVIDER }, select: { id: true } })) return "already loaded";
  const { root, intermediate } = await chipCa();
  for (const cert of [root, intermediate]) {
    const outcome = await uploadCaCertificates({ domain: "FTM", certificateData: cert.pem }, actor);
    if (outcome.status !== "Upload Success.") throw new Error(`Demo FTM chip CA refused: ${JSON.stringify(outcome.items.map((i) => i.findings))}`);
  }
  const scope = { kind: "provider" as const, partnerId: FTM_PROVIDER };
  // TC-100 approved, TC-200 waiting for approval, TC-300 waiting for its certificate (a file is left to upload by hand).
  const approved = await createChip(FTM_PROVIDER, { make: "TrustChip", model: "TC-100" }, actor);
  await uploadChipCertificate(approved.id, (await chipLeaf(intermediate, organizationName, "TC-100")).pem, scope, actor);
  await decideChip(approved.id, "APPROVE", undefined, actor);
  const pending = await createChip(FTM_PROVIDER, { make: "TrustChip", model: "TC-200" }, actor);
  await uploadChipCertificate(pending.id, (await chipLeaf(intermediate, organizationName, "TC-200")).pem, scope, actor);
  await createChip(FTM_PROVIDER, { make: "TrustChip", model: "TC-300" }, actor);

  mkdirSync(DEMO_CHIP_DIR, { recursive: true });
  const byHand = await chipLeaf(intermediate, organizationName, "TC-300");
  writeFileSync(path.join(DEMO_CHIP_DIR, "tc-300.pem"), byHand.pem);
  writeFileSync(path.join(DEMO_CHIP_DIR, "tc-300.key.pem"), encodePem("PRIVATE KEY", await exportPrivateKeyPkcs8(byHand.keyPair.privateKey)), { mode: 0o600 });
  writeFileSync(path.join(DEMO_CHIP_DIR, "chip-root-ca.pem"), root.pem);
  writeFileSync(path.join(DEMO_CHIP_DIR, "chip-intermediate-ca.pem"), intermediate.pem);
  return `3 chips (approved, pending approval, waiting for a certificate: ${path.join(DEMO_CHIP_DIR, "tc-300.pem")})`;
}

export async function seedDevices(actor: AuditActor): Promise<void> {
  const deviceProvider = await activeProvider(DEVICE_PROVIDER);
  const devices = deviceProvider ? await seedSbisAndDevices(actor) : `skipped (${DEVICE_PROVIDER} is not active)`;
  const ftmProvider = await activeProvider(FTM_PROVIDER);
  const chips = ftmProvider ? await seedChips(ftmProvider.organizationName, actor) : `skipped (${FTM_PROVIDER} is not active)`;
  console.log(`Demo devices: ${devices}. Demo FTM chips: ${chips}.`);
}
