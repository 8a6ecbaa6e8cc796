import { describe, expect, it } from "vitest";
import { locateJsonPointer } from "./json-locate";
import { validatePolicy } from "./validate-policy";

const TEXT = `{
  "authTokenType": "policy",
  "allowedAuthTypes": [
    { "authType": "otp", "mandatory": false },
    { "authType": "bio", "authSubType": "FINGER", "mandatory": "yes" }
  ],
  "allowedKycAttributes": []
}`;

describe("locateJsonPointer", () => {
  it("finds nested values by pointer, with line and column", () => {
    const span = locateJsonPointer(TEXT, "/allowedAuthTypes/1/mandatory")!;
    expect(TEXT.slice(span.from, span.to)).toBe('"yes"');
    expect(span).toMatchObject({ line: 5, column: 64 });
    expect(TEXT.slice(locateJsonPointer(TEXT, "/authTokenType")!.from, locateJsonPointer(TEXT, "/authTokenType")!.to)).toBe('"policy"');
    expect(locateJsonPointer(TEXT, "")).toMatchObject({ from: 0, to: TEXT.length, line: 1, column: 1 });
  });

  it("falls back to the nearest existing ancestor for a missing property", () => {
    const span = locateJsonPointer(TEXT, "/allowedAuthTypes/0/authSubType")!;
    expect(TEXT.slice(span.from, span.to)).toBe('{ "authType": "otp", "mandatory": false }');
  });

  it("handles escaped keys and strings with quotes", () => {
    const text = '{"a/b": {"x~y": "say \\"hi\\""}}';
    const span = locateJsonPointer(text, "/a~1b/x~0y")!;
    expect(text.slice(span.from, span.to)).toBe('"say \\"hi\\""');
  });

  it("returns null for text that is not JSON", () => {
    expect(locateJsonPointer("{ not json", "/a")).toBeNull();
  });

  it("locates every error validatePolicy reports", () => {
    const result = validatePolicy("Auth", TEXT);
    if (result.ok) throw new Error("expected errors");
    for (const error of result.errors) expect(locateJsonPointer(TEXT, error.pointer)).not.toBeNull();
  });
});
