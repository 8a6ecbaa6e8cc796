// Attribute-by-attribute difference between two policies of one type (e.g. a clone and its source).
// Lists are compared by key, not position, so reordering alone is no change.
import type {
  AllowedAuthType,
  AuthPolicy,
  DataSharePolicy,
  MispPolicy,
  PolicyOf,
  PolicyType,
  ShareableAttribute,
} from "./policy-types";

export type ChangeKind = "added" | "removed" | "changed";

/** A single setting (authTokenType, a dataSharePolicies field, a MISP flag); undefined means absent. */
export interface SettingChange {
  path: string;
  setting: string;
  before: unknown;
  after: unknown;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type PolicyList = "allowedAuthTypes" | "allowedKycAttributes" | "kycLanguages" | "shareableAttributes";

export interface ItemChange {
  list: PolicyList;
  /** attributeName, language, or authType / authType:authSubType; repeats get "#2", "#3"… */
  key: string;
  change: ChangeKind;
  before?: unknown;
  after?: unknown;
  /** For "changed": which fields differ. */
  fields: FieldChange[];
}

export interface PolicyDiff {
  type: PolicyType;
  identical: boolean;
  settings: SettingChange[];
  items: ItemChange[];
}

export function diffPolicies<T extends PolicyType>(type: T, before: PolicyOf<T>, after: PolicyOf<T>): PolicyDiff;
export function diffPolicies(type: PolicyType, before: PolicyOf<PolicyType>, after: PolicyOf<PolicyType>): PolicyDiff {
  const parts = partsFor(type, before, after);
  return { type, identical: parts.settings.length === 0 && parts.items.length === 0, ...parts };
}

type Parts = Pick<PolicyDiff, "settings" | "items">;

function partsFor(type: PolicyType, before: PolicyOf<PolicyType>, after: PolicyOf<PolicyType>): Parts {
  switch (type) {
    case "Auth":
      return diffAuth(before as AuthPolicy, after as AuthPolicy);
    case "DataShare":
    case "CredentialIssuance":
      return diffDataShare(before as DataSharePolicy, after as DataSharePolicy);
    case "MISP":
      return { settings: diffSettings("$", before as MispPolicy, after as MispPolicy), items: [] };
  }
}

export function authTypeKey(entry: Pick<AllowedAuthType, "authType" | "authSubType">): string {
  // MOSIP writes "" or nothing for types without a subtype; both mean the same.
  return entry.authSubType ? `${entry.authType}:${entry.authSubType}` : entry.authType;
}

function diffAuth(before: AuthPolicy, after: AuthPolicy): Parts {
  return {
    settings: diffSettings("$", { authTokenType: before.authTokenType }, { authTokenType: after.authTokenType }),
    items: [
      ...diffList("allowedAuthTypes", before.allowedAuthTypes, after.allowedAuthTypes, authTypeKey, ["mandatory"]),
      ...diffList("allowedKycAttributes", before.allowedKycAttributes, after.allowedKycAttributes, (a) => a.attributeName, []),
      ...diffList("kycLanguages", before.kycLanguages ?? [], after.kycLanguages ?? [], (l) => l, []),
    ],
  };
}

const SHAREABLE_FIELDS: readonly (keyof ShareableAttribute)[] = ["group", "source", "encrypted", "format"];

function diffDataShare(before: DataSharePolicy, after: DataSharePolicy): Parts {
  return {
    settings: diffSettings("$.dataSharePolicies", before.dataSharePolicies, after.dataSharePolicies),
    items: diffList("shareableAttributes", before.shareableAttributes, after.shareableAttributes, (a) => a.attributeName, SHAREABLE_FIELDS),
  };
}

function diffSettings<S extends object>(parent: string, before: S, after: S): SettingChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return unionKeys(b, a)
    .filter((key) => !sameJson(b[key], a[key]))
    .map((key) => ({ path: `${parent}.${key}`, setting: key, before: b[key], after: a[key] }));
}

function diffList<I extends object | string>(list: PolicyList, before: readonly I[], after: readonly I[], keyOf: (item: I) => string, fields: readonly (keyof I)[]): ItemChange[] {
  const was = keyed(before, keyOf);
  const now = keyed(after, keyOf);
  const changes: ItemChange[] = [];
  for (const [key, { item }] of was) {
    const found = now.get(key);
    if (!found) {
      changes.push({ list, key, change: "removed", before: item, fields: [] });
      continue;
    }
    const next = found.item;
    const differing = fields
      .filter((f) => !sameJson(item[f], next[f]))
      .map((f) => ({ field: String(f), before: item[f], after: next[f] }));
    if (differing.length) changes.push({ list, key, change: "changed", before: item, after: next, fields: differing });
  }
  for (const [key, { item }] of now) {
    if (!was.has(key)) changes.push({ list, key, change: "added", after: item, fields: [] });
  }
  return changes;
}

/** Keeps policy order; a repeated key gets "#2", "#3"… so every entry is still compared. */
function keyed<I>(items: readonly I[], keyOf: (item: I) => string): Map<string, { item: I }> {
  // Boxed so a lookup miss (undefined) cannot be confused with an item.
  const map = new Map<string, { item: I }>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const base = keyOf(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    map.set(count === 1 ? base : `${base}#${count}`, { item });
  }
  return map;
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** Structural equality of JSON values, ignoring object key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = unionKeys(ra, rb);
  return keys.every((k) => sameJson(ra[k], rb[k]));
}
