import { describe, expect, test } from "vitest";
import { toBase64 } from "./bytes";
import { encodePem } from "./pem";
import { MAX_INPUT_BYTES, parseCertificateInput } from "./parse";
import { buildCertsOnlyPkcs7, pkcs7ToPem } from "./pkcs7";
import { makeHierarchy } from "./testing";

const chain = await makeHierarchy({ organization: "Parse Co" });
const { leaf, intermediate, root } = chain;

function urlSafe(base64: string): string {
  return base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

describe("input forms", () => {
  test("one PEM certificate", async () => {
    const r = await parseCertificateInput(leaf.pem);
    expect(r).toMatchObject({ ok: true, format: "PEM", findings: [] });
    expect(r.certificates.map((c) => c.thumbprint)).toEqual([leaf.cert.thumbprint]);
  });

  test("several PEM certificates, with the text OpenSSL puts around them", async () => {
    const text = `subject=CN=leaf\n${leaf.pem}\nissuer=...\n${intermediate.pem}${root.pem}`;
    const r = await parseCertificateInput(text);
    expect(r.ok).toBe(true);
    expect(r.certificates.map((c) => c.thumbprint)).toEqual([leaf, intermediate, root].map((c) => c.cert.thumbprint));
  });

  test("PEM with CRLF line ends and a BOM, given as bytes", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${leaf.pem.replace(/\n/g, "\r\n")}`);
    const r = await parseCertificateInput(bytes);
    expect(r).toMatchObject({ ok: true, format: "PEM" });
  });

  test("DER bytes, as Uint8Array and as ArrayBuffer", async () => {
    expect(await parseCertificateInput(leaf.der)).toMatchObject({ ok: true, format: "DER" });
    const buffer = leaf.der.slice().buffer;
    const r = await parseCertificateInput(buffer);
    expect(r).toMatchObject({ ok: true, format: "DER" });
    expect(r.certificates[0].thumbprint).toBe(leaf.cert.thumbprint);
  });

  test("base64 DER text, standard and URL-safe, with line breaks", async () => {
    const b64 = toBase64(leaf.der);
    expect(await parseCertificateInput(b64)).toMatchObject({ ok: true, format: "BASE64_DER" });
    expect(await parseCertificateInput(b64.replace(/(.{76})/g, "$1\n"))).toMatchObject({ ok: true, format: "BASE64_DER" });
    expect(await parseCertificateInput(urlSafe(b64))).toMatchObject({ ok: true, format: "BASE64_DER" });
  });

  test("PKCS#7 bundle as PEM, DER and (URL-safe) base64 keeps every certificate byte for byte", async () => {
    const p7 = buildCertsOnlyPkcs7([leaf.cert, intermediate.cert, root.cert]);
    const expected = [leaf, intermediate, root].map((c) => c.cert.thumbprint);
    for (const [input, format] of [
      [pkcs7ToPem(p7), "PKCS7_PEM"],
      [p7, "PKCS7_DER"],
      [toBase64(p7), "PKCS7_BASE64"],
      [urlSafe(toBase64(p7)), "PKCS7_BASE64"],
    ] as const) {
      const r = await parseCertificateInput(input);
      expect(r, format).toMatchObject({ ok: true, format });
      expect(r.certificates.map((c) => c.thumbprint)).toEqual(expected);
    }
  });

  test("a PKCS#7 PEM may use the CMS label", async () => {
    const r = await parseCertificateInput(encodePem("CMS", buildCertsOnlyPkcs7([root.cert])));
    expect(r).toMatchObject({ ok: true, format: "PKCS7_PEM" });
  });
});

describe("refusals are findings, never throws", () => {
  test("the 64 KiB cap, for text and for bytes", async () => {
    const big = `${leaf.pem}\n${"x".repeat(MAX_INPUT_BYTES)}`;
    const r = await parseCertificateInput(big);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: "PKI_TOO_LARGE", params: { limit: 65536 } });
    expect(r.findings[0].message).toContain("at most 65536 bytes");
    const bytes = await parseCertificateInput(new Uint8Array(MAX_INPUT_BYTES + 1));
    expect(bytes.findings[0].code).toBe("PKI_TOO_LARGE");
    // Multi-byte characters count as bytes, not characters.
    const wide = await parseCertificateInput("é".repeat(MAX_INPUT_BYTES / 2 + 1));
    expect(wide.findings[0].code).toBe("PKI_TOO_LARGE");
  });

  test("exactly 64 KiB is still read", async () => {
    const padded = leaf.pem + " ".repeat(MAX_INPUT_BYTES - leaf.pem.length);
    expect(new TextEncoder().encode(padded).byteLength).toBe(MAX_INPUT_BYTES);
    expect((await parseCertificateInput(padded)).ok).toBe(true);
  });

  test("empty input", async () => {
    for (const input of ["", "   \n", new Uint8Array(0)]) {
      expect((await parseCertificateInput(input)).findings[0].code).toBe("PKI_EMPTY_INPUT");
    }
  });

  test("a private key is refused with a warning, the certificate beside it still read", async () => {
    const r = await parseCertificateInput(`${leaf.pem}${encodePem("PRIVATE KEY", new Uint8Array([1, 2, 3]))}`);
    expect(r.ok).toBe(false);
    expect(r.certificates).toHaveLength(1);
    expect(r.findings).toMatchObject([{ code: "PKI_PRIVATE_KEY_SUBMITTED", certIndex: 1 }]);
    expect(r.findings[0].message).toContain("Never upload a private key");
  });

  test("other PEM labels", async () => {
    const r = await parseCertificateInput(encodePem("CERTIFICATE REQUEST", new Uint8Array([0x30, 0])));
    expect(r.findings[0]).toMatchObject({ code: "PKI_UNSUPPORTED_PEM_LABEL", params: { label: "CERTIFICATE REQUEST" } });
  });

  test("garbage, truncated DER, trailing bytes, bad base64 inside PEM", async () => {
    const cases: (string | Uint8Array)[] = [
      "hello, this is not a certificate",
      leaf.der.slice(0, leaf.der.length - 10),
      new Uint8Array([...leaf.der, 0, 0]),
      "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
      "-----BEGIN CERTIFICATE-----\nMIIB\n",
      new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]),
      new Uint8Array([0xff, 0xfe, 0x00]),
    ];
    for (const input of cases) {
      const r = await parseCertificateInput(input);
      expect(r.ok).toBe(false);
      expect(r.findings[0].code).toBe("PKI_UNPARSABLE");
      expect(r.findings[0].message).toMatch(/could not be read/);
    }
  });

  test("a bundle with no certificates, and a PKCS#7 of another content type", async () => {
    const empty = await parseCertificateInput(buildCertsOnlyPkcs7([]));
    expect(empty.findings[0].code).toBe("PKI_EMPTY_BUNDLE");
    // ContentInfo { id-data, [0] OCTET STRING }
    const data = new Uint8Array([0x30, 0x11, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01, 0xa0, 0x04, 0x04, 0x02, 0x01, 0x02]);
    const other = await parseCertificateInput(data);
    expect(other.findings[0]).toMatchObject({ code: "PKI_UNPARSABLE" });
    expect(other.findings[0].message).toContain("not SignedData");
  });

  test("random bytes never throw", async () => {
    for (let i = 0; i < 200; i++) {
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(1 + (i % 300)));
      if (i % 2 === 0) bytes[0] = 0x30;
      const r = await parseCertificateInput(bytes);
      expect(r.ok).toBe(false);
    }
    // Mutated certificates: flip one byte at a time in the first 200 bytes.
    for (let i = 0; i < 200; i++) {
      const bytes = leaf.der.slice();
      bytes[i] ^= 0x5a;
      const r = await parseCertificateInput(bytes);
      expect(Array.isArray(r.findings)).toBe(true);
    }
  });
});
