import { describe, expect, it } from "vitest";
import { POLICY_TYPES } from "./policy-types";
import { appendIn, formatPolicyJson, parsePolicyObject, policyTemplate, removeIn, setIn, splitList, unwrapPolicyFile } from "./policy-form";
import { validatePolicy } from "./validate-policy";

describe("the form editor's model", () => {
  it("starts every type from a template its schema accepts", () => {
    for (const type of POLICY_TYPES) expect(validatePolicy(type, formatPolicyJson(policyTemplate(type))).ok).toBe(true);
  });

  it("edits immutably, keeps key order, removes on undefined, creates missing containers", () => {
    const before = { a: 1, list: [{ x: 1 }, { x: 2 }], nested: { keep: true } };
    const after = setIn(before, ["list", 1, "x"], 3) as typeof before;
    expect(after.list[1].x).toBe(3);
    expect(before.list[1].x).toBe(2);
    expect(Object.keys(after)).toEqual(["a", "list", "nested"]);
    expect(setIn(before, ["nested", "keep"], undefined)).toEqual({ a: 1, list: [{ x: 1 }, { x: 2 }], nested: {} });
    expect(setIn({}, ["kycLanguages"], ["eng"])).toEqual({ kycLanguages: ["eng"] });
    expect(appendIn(before, ["list"], { x: 9 })).toMatchObject({ list: [{ x: 1 }, { x: 2 }, { x: 9 }] });
    expect(removeIn(before, ["list"], 0)).toMatchObject({ list: [{ x: 2 }] });
    expect(appendIn({}, ["missing"], 1)).toEqual({ missing: [1] });
  });

  it("parses only JSON objects, and takes the policy out of MOSIP request files", () => {
    expect(parsePolicyObject("[1]")).toBeNull();
    expect(parsePolicyObject("{oops")).toBeNull();
    expect(parsePolicyObject('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(unwrapPolicyFile({ request: { name: "x", policies: { a: 1 } } })).toEqual({ policy: { a: 1 }, unwrapped: true });
    expect(unwrapPolicyFile({ policyType: "Auth", policies: { a: 1 } })).toEqual({ policy: { a: 1 }, unwrapped: true });
    expect(unwrapPolicyFile({ policies: { a: 1 } })).toEqual({ policy: { policies: { a: 1 } }, unwrapped: false });
  });

  it("splits comma-separated lists", () => {
    expect(splitList(" eng, fra ,, ara ")).toEqual(["eng", "fra", "ara"]);
  });
});
