import { buildCertificate, buildName, extension, keyIdentifierOf, randomSerial, type ExtensionSpec, type GeneralNameSpec, type NameSpec, type SignatureHash } from "./cert-builder";
import { loadCertificate, type ParsedCertificate } from "./certificate";
import type { KeyUsageName } from "./extension-values";
import { exportPublicKeySpki } from "./keys";
import { certificateToPem } from "./pem";

// Throwaway certificate hierarchies for tests (this module's and the rest of the project's).
// Validity is always relative to `now`, so no test depends on a date that will pass.

export type TestKeyType = "EC-P256" | "EC-P384" | "EC-P521" | "RSA-1024" | "RSA-2048" | "RSA-3072" | "RSA-PSS-2048";

const KEY_PARAMS: Record<TestKeyType, RsaHashedKeyGenParams | EcKeyGenParams> = {
  "EC-P256": { name: "ECDSA", namedCurve: "P-256" },
  "EC-P384": { name: "ECDSA", namedCurve: "P-384" },
  "EC-P521": { name: "ECDSA", namedCurve: "P-521" },
  "RSA-1024": rsa("RSASSA-PKCS1-v1_5", 1024),
  "RSA-2048": rsa("RSASSA-PKCS1-v1_5", 2048),
  "RSA-3072": rsa("RSASSA-PKCS1-v1_5", 3072),
  "RSA-PSS-2048": rsa("RSA-PSS", 2048),
};

function rsa(name: string, modulusLength: number): RsaHashedKeyGenParams {
  return { name, modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };
}

const keyPool = new Map<string, Promise<CryptoKeyPair>>();

/**
 * A key pair of the given type. With a `slot`, the same pair is returned for the same type and
 * slot across the test run (RSA generation is slow); without one, a fresh pair.
 */
export function testKeyPair(type: TestKeyType = "EC-P256", slot?: string): Promise<CryptoKeyPair> {
  const generate = () => globalThis.crypto.subtle.generateKey(KEY_PARAMS[type], true, ["sign", "verify"]) as Promise<CryptoKeyPair>;
  if (slot === undefined) return generate();
  const cacheKey = `${type}/${slot}`;
  let pending = keyPool.get(cacheKey);
  if (!pending) {
    pending = generate();
    keyPool.set(cacheKey, pending);
  }
  return pending;
}

export interface TestCert {
  cert: ParsedCertificate;
  keyPair: CryptoKeyPair;
  name: NameSpec;
  der: Uint8Array;
  pem: string;
}

export interface TestCertOptions {
  /** attributes, most general first; or just a CN */
  subject?: NameSpec | string;
  /** the signing certificate; omitted = self-signed */
  issuer?: TestCert;
  key?: TestKeyType | CryptoKeyPair;
  /** reuse a pooled key: same type + slot = same key */
  keySlot?: string;
  now?: Date;
  /** validity relative to `now`; default -1 day .. +365 days */
  validFromDays?: number;
  validToDays?: number;
  /** absolute validity; wins over the relative one */
  notBefore?: Date;
  notAfter?: Date;
  /** basicConstraints; false = leave the extension out. Default: true for self-signed, false otherwise */
  ca?: boolean | "omit";
  pathLen?: number;
  basicConstraintsCritical?: boolean;
  /** false = leave keyUsage out */
  keyUsage?: KeyUsageName[] | false;
  extKeyUsage?: string[];
  subjectAltNames?: GeneralNameSpec[];
  nameConstraints?: { permitted?: GeneralNameSpec[]; excluded?: GeneralNameSpec[]; critical?: boolean };
  extraExtensions?: ExtensionSpec[];
  /** leave out SKI/AKI */
  omitKeyIdentifiers?: boolean;
  version?: number;
  hash?: SignatureHash;
  serial?: Uint8Array;
  /** sign with this key instead of the issuer's (to make a bad signature) */
  signWith?: CryptoKey;
}

const DAY_MS = 86_400_000;

export async function makeCertificate(options: TestCertOptions = {}): Promise<TestCert> {
  const now = options.now ?? new Date();
  const keyPair =
    typeof options.key === "object" ? options.key : await testKeyPair(options.key ?? "EC-P256", options.keySlot);
  const name: NameSpec = typeof options.subject === "string" ? [["CN", options.subject]] : (options.subject ?? [["CN", "Test certificate"]]);
  const issuer = options.issuer;
  const spki = await exportPublicKeySpki(keyPair.publicKey);
  const keyId = await keyIdentifierOf(spki);
  const issuerKeyId = issuer ? await keyIdentifierOf(await exportPublicKeySpki(issuer.keyPair.publicKey)) : keyId;

  const ca = options.ca ?? (issuer ? false : true);
  const extensions: ExtensionSpec[] = [];
  if (ca !== "omit") extensions.push(extension.basicConstraints(ca, options.pathLen, options.basicConstraintsCritical ?? true));
  const keyUsage = options.keyUsage ?? (ca === true ? ["keyCertSign", "cRLSign", "digitalSignature"] : ["digitalSignature"]);
  if (keyUsage !== false) extensions.push(extension.keyUsage(keyUsage));
  if (options.extKeyUsage) extensions.push(extension.extKeyUsage(options.extKeyUsage));
  if (options.subjectAltNames) extensions.push(extension.subjectAltName(options.subjectAltNames));
  if (options.nameConstraints) extensions.push(extension.nameConstraints(options.nameConstraints, options.nameConstraints.critical ?? true));
  if (!options.omitKeyIdentifiers) {
    extensions.push(extension.subjectKeyIdentifier(keyId), extension.authorityKeyIdentifier(issuerKeyId));
  }
  extensions.push(...(options.extraExtensions ?? []));

  const der = await buildCertificate({
    version: options.version,
    serial: options.serial ?? randomSerial(),
    subject: buildName(name),
    issuer: buildName(issuer ? issuer.name : name),
    notBefore: options.notBefore ?? new Date(now.getTime() + (options.validFromDays ?? -1) * DAY_MS),
    notAfter: options.notAfter ?? new Date(now.getTime() + (options.validToDays ?? 365) * DAY_MS),
    spki,
    extensions: options.version === 1 ? [] : extensions,
    signingKey: options.signWith ?? (issuer ? issuer.keyPair.privateKey : keyPair.privateKey),
    hash: options.hash,
  });
  return { cert: await loadCertificate(der), keyPair, name, der, pem: certificateToPem(der) };
}

export interface HierarchyOptions {
  /** the leaf's O= */
  organization?: string;
  now?: Date;
  root?: TestCertOptions;
  intermediate?: TestCertOptions;
  leaf?: TestCertOptions;
}

export interface TestHierarchy {
  root: TestCert;
  intermediate: TestCert;
  leaf: TestCert;
}

/** root → intermediate → leaf, all valid at `now`, EC P-256 unless overridden. */
export async function makeHierarchy(options: HierarchyOptions = {}): Promise<TestHierarchy> {
  const now = options.now ?? new Date();
  const organization = options.organization ?? "Test Partner Ltd";
  const root = await makeCertificate({
    subject: [["C", "IN"], ["O", "Test Domain Trust"], ["CN", "Test Root CA"]],
    validToDays: 3650,
    now,
    ...options.root,
  });
  const intermediate = await makeCertificate({
    subject: [["C", "IN"], ["O", "Test Domain Trust"], ["CN", "Test Issuing CA"]],
    issuer: root,
    ca: true,
    validToDays: 1825,
    now,
    ...options.intermediate,
  });
  const leaf = await makeCertificate({
    subject: [["C", "IN"], ["O", organization], ["CN", `${organization} signing`]],
    issuer: intermediate,
    validToDays: 730,
    now,
    ...options.leaf,
  });
  return { root, intermediate, leaf };
}
