import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { POLICY_TYPE_TO_DB, POLICY_TYPES, policyTypeFromDb, policyTypeFromMosip, type PolicyType } from "./policy-types";
import { POLICY_MAX_BYTES, POLICY_SCHEMAS, validatePolicy, type PolicyValidationError } from "./validate-policy";

const EXAMPLES = fileURLToPath(new URL("./examples/", import.meta.url));
const TYPE_BY_TOKEN: Record<string, PolicyType> = { auth: "Auth", datashare: "DataShare", credential: "CredentialIssuance", misp: "MISP" };

function examples(): { file: string; type: PolicyType; text: string }[] {
  return readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ file, type: TYPE_BY_TOKEN[/^[a-z]+-([a-z]+)/.exec(file)?.[1] ?? ""], text: readFileSync(EXAMPLES + file, "utf8") }));
}

function errorsOf(type: PolicyType, input: unknown): PolicyValidationError[] {
  const result = validatePolicy(type, input);
  if (result.ok) throw new Error("expected the policy to be rejected");
  return result.errors;
}

const validAuth = () => ({
  authTokenType: "policy",
  allowedAuthTypes: [
    { authType: "otp", authSubType: "", mandatory: false },
    { authType: "bio", authSubType: "FINGER", mandatory: true },
  ],
  allowedKycAttributes: [{ attributeName: "fullName" }],
});

const validDataShare = () => ({
  dataSharePolicies: {
    typeOfShare: "Data Share",
    validForInMinutes: "30",
    transactionsAllowed: "2",
    encryptionType: "Partner Based",
    shareDomain: "datashare.datashare",
    source: "ID Repository",
  },
  shareableAttributes: [{ attributeName: "fullName", source: [{ attribute: "fullName", filter: [{ language: "eng" }] }], encrypted: false }],
});

// MOSIP's own seed (pms-auth_policy.csv, mpolicy-default-mobile, develop 5eead21f): note ",," after "encrypted":false.
const MOSIP_MOBILE_SEED_AS_SHIPPED =
  "{\"shareableAttributes\":[{\"attributeName\":\"fullName\",\"source\":[{\"attribute\":\"fullName\"}],\"encrypted\":false},{\"a" +
  "ttributeName\":\"dateOfBirth\",\"source\":[{\"attribute\":\"dateOfBirth\"}],\"encrypted\":false,,\"format\":\"YYYY\"},{\"attri" +
  "buteName\":\"gender\",\"source\":[{\"attribute\":\"gender\"}],\"encrypted\":false},{\"attributeName\":\"phone\",\"source\":[{\"a" +
  "ttribute\":\"phone\"}],\"encrypted\":false},{\"attributeName\":\"email\",\"source\":[{\"attribute\":\"email\"}],\"encrypted\":f" +
  "alse},{\"attributeName\":\"addressLine1\",\"source\":[{\"attribute\":\"addressLine1\"}],\"encrypted\":false},{\"attributeNa" +
  "me\":\"addressLine2\",\"source\":[{\"attribute\":\"addressLine2\"}],\"encrypted\":false},{\"attributeName\":\"addressLine3\"," +
  "\"source\":[{\"attribute\":\"addressLine3\"}],\"encrypted\":false},{\"attributeName\":\"region\",\"source\":[{\"attribute\":\"r" +
  "egion\"}],\"encrypted\":false},{\"attributeName\":\"province\",\"source\":[{\"attribute\":\"province\"}],\"encrypted\":false}" +
  ",{\"attributeName\":\"city\",\"source\":[{\"attribute\":\"city\"}],\"encrypted\":false},{\"attributeName\":\"UIN\",\"source\":[{" +
  "\"attribute\":\"UIN\"}],\"encrypted\":false},{\"attributeName\":\"postalCode\",\"source\":[{\"attribute\":\"postalCode\"}],\"en" +
  "crypted\":false},{\"attributeName\":\"biometrics\",\"group\":\"CBEFF\",\"source\":[{\"attribute\":\"individualBiometrics\",\"f" +
  "ilter\":[{\"type\":\"Face\"}]}],\"encrypted\":false,\"format\":\"extraction\"}],\"dataSharePolicies\":{\"typeOfShare\":\"direc" +
  "t\",\"validForInMinutes\":\"30\",\"transactionsAllowed\":\"2\",\"encryptionType\":\"Partner Based\",\"shareDomain\":\"datashar" +
  "e.datashare\",\"source\":\"ID Repository\"}}";

describe("MOSIP's and our example policies", () => {
  const all = examples();

  it("has examples of every type, MOSIP's among them", () => {
    expect(new Set(all.map((e) => e.type))).toEqual(new Set(POLICY_TYPES));
    expect(all.filter((e) => e.file.startsWith("mosip-")).length).toBeGreaterThanOrEqual(20);
    expect(all.every((e) => e.type !== undefined)).toBe(true);
  });

  it.each(examples().map((e) => [e.file, e] as const))("%s loads unchanged, as text and as parsed JSON", (_file, example) => {
    const fromText = validatePolicy(example.type, example.text);
    expect(fromText.ok ? [] : fromText.errors).toEqual([]);
    const parsed: unknown = JSON.parse(example.text);
    const fromValue = validatePolicy(example.type, parsed);
    expect(fromValue).toEqual({ ok: true, policy: parsed });
  });

  it("returns the very object it was given", () => {
    const policy = validAuth();
    const result = validatePolicy("Auth", policy);
    expect(result.ok && result.policy).toBe(policy);
  });
});

describe("schema errors name the JSON path", () => {
  it("reports a missing required property at its place, with the parent in the message", () => {
    const policy = validAuth();
    const { mandatory: _dropped, ...withoutMandatory } = policy.allowedAuthTypes[0];
    const errors = errorsOf("Auth", { ...policy, allowedAuthTypes: [withoutMandatory] });
    expect(errors).toEqual([
      {
        path: "$.allowedAuthTypes[0].mandatory",
        pointer: "/allowedAuthTypes/0/mandatory",
        message: "$.allowedAuthTypes[0] is missing required property 'mandatory'",
        keyword: "required",
        params: { missingProperty: "mandatory" },
        code: "PMS_PV_006",
      },
    ]);
  });

  it("lists the allowed values of an enum", () => {
    const [error] = errorsOf("Auth", { ...validAuth(), authTokenType: "Policy" });
    expect(error.path).toBe("$.authTokenType");
    expect(error.message).toBe("$.authTokenType must be one of random, partner, policy");
    expect(error.code).toBe("PMS_PV_005");
  });

  it("quotes enum values that contain spaces", () => {
    const policy = validDataShare();
    const [error] = errorsOf("DataShare", { ...policy, dataSharePolicies: { ...policy.dataSharePolicies, typeOfShare: "data share" } });
    expect(error.message).toBe('$.dataSharePolicies.typeOfShare must be one of "Data Share", direct');
  });

  it("reports every error at once (allErrors), deep in arrays", () => {
    const policy = validAuth();
    const errors = errorsOf("Auth", {
      ...policy,
      allowedAuthTypes: [policy.allowedAuthTypes[0], policy.allowedAuthTypes[1], { authType: "bio", authSubType: 7, mandatory: "no" }],
      kycLanguages: ["eng", ""],
    });
    expect(errors.map((e) => [e.path, e.keyword])).toEqual(
      expect.arrayContaining([
        ["$.allowedAuthTypes[2].authSubType", "type"],
        ["$.allowedAuthTypes[2].mandatory", "type"],
        ["$.kycLanguages[1]", "minLength"],
      ]),
    );
    expect(errors).toHaveLength(3);
    const subType = errors.find((e) => e.path === "$.allowedAuthTypes[2].authSubType");
    expect(subType?.message).toBe('$.allowedAuthTypes[2].authSubType must be a string, not a number (write it in quotes: "7")');
    expect(subType?.pointer).toBe("/allowedAuthTypes/2/authSubType");
    expect(subType?.code).toBe("PMS_PV_007");
  });

  it("rejects properties SPEC 4 does not allow, and explains MOSIP 1.0 names and case slips", () => {
    const errors = errorsOf("Auth", { ...validAuth(), authPolicies: [], allowedKYCAttributes: [], "partner-name": "x" });
    expect(errors.map((e) => e.message)).toEqual([
      "$ has unknown property 'authPolicies' ('authPolicies' is MOSIP 1.0's name; use 'allowedAuthTypes')",
      "$ has unknown property 'allowedKYCAttributes' (did you mean 'allowedKycAttributes'?)",
      "$ has unknown property 'partner-name'; allowed here: authTokenType, allowedAuthTypes, allowedKycAttributes, kycLanguages",
    ]);
    expect(errors.map((e) => e.path)).toEqual(["$.authPolicies", "$.allowedKYCAttributes", '$["partner-name"]']);
  });

  it("rejects MOSIP 1.0's per-attribute 'required' flag, which current MOSIP rejects too", () => {
    const errors = errorsOf("Auth", { ...validAuth(), allowedKycAttributes: [{ attributeName: "fullName", required: true }] });
    expect(errors.map((e) => e.path)).toEqual(["$.allowedKycAttributes[0].required"]);
  });

  it("wants MOSIP's numbers-as-strings for validity and transactions", () => {
    const policy = validDataShare();
    const errors = errorsOf("DataShare", {
      ...policy,
      dataSharePolicies: { ...policy.dataSharePolicies, validForInMinutes: 30, transactionsAllowed: "two" },
    });
    expect(errors.map((e) => e.message)).toEqual([
      '$.dataSharePolicies.validForInMinutes must be a string, not a number (write it in quotes: "30")',
      '$.dataSharePolicies.transactionsAllowed must be a whole number written as a string, e.g. "30"',
    ]);
  });

  it("checks shareable attributes, their sources and filters", () => {
    const policy = validDataShare();
    const errors = errorsOf("CredentialIssuance", {
      ...policy,
      shareableAttributes: [
        { attributeName: "photo", group: "CBEFF", source: [{ attribute: "individualBiometrics", filter: [{}, { type: "Finger", subType: "Left Thumb" }] }] },
      ],
    });
    expect(errors.map((e) => [e.path, e.keyword])).toEqual([
      ["$.shareableAttributes[0].encrypted", "required"],
      ["$.shareableAttributes[0].source[0].filter[0]", "minProperties"],
      ["$.shareableAttributes[0].source[0].filter[1].subType", "type"],
    ]);
    expect(errors[1].message).toBe("$.shareableAttributes[0].source[0].filter[0] must not be empty; give at least one of type, subType, language");
  });

  it("requires the three MISP delegation flags", () => {
    const errors = errorsOf("MISP", { allowAuthRequestDelegation: true, allowKycRequestDelegation: "true" });
    expect(errors.map((e) => e.message)).toEqual([
      "$ is missing required property 'allowKeyBindingDelegation'",
      "$.allowKycRequestDelegation must be a boolean, not a string",
    ]);
  });

  it("rejects MOSIP's 2023 eSignet MISP seed, which predates the required key-binding flag (MOSIP's schema rejects it too)", () => {
    const seed = { allowAuthRequestDelegation: true, allowKycRequestDelegation: true, trustBindedAuthVerificationToken: true };
    expect(errorsOf("MISP", seed).map((e) => e.path)).toEqual(["$.allowKeyBindingDelegation"]);
  });

  it("rejects a policy that is not an object", () => {
    expect(errorsOf("Auth", [])[0].message).toBe("$ must be an object, not an array");
    expect(errorsOf("MISP", "null")[0].message).toBe("$ must be an object, not null");
  });

  it("refuses an unknown policy type given at run time", () => {
    const [error] = errorsOf("Datashare" as PolicyType, validDataShare());
    expect(error).toMatchObject({ keyword: "policyType", code: "PMS_POL_023", path: "$" });
  });
});

describe("size cap", () => {
  const padded = (bytes: number, filler = "a") => {
    const policy = { ...validAuth(), kycLanguages: [""] };
    const base = JSON.stringify(policy).length;
    policy.kycLanguages = [filler.repeat(Math.floor((bytes - base) / new TextEncoder().encode(filler).length))];
    return JSON.stringify(policy);
  };

  it("accepts exactly 64 KiB and refuses one byte more", () => {
    const atLimit = padded(POLICY_MAX_BYTES);
    expect(new TextEncoder().encode(atLimit).length).toBe(POLICY_MAX_BYTES);
    expect(validatePolicy("Auth", atLimit).ok).toBe(true);
    const [error] = errorsOf("Auth", atLimit.replace('["a', '["aa'));
    expect(error).toMatchObject({ keyword: "maxBytes", path: "$", pointer: "", params: { limit: 65536, bytes: 65537 } });
    expect(error.message).toBe("The policy is 65537 bytes of JSON; the limit is 65536 bytes (64 KiB).");
  });

  it("counts UTF-8 bytes, not characters", () => {
    const text = padded(POLICY_MAX_BYTES, "é");
    expect(text.length).toBeLessThan(POLICY_MAX_BYTES);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(POLICY_MAX_BYTES);
    expect(validatePolicy("Auth", text).ok).toBe(true);
    const over = text.replace("[\"é", "[\"éé");
    expect(errorsOf("Auth", over)[0].keyword).toBe("maxBytes");
  });

  it("measures a parsed policy by its JSON text", () => {
    const policy: unknown = JSON.parse(padded(POLICY_MAX_BYTES + 10));
    expect(errorsOf("Auth", policy)[0].keyword).toBe("maxBytes");
  });

  it("refuses huge text without parsing it", () => {
    const [error] = errorsOf("Auth", `{"x":"${"a".repeat(10 * POLICY_MAX_BYTES)}`);
    expect(error.keyword).toBe("maxBytes");
    expect(error.message).toBe("The policy is more than 196608 bytes of JSON; the limit is 65536 bytes (64 KiB).");
  });

  it("refuses values that are not JSON", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorsOf("Auth", cyclic)[0]).toMatchObject({ keyword: "serializable", code: "PMS_PV_003" });
    expect(errorsOf("Auth", undefined)[0].keyword).toBe("serializable");
  });
});

describe("JSON text with a syntax error", () => {
  it("reports line and column of a trailing comma in pretty-printed JSON", () => {
    const text = '{\n  "authTokenType": "policy",\n  "allowedAuthTypes": [],\n  "allowedKycAttributes": [],\n}';
    const [error] = errorsOf("Auth", text);
    expect(error).toMatchObject({ keyword: "syntax", code: "PMS_PV_003", path: "$", line: 5, column: 1 });
    expect(error.message).toBe("JSON syntax error at line 5, column 1: trailing comma before '}'.");
  });

  it("locates the stray comma in MOSIP's shipped mobile seed", () => {
    const [error] = errorsOf("DataShare", MOSIP_MOBILE_SEED_AS_SHIPPED);
    expect(error).toMatchObject({ line: 1, column: 196, params: { line: 1, column: 196, offset: 195 } });
    expect(error.message).toBe("JSON syntax error at line 1, column 196: property names must be in double quotes, found ','.");
  });

  it.each([
    ['{"a" 1}', 1, 6, "expected ':' after the property name, found '1'"],
    ["{'a': 1}", 1, 2, "property names must be in double quotes, found a single quote"],
    ['{"a": \'x\'}', 1, 7, "unexpected a single quote where a value was expected (strings need double quotes)"],
    ['{"a": [1, 2}', 1, 12, "expected ',' or ']', found '}'"],
    ['{\n"a": tru\n}', 2, 6, "unexpected 't' where a value was expected"],
    ['{"a": "x\ny"}', 1, 9, "a string contains a raw line break or control character (write it as \\n, \\t, …)"],
    ['{"a": "\\q"}', 1, 8, "invalid escape '\\q' in a string"],
    ['{"a": "open', 1, 7, "a string is never closed with '\"'"],
    ['{"a": 1} {}', 1, 10, "unexpected '{' after the end of the JSON"],
    ['{"a": {', 1, 8, "the text ends where a property name was expected"],
    ["[[[[", 1, 5, "the text ends where a value was expected"],
    ["   ", 1, 4, "the policy text is empty"],
  ])("%j → line %i, column %i", (text, line, column, problem) => {
    const [error] = errorsOf("MISP", text);
    expect(error.message).toBe(`JSON syntax error at line ${line}, column ${column}: ${problem}.`);
  });

  it("survives very deep nesting", () => {
    expect(errorsOf("MISP", "[".repeat(60_000))[0].keyword).toBe("syntax");
  });

  it("ignores a leading byte-order mark", () => {
    expect(validatePolicy("MISP", '\uFEFF{"allowAuthRequestDelegation":true,"allowKycRequestDelegation":true,"allowKeyBindingDelegation":false}').ok).toBe(true);
  });
});

describe("schemas", () => {
  it("are draft-07 and carry MOSIP's field names", () => {
    for (const type of POLICY_TYPES) expect(POLICY_SCHEMAS[type].$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(POLICY_SCHEMAS.Auth.properties as object)).toEqual(["authTokenType", "allowedAuthTypes", "allowedKycAttributes", "kycLanguages"]);
  });

  it("give CredentialIssuance the same rules as DataShare, as MOSIP does", () => {
    const strip = ({ $id: _id, title: _title, description: _description, ...rules }: Readonly<Record<string, unknown>>) => rules;
    expect(strip(POLICY_SCHEMAS.CredentialIssuance)).toEqual(strip(POLICY_SCHEMAS.DataShare));
  });
});

describe("policy type names", () => {
  it("accepts MOSIP's spellings case-insensitively", () => {
    expect(policyTypeFromMosip("Datashare")).toBe("DataShare");
    expect(policyTypeFromMosip(" misp ")).toBe("MISP");
    expect(policyTypeFromMosip("credentialissuance")).toBe("CredentialIssuance");
    expect(policyTypeFromMosip("Biometric")).toBeUndefined();
  });

  it("map one to one onto the database enum", () => {
    for (const type of POLICY_TYPES) expect(policyTypeFromDb(POLICY_TYPE_TO_DB[type])).toBe(type);
    expect(new Set(Object.values(POLICY_TYPE_TO_DB)).size).toBe(POLICY_TYPES.length);
  });
});
