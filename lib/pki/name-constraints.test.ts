import { describe, expect, test } from "vitest";
import type { GeneralNameSpec } from "./cert-builder";
import { makeCertificate } from "./testing";
import { buildAndValidatePath } from "./validate";

// Name constraints on a root, checked against a leaf it signs directly.
async function verdict(constraints: { permitted?: GeneralNameSpec[]; excluded?: GeneralNameSpec[]; critical?: boolean }, leaf: { subject?: [string, string][]; san?: GeneralNameSpec[] }) {
  const root = await makeCertificate({ subject: [["C", "IN"], ["O", "Root"]], nameConstraints: constraints });
  const cert = await makeCertificate({ subject: leaf.subject ?? [["C", "IN"], ["O", "Root"], ["CN", "leaf"]], issuer: root, subjectAltNames: leaf.san });
  const r = await buildAndValidatePath(cert.cert, { anchors: [root.cert] });
  return r.ok ? "ok" : r.findings.map((f) => f.code).join(",");
}

const ip = (...b: number[]) => new Uint8Array(b);

describe("name constraints", () => {
  test("dNSName: subtree, exact and leading-dot forms", async () => {
    expect(await verdict({ permitted: [{ dns: "example.com" }] }, { san: [{ dns: "api.example.com" }] })).toBe("ok");
    expect(await verdict({ permitted: [{ dns: "example.com" }] }, { san: [{ dns: "example.com" }] })).toBe("ok");
    expect(await verdict({ permitted: [{ dns: "example.com" }] }, { san: [{ dns: "badexample.com" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
    expect(await verdict({ permitted: [{ dns: ".example.com" }] }, { san: [{ dns: "example.com" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
    expect(await verdict({ excluded: [{ dns: "secret.example.com" }] }, { san: [{ dns: "*.secret.example.com" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
  });

  test("iPAddress, rfc822Name and URI", async () => {
    expect(await verdict({ permitted: [{ ip: ip(10, 0, 0, 0, 255, 0, 0, 0) }] }, { san: [{ ip: ip(10, 1, 2, 3) }] })).toBe("ok");
    expect(await verdict({ permitted: [{ ip: ip(10, 0, 0, 0, 255, 0, 0, 0) }] }, { san: [{ ip: ip(11, 1, 2, 3) }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
    expect(await verdict({ permitted: [{ email: "example.com" }] }, { san: [{ email: "a@example.com" }] })).toBe("ok");
    expect(await verdict({ permitted: [{ email: ".example.com" }] }, { san: [{ email: "a@example.com" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
    expect(await verdict({ excluded: [{ uri: ".evil.example" }] }, { san: [{ uri: "https://x.evil.example/path" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
  });

  test("directoryName applies to the subject; emailAddress in the subject meets rfc822Name constraints", async () => {
    expect(await verdict({ permitted: [{ dn: [["C", "IN"], ["O", "Root"]] }] }, {})).toBe("ok");
    expect(await verdict({ permitted: [{ dn: [["C", "IN"], ["O", "Other"]] }] }, {})).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
    expect(await verdict({ excluded: [{ email: "evil.example" }] }, { subject: [["C", "IN"], ["emailAddress", "x@evil.example"]] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
  });

  test("a constraint on one form leaves other forms alone; a malformed constraint is refused", async () => {
    expect(await verdict({ permitted: [{ ip: ip(10, 0, 0, 0, 255, 0, 0, 0) }] }, { san: [{ dns: "anything.example" }] })).toBe("ok");
    expect(await verdict({ permitted: [{ dns: "*.example.com" }] }, { san: [{ dns: "a.example.com" }] })).toContain("PKI_INVALID_EXTENSION");
    expect(await verdict({ permitted: [{ ip: ip(10, 0, 0, 0, 0, 255, 0, 0) }] }, {})).toContain("PKI_INVALID_EXTENSION");
  });

  test("a non-critical nameConstraints is enforced all the same", async () => {
    expect(await verdict({ permitted: [{ dns: "example.com" }], critical: false }, { san: [{ dns: "other.org" }] })).toBe("PKI_NAME_CONSTRAINT_VIOLATION");
  });
});
