// Validates policy JSON against the schemas in ./policy-schemas. Runs in the browser (the JSON editor)
// and on the server, so no node: imports; errors carry a JSON path, a JSON pointer and a plain-English message.
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import authSchema from "./policy-schemas/auth.json" with { type: "json" };
import credentialIssuanceSchema from "./policy-schemas/credential-issuance.json" with { type: "json" };
import dataShareSchema from "./policy-schemas/datashare.json" with { type: "json" };
import mispSchema from "./policy-schemas/misp.json" with { type: "json" };
import { POLICY_TYPES, isPolicyType, type AnyPolicy, type PolicyOf, type PolicyType } from "./policy-types";

/** SPEC 4: "JSON at most 64 KiB", counted in UTF-8 bytes. */
export const POLICY_MAX_BYTES = 64 * 1024;

export const POLICY_SCHEMAS: Readonly<Record<PolicyType, Readonly<Record<string, unknown>>>> = {
  Auth: authSchema,
  DataShare: dataShareSchema,
  CredentialIssuance: credentialIssuanceSchema,
  MISP: mispSchema,
};

export interface PolicyValidationError {
  /** JSONPath of the offending value, e.g. `$.allowedAuthTypes[2].authSubType`; for a missing property, where it belongs. */
  path: string;
  /** The same place as a JSON pointer (RFC 6901), e.g. `/allowedAuthTypes/2/authSubType`; "" is the whole policy. */
  pointer: string;
  message: string;
  /** The JSON Schema keyword that failed, or "syntax", "maxBytes", "policyType", "serializable". */
  keyword: string;
  params: Record<string, unknown>;
  /** MOSIP's code where MOSIP has one (PMS_PV_00x, PMS_POL_023), so MOSIP clients see familiar codes; else PMS_POLICY_TOO_LARGE. */
  code: string;
  /** Set for syntax errors only; 1-based. */
  line?: number;
  column?: number;
}

export type PolicyValidationResult<T extends PolicyType> =
  | { ok: true; policy: PolicyOf<T> }
  | { ok: false; errors: PolicyValidationError[] };

/** Checks a policy given as parsed JSON or as JSON text (parse errors then come with line and column). */
export function validatePolicy<T extends PolicyType>(type: T, input: unknown): PolicyValidationResult<T> {
  if (!isPolicyType(type)) {
    return fail(wholePolicyError("policyType", "PMS_POL_023", `Policy type must be one of ${POLICY_TYPES.join(", ")}.`, { type }));
  }
  const loaded = typeof input === "string" ? parseText(input) : measureValue(input);
  if (!loaded.ok) return loaded;

  const validate = validatorFor(type);
  if (validate(loaded.value)) return { ok: true, policy: loaded.value as PolicyOf<T> };
  return fail((validate.errors ?? []).map((e) => toPolicyError(e, loaded.value)));
}

// ---- compiled validators, one per type, built on first use ----

// verbose: errors then carry their parent schema, from which messages list the allowed property names.
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const validators = new Map<PolicyType, ValidateFunction<AnyPolicy>>();

function validatorFor(type: PolicyType): ValidateFunction<AnyPolicy> {
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.compile<AnyPolicy>(POLICY_SCHEMAS[type]);
    validators.set(type, validate);
  }
  return validate;
}

// ---- size and parsing ----

type Loaded = { ok: true; value: unknown } | { ok: false; errors: PolicyValidationError[] };

function parseText(text: string): Loaded {
  const tooBig = sizeError(text);
  if (tooBig) return fail(tooBig);
  // Editors and Windows tools sometimes prepend a byte-order mark; it is not part of the JSON.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return fail(syntaxError(body, error));
  }
}

function measureValue(value: unknown): Loaded {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    return fail(wholePolicyError("serializable", "PMS_PV_003", "The policy cannot be written as JSON (it is missing, or contains a cycle or a non-JSON value).", {}));
  }
  const tooBig = sizeError(text);
  return tooBig ? fail(tooBig) : { ok: true, value };
}

function sizeError(text: string): PolicyValidationError | undefined {
  // Every UTF-16 code unit takes at least one UTF-8 byte, so very long text is over the limit without counting.
  const countable = text.length <= 3 * POLICY_MAX_BYTES;
  const bytes = countable ? utf8ByteLength(text) : undefined;
  if (bytes !== undefined && bytes <= POLICY_MAX_BYTES) return undefined;
  const shown = bytes === undefined ? `more than ${3 * POLICY_MAX_BYTES}` : String(bytes);
  return wholePolicyError(
    "maxBytes",
    "PMS_POLICY_TOO_LARGE",
    `The policy is ${shown} bytes of JSON; the limit is ${POLICY_MAX_BYTES} bytes (64 KiB).`,
    bytes === undefined ? { limit: POLICY_MAX_BYTES } : { limit: POLICY_MAX_BYTES, bytes },
  );
}

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function syntaxError(text: string, thrown: unknown): PolicyValidationError {
  // Engines word and locate JSON.parse errors differently, so we find the spot ourselves.
  const found = findSyntaxProblem(text) ?? { offset: 0, problem: thrown instanceof Error ? thrown.message : "invalid JSON" };
  const { line, column } = lineAndColumn(text, found.offset);
  return {
    ...wholePolicyError("syntax", "PMS_PV_003", `JSON syntax error at line ${line}, column ${column}: ${found.problem}.`, {
      line,
      column,
      offset: found.offset,
    }),
    line,
    column,
  };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ---- a small JSON scanner that only runs after JSON.parse has failed, to say where and why ----

interface SyntaxProblem {
  offset: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ["true", "false", "null"];

/** Iterative, so deeply nested input cannot overflow the stack. */
function findSyntaxProblem(text: string): SyntaxProblem | undefined {
  const open: string[] = [];
  let i = 0;
  let state: "value" | "key" | "after" = "value";
  let afterComma = false;
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const at = (problem: string): SyntaxProblem => ({ offset: i, problem });

  for (;;) {
    skipSpace();
    const ch = charAt(text, i);
    if (state === "value") {
      if (ch === undefined) return at(open.length || afterComma ? "the text ends where a value was expected" : "the policy text is empty");
      if (afterComma && (ch === "]" || ch === "}")) return at(`trailing comma before '${ch}'`);
      afterComma = false;
      if (ch === "{" || ch === "[") {
        open.push(ch);
        i++;
        skipSpace();
        if (text[i] === (ch === "{" ? "}" : "]")) {
          open.pop();
          i++;
          state = "after";
        } else state = ch === "{" ? "key" : "value";
        continue;
      }
      const scanned = ch === '"' ? scanString(text, i) : scanScalar(text, i);
      if (typeof scanned !== "number") return scanned;
      i = scanned;
      state = "after";
      continue;
    }
    if (state === "key") {
      if (ch === undefined) return at("the text ends where a property name was expected");
      if (ch === "}" && afterComma) return at("trailing comma before '}'");
      if (ch !== '"') return at(`property names must be in double quotes, found ${describe(ch)}`);
      const scanned = scanString(text, i);
      if (typeof scanned !== "number") return scanned;
      i = scanned;
      skipSpace();
      if (text[i] !== ":") return at(`expected ':' after the property name, found ${describe(charAt(text, i))}`);
      i++;
      state = "value";
      afterComma = false;
      continue;
    }
    const container = open[open.length - 1];
    if (container === undefined) return ch === undefined ? undefined : at(`unexpected ${describe(ch)} after the end of the JSON`);
    const close = container === "{" ? "}" : "]";
    if (ch === ",") {
      i++;
      state = container === "{" ? "key" : "value";
      afterComma = true;
    } else if (ch === close) {
      open.pop();
      i++;
    } else if (ch === undefined) {
      return at(`the text ends before the closing '${close}'`);
    } else {
      return at(`expected ',' or '${close}', found ${describe(ch)}`);
    }
  }
}

function scanString(text: string, start: number): number | SyntaxProblem {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') return i + 1;
    if (ch === "\\") {
      const next = charAt(text, i + 1);
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, problem: "'\\u' must be followed by four hex digits" };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return { offset: i, problem: `invalid escape '\\${next ?? ""}' in a string` };
      }
    } else if (ch.charCodeAt(0) < 0x20) {
      return { offset: i, problem: "a string contains a raw line break or control character (write it as \\n, \\t, …)" };
    }
  }
  return { offset: start, problem: "a string is never closed with '\"'" };
}

function scanScalar(text: string, start: number): number | SyntaxProblem {
  NUMBER.lastIndex = start;
  const number = NUMBER.exec(text);
  if (number && number[0] !== "-") return start + number[0].length;
  const literal = LITERALS.find((word) => text.startsWith(word, start));
  if (literal) return start + literal.length;
  const ch = charAt(text, start);
  const hint = ch === "'" ? " (strings need double quotes)" : "";
  return { offset: start, problem: `unexpected ${describe(ch)} where a value was expected${hint}` };
}

function charAt(text: string, index: number): string | undefined {
  return index < text.length ? text[index] : undefined;
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return "the end of the text";
  return ch === "'" ? "a single quote" : `'${ch}'`;
}

// ---- turning Ajv errors into located, plain-English errors ----

type Segment = string | number;

/** MOSIP 1.0 wrote auth policies with these names; current MOSIP rejects them too, so we only explain. */
const LEGACY_NAMES: Readonly<Record<string, string>> = { authPolicies: "allowedAuthTypes" };

const PATTERN_MEANINGS: Readonly<Record<string, string>> = { "^[0-9]+$": 'a whole number written as a string, e.g. "30"' };

function toPolicyError(error: ErrorObject, data: unknown): PolicyValidationError {
  const params = error.params as Record<string, unknown>;
  const here = segmentsOf(error.instancePath, data);
  const at = jsonPath(here);
  const value = valueAt(data, here);
  const { keyword } = error;
  const base = { keyword, params: { ...params } };

  if (keyword === "required") {
    const name = String(params.missingProperty);
    return located([...here, name], base, "PMS_PV_006", `${at} is missing required property '${name}'`);
  }
  if (keyword === "additionalProperties") {
    const name = String(params.additionalProperty);
    const allowed = Object.keys(propertiesOf(error.parentSchema));
    return located([...here, name], base, "PMS_PV_005", `${at} has unknown property '${name}'${unknownPropertyHint(name, allowed)}`);
  }
  if (keyword === "enum") {
    const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
    return located(here, base, "PMS_PV_005", `${at} must be one of ${allowed.map(showValue).join(", ")}`);
  }
  if (keyword === "type") {
    const expected = String(params.type);
    const hint = expected === "string" && typeof value === "number" ? ` (write it in quotes: "${value}")` : "";
    return located(here, base, "PMS_PV_007", `${at} must be ${withArticle(expected)}, not ${withArticle(jsonType(value))}${hint}`);
  }
  if (keyword === "minLength") return located(here, base, "PMS_PV_009", `${at} must not be empty`);
  if (keyword === "minItems") return located(here, base, "PMS_PV_008", `${at} must have at least ${String(params.limit)} item(s)`);
  if (keyword === "minProperties") {
    const allowed = Object.keys(propertiesOf(error.parentSchema));
    return located(here, base, "PMS_PV_005", `${at} must not be empty; give at least one of ${allowed.join(", ")}`);
  }
  if (keyword === "pattern") {
    const pattern = String(params.pattern);
    return located(here, base, "PMS_PV_005", `${at} must be ${PATTERN_MEANINGS[pattern] ?? `text matching ${pattern}`}`);
  }
  return located(here, base, "PMS_PV_005", `${at} ${error.message ?? "is invalid"}`);
}

function located(
  segments: Segment[],
  base: Pick<PolicyValidationError, "keyword" | "params">,
  code: string,
  message: string,
): PolicyValidationError {
  return { path: jsonPath(segments), pointer: jsonPointer(segments), message, code, ...base };
}

function unknownPropertyHint(name: string, allowed: string[]): string {
  const legacy = LEGACY_NAMES[name];
  if (legacy) return ` ('${name}' is MOSIP 1.0's name; use '${legacy}')`;
  const sameButCase = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
  if (sameButCase) return ` (did you mean '${sameButCase}'?)`;
  return allowed.length ? `; allowed here: ${allowed.join(", ")}` : "";
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  if (typeof schema !== "object" || schema === null || !("properties" in schema)) return {};
  const { properties } = schema;
  return typeof properties === "object" && properties !== null ? (properties as Record<string, unknown>) : {};
}

/** Array indexes become numbers by looking at the data, since a pointer alone cannot tell "0" the key from 0 the index. */
function segmentsOf(pointer: string, data: unknown): Segment[] {
  if (pointer === "") return [];
  const segments: Segment[] = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current) && /^(0|[1-9][0-9]*)$/.test(key)) {
      const index = Number(key);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(key);
      current = isRecord(current) ? current[key] : undefined;
    }
  }
  return segments;
}

function valueAt(data: unknown, segments: Segment[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) ? current[segment] : undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function jsonPath(segments: readonly Segment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
  }, "$");
}

export function jsonPointer(segments: readonly Segment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function withArticle(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function showValue(value: unknown): string {
  // Bare words read best ("random, partner, policy"); quote values with spaces ("Data Share") so the list stays clear.
  return typeof value === "string" && /^[\w-]+$/.test(value) ? value : JSON.stringify(value);
}

function wholePolicyError(keyword: string, code: string, message: string, params: Record<string, unknown>): PolicyValidationError {
  return { path: "$", pointer: "", message, keyword, params, code };
}

function fail(errors: PolicyValidationError | PolicyValidationError[]): { ok: false; errors: PolicyValidationError[] } {
  return { ok: false, errors: Array.isArray(errors) ? errors : [errors] };
}
