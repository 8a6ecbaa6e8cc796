import { describe, expect, it } from "vitest";
import demoAuth from "./examples/demo-auth.json" with { type: "json" };
import demoPrint from "./examples/demo-credential-print.json" with { type: "json" };
import demoMisp from "./examples/demo-misp.json" with { type: "json" };
import mosipAbis from "./examples/mosip-datashare-pms-dml-abis.json" with { type: "json" };
import mosipEsignet from "./examples/mosip-misp-onboarding-esignet.json" with { type: "json" };
import mosipQrCode from "./examples/mosip-datashare-pms-dml-qrcode.json" with { type: "json" };
import mosipResident from "./examples/mosip-datashare-pms-dml-resident.json" with { type: "json" };
import { summarizePolicy, summaryToEnglish } from "./policy-summary";
import type { PolicyOf, PolicyType } from "./policy-types";
import { validatePolicy } from "./validate-policy";

/** Examples go through the validator, as real input would, which also gives them their policy type. */
function load<T extends PolicyType>(type: T, json: unknown): PolicyOf<T> {
  const result = validatePolicy(type, json);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.policy;
}

describe("Auth summary", () => {
  it("lists auth types, KYC attributes, languages and the token type", () => {
    const summary = summarizePolicy("Auth", load("Auth", demoAuth));
    expect(summary.type).toBe("Auth");
    expect(summary.tokenType).toBe("partner");
    expect(summary.authMethods).toContainEqual({ authType: "bio", authSubType: "FINGER", mandatory: false, biometric: true });
    expect(summary.authMethods).toContainEqual({ authType: "otp", authSubType: null, mandatory: false, biometric: false });
    expect(summary.kycAttributes).toEqual(["fullName", "gender", "dateOfBirth", "residenceStatus"]);
    expect(summary.kycLanguages).toEqual(["eng", "fra"]);
  });

  it("says it in English, including what is mandatory", () => {
    const policy = load("Auth", {
      authTokenType: "random",
      allowedAuthTypes: [
        { authType: "otp", mandatory: false },
        { authType: "bio", authSubType: "FINGER", mandatory: true },
        { authType: "bio", authSubType: "IRIS", mandatory: true },
      ],
      allowedKycAttributes: [{ attributeName: "fullName" }, { attributeName: "dateOfBirth" }],
      kycLanguages: ["eng"],
    });
    expect(summaryToEnglish(summarizePolicy("Auth", policy), "Acme Bank")).toEqual([
      "Acme Bank may use these authentication types: one-time password (OTP), fingerprint and iris.",
      "Every request must include fingerprint and iris.",
      "Through e-KYC, Acme Bank receives fullName and dateOfBirth, in language eng.",
      "Responses identify the person with a random token, different every time, so the partner cannot link requests.",
    ]);
  });

  it("says when no identity data is released", () => {
    const policy = load("Auth", { authTokenType: "policy", allowedAuthTypes: [], allowedKycAttributes: [] });
    expect(summaryToEnglish(summarizePolicy("Auth", policy))).toEqual([
      "The partner may not use any authentication type.",
      "Through e-KYC, the partner receives no identity attributes.",
      "Responses identify the person with a token that is the same for every request under this policy.",
    ]);
  });

  it("names auth types it does not know by their code", () => {
    const policy = load("Auth", { authTokenType: "policy", allowedAuthTypes: [{ authType: "voice", authSubType: "X", mandatory: false }], allowedKycAttributes: [] });
    expect(summaryToEnglish(summarizePolicy("Auth", policy))[0]).toBe("The partner may use these authentication types: voice (X).");
  });
});

describe("DataShare and CredentialIssuance summary", () => {
  it("describes each attribute's source, filters, format and encryption, and the delivery", () => {
    const summary = summarizePolicy("CredentialIssuance", load("CredentialIssuance", demoPrint));
    expect(summary.type).toBe("CredentialIssuance");
    expect(summary.delivery).toEqual({
      typeOfShare: "Data Share",
      viaShareLink: true,
      encryptedWithPartnerKey: true,
      validForMinutes: 30,
      transactionsAllowed: 2,
      shareDomain: "datashare.datashare",
      source: "ID Repository",
      protocol: null,
    });
    expect(summary.attributes.find((a) => a.name === "photo")).toEqual({
      name: "photo",
      group: "CBEFF",
      biometric: true,
      encrypted: true,
      format: null,
      sources: [{ attribute: "individualBiometrics", filters: [{ type: "Face" }] }],
    });
    expect(summaryToEnglish(summary, "National Print Works")).toEqual([
      "In issued credentials, National Print Works receives 5 attributes from ID Repository: UIN, fullName, dateOfBirth, gender and photo.",
      "UIN, not encrypted.",
      "fullName, taken from fullName (in languages eng and fra), not encrypted.",
      "dateOfBirth, formatted as DD/MM/YYYY, not encrypted.",
      "gender, taken from gender (in language eng), not encrypted.",
      "photo (biometric data), taken from individualBiometrics (only Face), encrypted.",
      "The data is shared through a link from datashare.datashare, encrypted with the partner's key; each link is valid for 30 minutes and can be used 2 times.",
    ]);
  });

  it("describes biometric subtypes, several sources and extraction", () => {
    const english = summaryToEnglish(summarizePolicy("DataShare", load("DataShare", mosipAbis)));
    expect(english[1]).toBe(
      "biometrics (biometric data), taken from registration-client/NEW/individualBiometrics (only Iris) and CNIE/verification/biometrics (only Finger), as extracted templates, encrypted.",
    );
    const qr = summaryToEnglish(summarizePolicy("DataShare", load("DataShare", mosipQrCode)));
    expect(qr).toContain("biometrics (biometric data), taken from individualBiometrics (only Face and Finger (Left Thumb, Right Thumb)), as extracted templates, encrypted.");
  });

  it("describes direct delivery without link validity", () => {
    const policy = load("DataShare", mosipQrCode);
    const direct = { ...policy, dataSharePolicies: { ...policy.dataSharePolicies, typeOfShare: "direct" as const, encryptionType: "none" as const, validForInMinutes: "1" } };
    const summary = summarizePolicy("DataShare", direct);
    expect(summary.delivery).toMatchObject({ viaShareLink: false, encryptedWithPartnerKey: false, validForMinutes: 1 });
    expect(summaryToEnglish(summary).at(-1)).toBe("The data is sent directly, not encrypted with the partner's key.");
  });

  it("says when nothing is shared", () => {
    expect(summaryToEnglish(summarizePolicy("DataShare", load("DataShare", mosipResident)))[0]).toBe(
      "Through data shares, the partner receives no identity attributes (source: Print).",
    );
  });
});

describe("MISP summary", () => {
  it("lists allowed and refused delegations", () => {
    const summary = summarizePolicy("MISP", load("MISP", demoMisp));
    expect(summary).toEqual({
      type: "MISP",
      delegations: [
        { delegation: "authRequests", allowed: true },
        { delegation: "kycRequests", allowed: true },
        { delegation: "keyBinding", allowed: true },
        { delegation: "vciRequests", allowed: false },
      ],
      trustsKeyBoundTokens: true,
    });
    expect(summaryToEnglish(summary, "eSignet")).toEqual([
      "On behalf of the partners it serves, eSignet may send authentication requests, send e-KYC requests and bind wallet keys to identities.",
      "It may not request verifiable credentials.",
      "Key-bound tokens from a bound wallet are accepted as proof of authentication.",
    ]);
  });

  it("treats a missing optional flag as not allowed and shows the OTP flag only when set", () => {
    const minimal = summarizePolicy("MISP", load("MISP", { allowAuthRequestDelegation: false, allowKycRequestDelegation: false, allowKeyBindingDelegation: false }));
    expect(minimal.delegations.map((d) => d.delegation)).toEqual(["authRequests", "kycRequests", "keyBinding", "vciRequests"]);
    expect(summaryToEnglish(minimal, "the MISP")).toEqual([
      "The MISP may not act on behalf of the partners it serves.",
      "Key-bound tokens are not accepted as proof of authentication.",
    ]);
    const withOtp = summarizePolicy("MISP", load("MISP", { ...mosipEsignet, allowOTPRequestDelegation: true }));
    expect(withOtp.delegations.at(-1)).toEqual({ delegation: "otpRequests", allowed: true });
  });
});
