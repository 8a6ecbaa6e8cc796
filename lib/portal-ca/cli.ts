// Operator commands for the portal CAs (docs/decisions/003-portal-ca-keys.md). Run through the database launcher:
//   npx tsx scripts/with-database.ts lib/portal-ca/cli.ts list
//   npx tsx scripts/with-database.ts lib/portal-ca/cli.ts rotate AUTH [--algorithm ECDSA-P256|ECDSA-P384|RSA-3072]
//   npx tsx scripts/with-database.ts lib/portal-ca/cli.ts reseal --old-key-file old.b64 --new-key-file new.b64
// Keys are read from files, never from the command line, so they stay out of shell history.
import { readFileSync } from "node:fs";
import type { CaKeyAlgorithm } from "@/lib/pki";
import { systemActor } from "@/lib/system-actor";
import { CERT_DOMAINS, ensurePortalCas, listPortalCaCertificates, resealPortalCaKeys, rotatePortalCa } from "@/lib/portal-ca/service";
import type { CertDomain } from "@/lib/generated/prisma/enums";

const ALGORITHMS: CaKeyAlgorithm[] = ["ECDSA-P256", "ECDSA-P384", "RSA-3072"];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function keyFromFile(file: string | undefined, what: string): Uint8Array {
  if (!file) throw new Error(`${what} is required (a file holding the base64 key).`);
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${what} (${file}) must hold 32 bytes, base64-encoded.`);
  return new Uint8Array(key);
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const actor = systemActor("portal-ca-cli");
  if (command === "list") {
    await ensurePortalCas();
    for (const row of await listPortalCaCertificates({ includeExpired: true })) {
      console.log(`${row.domain.padEnd(6)} ${row.isCurrent ? "current " : "previous"} ${row.keyAlgorithm.padEnd(10)} until ${row.notAfter.toISOString().slice(0, 10)}  ${row.id}`);
    }
  } else if (command === "rotate") {
    const domain = args[0]?.toUpperCase() as CertDomain;
    if (!CERT_DOMAINS.includes(domain)) throw new Error(`Name a domain: ${CERT_DOMAINS.join(", ")}.`);
    const algorithm = (option(args, "--algorithm") ?? "ECDSA-P256") as CaKeyAlgorithm;
    if (!ALGORITHMS.includes(algorithm)) throw new Error(`--algorithm must be one of ${ALGORITHMS.join(", ")}.`);
    const result = await rotatePortalCa(domain, actor, algorithm);
    console.log(`${domain}: new CA ${result.subject} (${algorithm}), valid until ${result.notAfter.toISOString().slice(0, 10)}. Publish it to downstream trust stores.`);
  } else if (command === "reseal") {
    const count = await resealPortalCaKeys(keyFromFile(option(args, "--old-key-file"), "--old-key-file"), keyFromFile(option(args, "--new-key-file"), "--new-key-file"), actor);
    console.log(`Re-sealed ${count} portal CA private key(s). Now set MASTER_KEY to the new key and restart every instance.`);
  } else {
    throw new Error("Usage: cli.ts list | rotate <DOMAIN> [--algorithm A] | reseal --old-key-file F --new-key-file F");
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
