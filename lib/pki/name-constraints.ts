import type { CertificateFacts } from "./certificate";
import type { NameConstraintsValue } from "./extension-values";
import { formatGeneralName, type GeneralName } from "./general-names";
import { attributeValues, EMAIL_ADDRESS_OID, isNamePrefix } from "./names";

// RFC 5280 4.2.1.10 name constraints for directoryName, rfc822Name, dNSName, iPAddress and URI.
// Each constraining CA is checked on its own (a name must satisfy every CA above it), which is
// equivalent to intersecting the permitted subtrees as section 6.1 does.

export type NameConstraintIssue =
  | { kind: "violation"; name: string }
  | { kind: "unsupported"; form: string };

type Form = "dn" | "email" | "dns" | "ip" | "uri" | "other";

/** Why a constraint itself is malformed, or null. Checked once per constraining CA. */
export function invalidConstraintReason(nc: NameConstraintsValue): string | null {
  for (const c of [...nc.permitted, ...nc.excluded]) {
    if (c.kind === "dns" && c.value !== "" && !isValidDnsName(c.value.replace(/^\./, ""), false)) {
      return `dNSName constraint '${c.value}' is not a valid domain name`;
    }
    if (c.kind === "ip" && !isValidIpConstraint(c.bytes)) return "iPAddress constraint is not an address and a contiguous mask";
    if (c.kind === "uri" && /[*/]/.test(c.value)) return `URI constraint '${c.value}' is not a host or domain`;
  }
  return null;
}

export function checkNameConstraints(cert: CertificateFacts, nc: NameConstraintsValue): NameConstraintIssue | null {
  for (const name of namesOf(cert)) {
    const form = formOf(name);
    const permitted = nc.permitted.filter((c) => formOf(c) === form);
    const excluded = nc.excluded.filter((c) => formOf(c) === form);
    if (permitted.length === 0 && excluded.length === 0) continue;
    if (name.kind === "other") return { kind: "unsupported", form: name.form };
    const label = formatGeneralName(name);
    if (!isWellFormed(name)) return { kind: "violation", name: `${label} (malformed)` };
    if (name.kind === "uri" && uriHost(name.value) === null) return { kind: "unsupported", form: "URI without a host" };
    if (excluded.some((c) => matches(name, c, "excluded"))) return { kind: "violation", name: label };
    if (permitted.length > 0 && !permitted.some((c) => matches(name, c, "permitted"))) return { kind: "violation", name: label };
  }
  return null;
}

function namesOf(cert: CertificateFacts): GeneralName[] {
  const names: GeneralName[] = [...cert.subjectAltNames];
  if (!cert.subject.isEmpty) names.push({ kind: "dn", name: cert.subject });
  // RFC 5280: rfc822Name constraints also apply to emailAddress attributes of the subject.
  for (const email of attributeValues(cert.subject, EMAIL_ADDRESS_OID)) names.push({ kind: "email", value: email });
  return names;
}

function formOf(name: GeneralName): Form | `other:${string}` {
  return name.kind === "other" ? `other:${name.form}` : name.kind;
}

function matches(name: GeneralName, constraint: GeneralName, mode: "permitted" | "excluded"): boolean {
  if (name.kind === "dns" && constraint.kind === "dns") return dnsMatches(name.value, constraint.value, mode);
  if (name.kind === "email" && constraint.kind === "email") return emailMatches(name.value, constraint.value);
  if (name.kind === "ip" && constraint.kind === "ip") return ipMatches(name.bytes, constraint.bytes);
  if (name.kind === "uri" && constraint.kind === "uri") return hostMatches(uriHost(name.value) ?? "", constraint.value);
  if (name.kind === "dn" && constraint.kind === "dn") return isNamePrefix(constraint.name, name.name);
  return false;
}

function dnsMatches(nameIn: string, constraintIn: string, mode: "permitted" | "excluded"): boolean {
  const name = nameIn.toLowerCase();
  const constraint = constraintIn.toLowerCase();
  if (hostMatches(name, constraint)) return true;
  // A wildcard name covers hosts inside an excluded subtree even when its base does not.
  if (mode === "excluded" && name.startsWith("*.")) return hostMatches(constraint.replace(/^\./, ""), name.slice(2));
  return false;
}

/** RFC 5280: "example.com" covers itself and any subdomain; a leading dot means subdomains only. */
function hostMatches(hostIn: string, constraintIn: string): boolean {
  const host = hostIn.toLowerCase();
  const constraint = constraintIn.toLowerCase();
  if (constraint === "") return true;
  if (constraint.startsWith(".")) return host.endsWith(constraint);
  return host === constraint || host.endsWith(`.${constraint}`);
}

function emailMatches(mailbox: string, constraint: string): boolean {
  const at = mailbox.lastIndexOf("@");
  const host = mailbox.slice(at + 1).toLowerCase();
  if (constraint.includes("@")) {
    const cAt = constraint.lastIndexOf("@");
    return mailbox.slice(0, at) === constraint.slice(0, cAt) && host === constraint.slice(cAt + 1).toLowerCase();
  }
  if (constraint.startsWith(".")) return host.endsWith(constraint.toLowerCase());
  return host === constraint.toLowerCase();
}

function ipMatches(address: Uint8Array, constraint: Uint8Array): boolean {
  if (constraint.length !== address.length * 2) return false;
  for (let i = 0; i < address.length; i++) {
    const mask = constraint[address.length + i];
    if ((address[i] & mask) !== (constraint[i] & mask)) return false;
  }
  return true;
}

function isValidIpConstraint(bytes: Uint8Array): boolean {
  if (bytes.length !== 8 && bytes.length !== 32) return false;
  const mask = bytes.subarray(bytes.length / 2);
  let seenZero = false;
  for (const byte of mask) {
    for (let bit = 7; bit >= 0; bit--) {
      const set = (byte >> bit) & 1;
      if (set && seenZero) return false;
      if (!set) seenZero = true;
    }
  }
  return true;
}

function isWellFormed(name: GeneralName): boolean {
  if (name.kind === "dns") return isValidDnsName(name.value, true);
  if (name.kind === "ip") return name.bytes.length === 4 || name.bytes.length === 16;
  if (name.kind === "email") {
    const at = name.value.lastIndexOf("@");
    return at > 0 && at < name.value.length - 1;
  }
  return true;
}

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/i;

function isValidDnsName(value: string, allowWildcard: boolean): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const labels = value.split(".");
  return labels.every((label, i) => LABEL.test(label) || (allowWildcard && i === 0 && label === "*" && labels.length > 2));
}

function uriHost(uri: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  return match && match[1] !== "" ? match[1] : null;
}
