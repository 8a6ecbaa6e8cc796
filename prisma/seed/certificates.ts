// Demo data for the certificates domain: a throwaway CA hierarchy per domain in the trust store, the portal CAs,
// and demo partner certificates (uploaded for most partners, written to .data/demo-certificates/ for the rest).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuditActor } from "../../lib/audit/service";
import { uploadPartnerCertificate } from "../../lib/certificates/service";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import type { CertDomain } from "../../lib/generated/prisma/enums";
import { partnerType } from "../../lib/partners/partner-types";
import { buildCertsOnlyPkcs7, encodePem } from "../../lib/pki";
import { makeCertificate, type TestCert } from "../../lib/pki/testing";
import { exportPrivateKeyPkcs8 } from "../../lib/pki/keys";
import { ensurePortalCas, CERT_DOMAINS } from "../../lib/portal-ca/service";
import { uploadCaCertificates } from "../../lib/trust-store/service";
import { DEMO_ACCOUNTS } from "../demo-accounts";

export const DEMO_CERT_DIR = path.resolve(import.meta.dirname, "../../.data/demo-certificates");

/** Demo partners left PENDING_CERTIFICATE, so that the upload journey can be tried by hand. */
const LEFT_PENDING = new Set(["demo-mas"]);

const DAY = 86_400_000;
const rootName = (domain: CertDomain) => `Demo ${domain} Root CA`;

async function makeDomainCas(domain: CertDomain) {
  const base: [string, string][] = [["C", "XX"], ["O", "Demo National ID Programme"]];
  const root = await makeCertificate({ subject: [...base, ["CN", rootName(domain)]], validFromDays: -1, validToDays: 3650 });
  const intermediate = await makeCertificate({ subject: [...base, ["CN", `Demo ${domain} Issuing CA`]], issuer: root, ca: true, pathLen: 0, validFromDays: -1, validToDays: 1825 });
  return { root, intermediate };
}

function leafFor(intermediate: TestCert, organization: string, commonName: string, domain: CertDomain) {
  // DEVICE and FTM partners may hold CA certificates in MOSIP; the demo keeps to end-entity ones everywhere.
  return makeCertificate({
    subject: [["C", "XX"], ["O", organization], ["CN", commonName]],
    issuer: intermediate,
    keyUsage: domain === "AUTH" ? ["digitalSignature", "keyAgreement"] : ["digitalSignature"],
    validFromDays: -1,
    validToDays: 730,
  });
}

async function writeKey(file: string, cert: TestCert) {
  writeFileSync(file, encodePem("PRIVATE KEY", await exportPrivateKeyPkcs8(cert.keyPair.privateKey)), { mode: 0o600 });
}

export async function seedCertificates(actor: AuditActor): Promise<void> {
  await ensurePortalCas();
  if (env().DEMO_MODE) {
    console.log("Portal CAs: one per domain; their private keys are sealed (AES-256-GCM) under the demo MASTER_KEY generated in .data/secrets.json. Set your own MASTER_KEY in production.");
  }
  if (await db.caCertificate.findFirst({ where: { issuedTo: rootName("AUTH") }, select: { id: true } })) {
    console.log(`Demo certificates: already loaded (files in ${DEMO_CERT_DIR}).`);
    return;
  }
  mkdirSync(DEMO_CERT_DIR, { recursive: true });
  const intermediates = new Map<CertDomain, TestCert>();
  for (const domain of CERT_DOMAINS) {
    const { root, intermediate } = await makeDomainCas(domain);
    // Through the real service, as an admin would: one PKCS#7 bundle per domain.
    const bundle = buildCertsOnlyPkcs7([root.cert, intermediate.cert]);
    const outcome = await uploadCaCertificates({ domain, certificateData: encodePem("PKCS7", bundle) }, actor);
    if (outcome.status !== "Upload Success.") throw new Error(`Demo ${domain} CAs were refused: ${JSON.stringify(outcome.items.map((i) => i.findings))}`);
    const stem = domain.toLowerCase();
    writeFileSync(path.join(DEMO_CERT_DIR, `${stem}-root-ca.pem`), root.pem);
    writeFileSync(path.join(DEMO_CERT_DIR, `${stem}-intermediate-ca.pem`), intermediate.pem);
    writeFileSync(path.join(DEMO_CERT_DIR, `${stem}-ca-bundle.p7b`), bundle);
    intermediates.set(domain, intermediate);
  }

  const uploaded: string[] = [];
  const files: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const demo = account.partner;
    if (!demo) continue;
    const domain = partnerType(demo.type).domain;
    const leaf = await leafFor(intermediates.get(domain)!, demo.organizationName, `${demo.organizationName} (${demo.id})`, domain);
    const file = path.join(DEMO_CERT_DIR, `${demo.id}.pem`);
    writeFileSync(file, leaf.pem);
    await writeKey(path.join(DEMO_CERT_DIR, `${demo.id}.key.pem`), leaf);
    files.push(path.basename(file));
    const partner = await db.partner.findUnique({ where: { id: demo.id }, select: { status: true } });
    if (!partner || partner.status !== "PENDING_CERTIFICATE" || LEFT_PENDING.has(demo.id)) continue;
    await uploadPartnerCertificate({ partnerId: demo.id, certificateData: leaf.pem }, actor);
    uploaded.push(demo.id);
  }
  // A certificate the demo refuses: right chain, wrong organisation.
  const wrong = await leafFor(intermediates.get("AUTH")!, "Not The Registered Name Ltd", "wrong organisation", "AUTH");
  writeFileSync(path.join(DEMO_CERT_DIR, "wrong-organisation-auth.pem"), wrong.pem);

  writeFileSync(
    path.join(DEMO_CERT_DIR, "README.txt"),
    [
      "Demo certificates, generated by the seed (prisma/seed/certificates.ts) at " + new Date().toISOString() + ".",
      "",
      "<domain>-root-ca.pem, <domain>-intermediate-ca.pem, <domain>-ca-bundle.p7b: the demo trust store of each domain (already loaded).",
      "<partnerId>.pem: a certificate for each demo partner (O= its organisation), issued by its domain's intermediate; <partnerId>.key.pem its private key.",
      `Uploaded at seed time (partners ACTIVE): ${uploaded.join(", ")}.`,
      `Left to upload by hand (partners PENDING_CERTIFICATE): ${[...LEFT_PENDING].join(", ")} — sign in as that partner, open Certificate, drop its .pem file.`,
      "wrong-organisation-auth.pem: chains to the AUTH trust store but names another organisation; every AUTH partner's upload of it is refused (KER-PCM-008).",
      `Valid until about ${new Date(Date.now() + 730 * DAY).toISOString().slice(0, 10)} (leaves); these files are demo material, never production keys.`,
      "",
    ].join("\n"),
  );
  console.log(`Demo certificates: trust store loaded for ${CERT_DOMAINS.join(", ")}; ${uploaded.length} partners activated; ${files.length} partner certificates written to ${DEMO_CERT_DIR}.`);
}
