import { describe, expect, it } from "vitest";
import demoAuth from "./examples/demo-auth.json" with { type: "json" };
import demoPrint from "./examples/demo-credential-print.json" with { type: "json" };
import demoMisp from "./examples/demo-misp.json" with { type: "json" };
import { diffPolicies } from "./policy-diff";
import type { PolicyOf, PolicyType } from "./policy-types";
import { validatePolicy } from "./validate-policy";

function load<T extends PolicyType>(type: T, json: unknown): PolicyOf<T> {
  const result = validatePolicy(type, json);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.policy;
}

/** A deep copy, as a clone would be. */
const copy = <T>(value: T): T => structuredClone(value);

function find<T>(items: T[], match: (item: T) => boolean): T {
  const found = items.find(match);
  if (found === undefined) throw new Error("fixture changed: item not found");
  return found;
}

describe("diffPolicies", () => {
  it("finds no difference between a clone and its source, even reordered", () => {
    const source = load("Auth", demoAuth);
    const clone = copy(source);
    clone.allowedAuthTypes.reverse();
    clone.allowedKycAttributes.reverse();
    expect(diffPolicies("Auth", source, clone)).toEqual({ type: "Auth", identical: true, settings: [], items: [] });
  });

  it("reports auth types, KYC attributes and languages added, removed and changed", () => {
    const source = load("Auth", demoAuth);
    const clone = copy(source);
    clone.authTokenType = "random";
    clone.allowedAuthTypes = clone.allowedAuthTypes.filter((a) => a.authSubType !== "IRIS");
    find(clone.allowedAuthTypes, (a) => a.authSubType === "FINGER").mandatory = true;
    clone.allowedAuthTypes.push({ authType: "kycexchange", mandatory: false });
    clone.allowedKycAttributes = [{ attributeName: "fullName" }, { attributeName: "phone" }];
    clone.kycLanguages = ["eng"];

    const diff = diffPolicies("Auth", source, clone);
    expect(diff.identical).toBe(false);
    expect(diff.settings).toEqual([{ path: "$.authTokenType", setting: "authTokenType", before: "partner", after: "random" }]);
    expect(diff.items.map((i) => [i.list, i.key, i.change])).toEqual([
      ["allowedAuthTypes", "bio:FINGER", "changed"],
      ["allowedAuthTypes", "bio:IRIS", "removed"],
      ["allowedAuthTypes", "kycexchange", "added"],
      ["allowedKycAttributes", "gender", "removed"],
      ["allowedKycAttributes", "dateOfBirth", "removed"],
      ["allowedKycAttributes", "residenceStatus", "removed"],
      ["allowedKycAttributes", "phone", "added"],
      ["kycLanguages", "fra", "removed"],
    ]);
    expect(diff.items[0].fields).toEqual([{ field: "mandatory", before: false, after: true }]);
    expect(diff.items[1].before).toEqual({ authType: "bio", authSubType: "IRIS", mandatory: false });
    expect(diff.items[2].after).toEqual({ authType: "kycexchange", mandatory: false });
  });

  it("treats an empty and an absent authSubType as the same auth type", () => {
    const source = load("Auth", { authTokenType: "policy", allowedAuthTypes: [{ authType: "otp", authSubType: "", mandatory: false }], allowedKycAttributes: [] });
    const clone = load("Auth", { authTokenType: "policy", allowedAuthTypes: [{ authType: "otp", mandatory: false }], allowedKycAttributes: [] });
    expect(diffPolicies("Auth", source, clone).identical).toBe(true);
  });

  it("compares shareable attributes field by field and data-share settings one by one", () => {
    const source = load("CredentialIssuance", demoPrint);
    const clone = copy(source);
    clone.dataSharePolicies.validForInMinutes = "60";
    clone.dataSharePolicies.protocol = "https";
    const photo = find(clone.shareableAttributes, (a) => a.attributeName === "photo");
    photo.source[0].filter = [{ type: "Face" }, { type: "Iris" }];
    photo.format = "extraction";
    clone.shareableAttributes = clone.shareableAttributes.filter((a) => a.attributeName !== "UIN");
    clone.shareableAttributes.push({ attributeName: "email", source: [{ attribute: "email" }], encrypted: true });

    const diff = diffPolicies("CredentialIssuance", source, clone);
    expect(diff.settings).toEqual([
      { path: "$.dataSharePolicies.validForInMinutes", setting: "validForInMinutes", before: "30", after: "60" },
      { path: "$.dataSharePolicies.protocol", setting: "protocol", before: undefined, after: "https" },
    ]);
    expect(diff.items.map((i) => [i.key, i.change])).toEqual([
      ["UIN", "removed"],
      ["photo", "changed"],
      ["email", "added"],
    ]);
    expect(diff.items[1].fields).toEqual([
      {
        field: "source",
        before: [{ attribute: "individualBiometrics", filter: [{ type: "Face" }] }],
        after: [{ attribute: "individualBiometrics", filter: [{ type: "Face" }, { type: "Iris" }] }],
      },
      { field: "format", before: undefined, after: "extraction" },
    ]);
  });

  it("keeps repeated attribute names apart instead of losing one", () => {
    const source = load("DataShare", demoPrint);
    const clone = copy(source);
    clone.shareableAttributes.push({ attributeName: "fullName", source: [{ attribute: "fullName" }], encrypted: true });
    const diff = diffPolicies("DataShare", source, clone);
    expect(diff.items).toEqual([
      { list: "shareableAttributes", key: "fullName#2", change: "added", after: { attributeName: "fullName", source: [{ attribute: "fullName" }], encrypted: true }, fields: [] },
    ]);
  });

  it("reports MISP flags as settings, including ones only one side sets", () => {
    const source = load("MISP", demoMisp);
    const { allowVciRequestDelegation: _dropped, ...rest } = copy(source);
    const clone = { ...rest, allowKycRequestDelegation: false, allowOTPRequestDelegation: true };
    expect(diffPolicies("MISP", source, clone).settings).toEqual([
      { path: "$.allowKycRequestDelegation", setting: "allowKycRequestDelegation", before: true, after: false },
      { path: "$.allowVciRequestDelegation", setting: "allowVciRequestDelegation", before: false, after: undefined },
      { path: "$.allowOTPRequestDelegation", setting: "allowOTPRequestDelegation", before: undefined, after: true },
    ]);
  });
});
