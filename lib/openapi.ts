// The OpenAPI document of the REST API, generated from the same zod schemas the route handlers parse with.
import { z } from "zod";
import { useridPwdSchema } from "@/lib/auth/schemas";
import { adminPartnersQuerySchema, mosipRegisterPartnerSchema, partnerStatusPatchSchema } from "@/lib/partners/mosip";

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface Operation {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** Who may call it; "public" needs no token. */
  security: "public" | "token" | "optional";
  body?: z.ZodType;
  query?: z.ZodType;
}

export const OPERATIONS: Operation[] = [
  { method: "post", path: "/v1/authmanager/authenticate/useridPwd", summary: "Sign in with user name (or email) and password; returns a token", tag: "auth", security: "public", body: useridPwdSchema },
  {
    method: "post",
    path: "/v1/partnermanager/partners",
    summary: "Register a partner: with a token for the signed-in account, or without one and with a password to self-register",
    tag: "partners",
    security: "optional",
    body: mosipRegisterPartnerSchema,
  },
  { method: "get", path: "/v1/partnermanager/partners/{partnerId}", summary: "A partner (itself or an admin)", tag: "partners", security: "token" },
  { method: "patch", path: "/v1/partnermanager/partners/{partnerId}", summary: "Activate or deactivate a partner (admin)", tag: "partners", security: "token", body: partnerStatusPatchSchema },
  { method: "get", path: "/v1/partnermanager/admin-partners", summary: "Partners, paged and filtered (admin)", tag: "partners", security: "token", query: adminPartnersQuerySchema },
  // openapi:certificates
  // openapi:policies
  // openapi:keys
  // openapi:devices
  // openapi:notifications
];

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function queryParameters(schema: z.ZodType) {
  const json = jsonSchema(schema) as { properties?: Record<string, unknown>; allOf?: { properties?: Record<string, unknown> }[] };
  const properties = { ...(json.properties ?? {}), ...Object.assign({}, ...(json.allOf ?? []).map((part) => part.properties ?? {})) };
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: false, schema }));
}

function envelopeOf(request: z.ZodType) {
  return {
    type: "object",
    required: ["request"],
    properties: {
      id: { type: "string" },
      version: { type: "string" },
      requesttime: { type: "string", format: "date-time" },
      metadata: { type: "object" },
      request: jsonSchema(request),
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      tags: [op.tag],
      security: op.security === "public" ? [] : op.security === "optional" ? [{}, { bearer: [] }, { cookie: [] }] : [{ bearer: [] }, { cookie: [] }],
      parameters: [...pathParams, ...(op.query ? queryParameters(op.query) : [])],
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: envelopeOf(op.body) } } } } : {}),
      responses: {
        "200": { description: "MOSIP envelope with `response`", content: { "application/json": { schema: { $ref: "#/components/schemas/ResponseEnvelope" } } } },
        "400": { description: "Invalid input; `errors[]` says which field and why" },
        "401": { description: "KER-ATH-401: missing, invalid or expired token" },
        "403": { description: "KER-ATH-403: not allowed" },
        "404": { description: "Not found (or not yours)" },
        "409": { description: "Conflict with the current state" },
        "429": { description: "Too many requests; the message says when to retry" },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Partner Portal API (MOSIP PMS compatible)", version: "1.0.0" },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        cookie: { type: "apiKey", in: "cookie", name: "Authorization" },
      },
      schemas: {
        ResponseEnvelope: {
          type: "object",
          properties: {
            id: { type: ["string", "null"] },
            version: { type: ["string", "null"] },
            responsetime: { type: "string", format: "date-time" },
            metadata: { type: ["object", "null"] },
            response: {},
            errors: { type: "array", items: { type: "object", properties: { errorCode: { type: "string" }, message: { type: "string" } } } },
          },
        },
      },
    },
  };
}
