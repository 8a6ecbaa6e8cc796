// Deep-merges catalogue sections, so that two domains may both add keys under `errors` or `validation`.
type Section = { [key: string]: string | Section };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export function mergeSections<T extends object[]>(...sections: T): UnionToIntersection<T[number]> {
  const out: Section = {};
  for (const section of sections) merge(out, section as Section);
  return out as UnionToIntersection<T[number]>;
}

function merge(target: Section, source: Section) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === "object" && typeof existing === "object") merge(existing, value);
    else if (typeof value === "object") target[key] = merge({}, value);
    else target[key] = value;
  }
  return target;
}
