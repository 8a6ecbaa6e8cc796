import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

// lib/pki runs in the browser for the pre-flight check: only *.node.ts files and tests may use Node APIs.

test("no node: imports and no Buffer outside *.node.ts and tests", () => {
  const dir = new URL("./", import.meta.url);
  const browserFiles = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".node.ts"));
  expect(browserFiles.length).toBeGreaterThan(10);
  for (const file of browserFiles) {
    const source = readFileSync(new URL(file, dir), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(source, file).not.toMatch(/from\s+["']node:|require\(|\bBuffer\b|\bprocess\./);
  }
});
