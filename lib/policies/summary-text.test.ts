import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { keyPaths, makeTranslate } from "@/lib/i18n/translate";
import demoAuth from "./examples/demo-auth.json" with { type: "json" };
import demoPrint from "./examples/demo-credential-print.json" with { type: "json" };
import demoMisp from "./examples/demo-misp.json" with { type: "json" };
import mosipQr from "./examples/mosip-datashare-pms-dml-qrcode.json" with { type: "json" };
import { summarizePolicy } from "./policy-summary";
import type { PolicyOf, PolicyType } from "./policy-types";
import { describePolicy } from "./summary-text";
import { validatePolicy } from "./validate-policy";

const t = makeTranslate(CATALOGUES.en);

function load<T extends PolicyType>(type: T, json: unknown): PolicyOf<T> {
  const result = validatePolicy(type, json);
  if (!result.ok) throw new Error("invalid example");
  return result.policy;
}

function noKeysLeft(sentences: string[]) {
  for (const s of sentences) {
    expect(s).not.toMatch(/policies\.summary\./);
    expect(s).not.toMatch(/\{\w+\}/);
  }
}

describe("describePolicy (the translatable summary)", () => {
  it("says an auth policy's methods, mandatory ones, e-KYC data with languages, and token", () => {
    const sentences = describePolicy(summarizePolicy("Auth", load("Auth", demoAuth)), t, "en", "Demo Bank Ltd");
    expect(sentences[0]).toBe(
      "Demo Bank Ltd may use these authentication types: requesting a one-time password, one-time password (OTP), demographic data match, fingerprint, iris, face, and e-KYC.",
    );
    expect(sentences[1]).toBe("Through e-KYC, Demo Bank Ltd receives fullName, gender, dateOfBirth, and residenceStatus, in eng and fra.");
    expect(sentences[2]).toContain("same for every request from this partner");
    noKeysLeft(sentences);
  });

  it("says a credential policy's attributes, biometrics, filters, encryption and delivery", () => {
    const sentences = describePolicy(summarizePolicy("CredentialIssuance", load("CredentialIssuance", demoPrint)), t, "en", "partners of print");
    expect(sentences[0]).toMatch(/^In issued credentials, partners of print receives \d+ attributes from ID Repository: /);
    expect(sentences.some((s) => s.startsWith("photo (biometric data): taken from individualBiometrics (only Face), encrypted."))).toBe(true);
    expect(sentences[sentences.length - 1]).toBe(
      "The data is shared through a link from datashare.datashare, encrypted with the partner's key; each link is valid for 30 minutes and can be used 2 times.",
    );
    noKeysLeft(sentences);
    noKeysLeft(describePolicy(summarizePolicy("DataShare", load("DataShare", mosipQr)), t, "en", "x"));
  });

  it("says a MISP policy's delegations", () => {
    const sentences = describePolicy(summarizePolicy("MISP", load("MISP", demoMisp)), t, "en", "the MISP");
    expect(sentences).toEqual([
      "On behalf of the partners it serves, the MISP may send authentication requests, send e-KYC requests, and bind wallet keys to identities.",
      "It may not request verifiable credentials.",
      "Key-bound tokens from a bound wallet are accepted as proof of authentication.",
    ]);
  });

  it("finds every text it uses in the catalogue", () => {
    const keys = new Set(keyPaths(CATALOGUES.en));
    for (const form of ["one", "other"]) {
      expect(keys.has(`policies.summary.delivery.minutes.${form}`)).toBe(true);
      expect(keys.has(`policies.summary.delivery.uses.${form}`)).toBe(true);
    }
  });
});
