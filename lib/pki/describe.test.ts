import { describe, expect, test } from "vitest";
import { extension } from "./cert-builder";
import { describeCertificate } from "./describe";
import { parseName } from "./names";
import { makeCertificate, makeHierarchy } from "./testing";

describe("describeCertificate", () => {
  test("lists names, key, algorithm, usages, extensions and flags", async () => {
    const { leaf, root } = await makeHierarchy({
      organization: "Acme, Inc.",
      leaf: {
        key: "RSA-2048",
        keySlot: "describe",
        extKeyUsage: ["1.3.6.1.5.5.7.3.2"],
        subjectAltNames: [{ dns: "api.acme.example" }, { email: "pki@acme.example" }, { ip: new Uint8Array([192, 0, 2, 1]) }],
      },
    });
    const d = describeCertificate(leaf.cert);
    expect(d).toMatchObject({
      version: 3,
      subject: "CN=Acme\\, Inc. signing,O=Acme\\, Inc.,C=IN",
      issuer: "CN=Test Issuing CA,O=Test Domain Trust,C=IN",
      subjectAttributes: { C: ["IN"], O: ["Acme, Inc."], CN: ["Acme, Inc. signing"] },
      organization: "Acme, Inc.",
      commonName: "Acme, Inc. signing",
      thumbprintSha256: leaf.cert.thumbprint,
      publicKey: { type: "RSA", bits: 2048, curve: null },
      signatureAlgorithm: "ecdsa-with-SHA256",
      isCA: false,
      pathLen: null,
      keyUsage: ["digitalSignature"],
      extendedKeyUsage: ["clientAuth"],
      subjectAltNames: ["DNS:api.acme.example", "email:pki@acme.example", "IP:192.0.2.1"],
      selfIssued: false,
      selfSigned: false,
    });
    expect(d.serialNumber).toMatch(/^[0-9a-f]+$/);
    expect(new Date(d.notAfter).getTime()).toBeGreaterThan(new Date(d.notBefore).getTime());
    expect(d.thumbprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.extensions).toEqual(
      expect.arrayContaining([
        { oid: "2.5.29.19", name: "basicConstraints", critical: true },
        { oid: "2.5.29.15", name: "keyUsage", critical: true },
        { oid: "2.5.29.37", name: "extKeyUsage", critical: false },
        { oid: "2.5.29.17", name: "subjectAltName", critical: false },
      ]),
    );
    expect(d.authorityKeyIdentifier).toMatch(/^[0-9a-f]{40}$/);

    const r = describeCertificate(root.cert);
    expect(r).toMatchObject({ isCA: true, selfIssued: true, selfSigned: true, publicKey: { type: "EC", bits: 256, curve: "P-256" } });
    expect(r.subjectKeyIdentifier).toBe(r.authorityKeyIdentifier);
  });

  test("pathLen and unknown extensions", async () => {
    const ca = await makeCertificate({ subject: "CA", pathLen: 2, extraExtensions: [extension.raw("1.2.3.4", new Uint8Array([5, 0]), false)] });
    const d = describeCertificate(ca.cert);
    expect(d.pathLen).toBe(2);
    expect(d.extensions).toContainEqual({ oid: "1.2.3.4", name: "unknown", critical: false });
  });
});

describe("names", () => {
  const encode = async (subject: [string, string][]) => (await makeCertificate({ subject })).cert.facts.subject;

  test("RFC 4514 text, most specific first, with escaping", async () => {
    const name = await encode([["C", "IN"], ["O", "#Hash+Plus"], ["CN", " padded "]]);
    expect(name.text).toBe("CN=\\ padded\\ ,O=\\#Hash\\+Plus,C=IN");
  });

  test("comparison ignores case and insignificant spaces, not order", async () => {
    const a = await encode([["C", "IN"], ["O", "Acme  Corp"]]);
    const b = await encode([["C", "in"], ["O", " acme corp "]]);
    const c = await encode([["O", "Acme Corp"], ["C", "IN"]]);
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
  });

  test("multi-valued RDNs are kept and compared as sets", () => {
    // SEQUENCE { SET { CN=a, O=b } } and SEQUENCE { SET { O=b, CN=a } }
    const atv = (oid: number[], value: string) => [0x30, 4 + oid.length + value.length, 0x06, oid.length, ...oid, 0x0c, value.length, ...Array.from(value, (ch) => ch.charCodeAt(0))];
    const cn = atv([0x55, 0x04, 0x03], "a");
    const o = atv([0x55, 0x04, 0x0a], "b");
    const name = (first: number[], second: number[]) => {
      const set = [0x31, first.length + second.length, ...first, ...second];
      return new Uint8Array([0x30, set.length, ...set]);
    };
    const x = parseName(name(cn, o));
    const y = parseName(name(o, cn));
    expect(x.rdns).toHaveLength(1);
    expect(x.text).toBe("CN=a+O=b");
    expect(x.key).toBe(y.key);
  });
});
