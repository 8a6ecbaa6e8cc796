import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, OPERATIONS } from "@/lib/openapi";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

describe("OpenAPI document", () => {
  it("documents every method of every REST route under app/v1", () => {
    const root = path.resolve(import.meta.dirname, "../app");
    const documented = new Set(OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`));
    const missing: string[] = [];
    for (const file of routeFiles(path.join(root, "v1"))) {
      const route = `/${path.relative(root, path.dirname(file))}`.replace(/\[(\w+)\]/g, "{$1}");
      if (route === "/v1/openapi.json") continue;
      const source = readFileSync(file, "utf8");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (new RegExp(`export (const|async function|function) ${method}\\b`).test(source) && !documented.has(`${method} ${route}`)) missing.push(`${method} ${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("renders request bodies from the zod schemas", () => {
    const doc = openApiDocument("http://x") as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: { request: { properties: Record<string, unknown> } } } }> } }>> };
    const body = doc.paths["/v1/partnermanager/partners"]?.post?.requestBody?.content["application/json"]?.schema.properties.request.properties;
    expect(Object.keys(body ?? {})).toEqual(expect.arrayContaining(["partnerId", "organizationName", "emailId", "partnerType", "policyGroup"]));
  });
});
