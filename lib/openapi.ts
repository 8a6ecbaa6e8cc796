// The OpenAPI document of the REST API, generated from the same zod schemas the route handlers parse with.
import { z } from "zod";
import { clientIdSecretSchema, useridPwdSchema } from "@/lib/auth/schemas";
import { mosipApiKeyStatusSchema, mosipGenerateApiKeySchema, partnerApiKeysQuerySchema } from "@/lib/api-keys/mosip";
import { verifyKeysSchema } from "@/lib/key-verification/schemas";
import { mispListQuerySchema, mosipIssueMispLicenseSchema, mosipUpdateMispLicenseSchema } from "@/lib/misp/mosip";
import { mosipExtractorsSchema } from "@/lib/extractors/mosip";
import { mosipClonePolicySchema, mosipCreatePolicySchema, mosipPolicyListQuerySchema, mosipPolicyStatusSchema, mosipUpdatePolicySchema } from "@/lib/policies/mosip";
import { mosipCreatePolicyGroupSchema, mosipPolicyGroupStatusSchema, mosipUpdatePolicyGroupSchema } from "@/lib/policy-groups/mosip";
import { mosipPolicyDecisionSchema, mosipPolicyMapSchema, mosipPolicyRequestsQuerySchema } from "@/lib/policy-requests/mosip";
import { adminPartnersQuerySchema, mosipRegisterPartnerSchema, partnerStatusPatchSchema } from "@/lib/partners/mosip";
import {
  mosipAddDeviceSchema,
  mosipCreateSbiSchema,
  mosipDeactivateSchema,
  mosipDeviceApprovalSchema,
  mosipDeviceListQuerySchema,
  mosipSbiApprovalSchema,
  mosipSbiListQuerySchema,
} from "@/lib/devices/mosip";
import { mosipChipApprovalSchema, mosipChipCertificateUploadSchema, mosipChipDeactivateSchema, mosipChipListQuerySchema, mosipCreateChipSchema } from "@/lib/ftm/mosip";
import { mosipCaUploadSchema, mosipPartnerCertificateUploadSchema } from "@/lib/certificates/schemas";
import { portalCaQuerySchema } from "@/lib/portal-ca/schemas";
import { trustChainQuerySchema } from "@/lib/trust-store/mosip";

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
  { method: "post", path: "/v1/partnermanager/partners/certificate/ca/upload", summary: "Upload a root or intermediate CA certificate, or a PKCS#7 bundle, to a domain's trust store (admin); reports each certificate", tag: "certificates", security: "token", body: mosipCaUploadSchema },
  { method: "get", path: "/v1/partnermanager/trust-chain-certificates", summary: "Trust-store certificates, paged and filtered (admin)", tag: "certificates", security: "token", query: trustChainQuerySchema },
  { method: "get", path: "/v1/partnermanager/trust-chain-certificates/{certificateId}/certificateFile", summary: "A trust-store certificate (PEM) and its trust path (PKCS#7) (admin)", tag: "certificates", security: "token" },
  { method: "post", path: "/v1/partnermanager/partners/certificate/upload", summary: "Upload the partner's own certificate; returns the portal-signed certificate and activates the partner", tag: "certificates", security: "token", body: mosipPartnerCertificateUploadSchema },
  { method: "get", path: "/v1/partnermanager/partners/{partnerId}/certificate", summary: "The partner's portal-signed certificate (the partner or an admin)", tag: "certificates", security: "token" },
  { method: "get", path: "/v1/partnermanager/partners/{partnerId}/certificate-data", summary: "The partner's CA-signed and portal-signed certificates with expiry flags (the partner or an admin)", tag: "certificates", security: "token" },
  { method: "get", path: "/v1/partnermanager/portal-ca-certificates", summary: "The portal's issuing CA certificates per domain, for downstream trust stores (public)", tag: "certificates", security: "public", query: portalCaQuerySchema },
  { method: "get", path: "/v1/partnermanager/portal-ca-certificates/{domain}", summary: "One domain's portal CA certificates as a PEM file (public)", tag: "certificates", security: "public" },
  // openapi:policies
  { method: "post", path: "/v1/policymanager/policies/group/new", summary: "Create a policy group (policy manager)", tag: "policies", security: "token", body: mosipCreatePolicyGroupSchema },
  { method: "get", path: "/v1/policymanager/policies/group/{policyGroupId}", summary: "A policy group with all its policies, drafts included (staff)", tag: "policies", security: "token" },
  { method: "put", path: "/v1/policymanager/policies/group/{policyGroupId}", summary: "Edit a policy group's name and description; isActive switches it under the activation rules", tag: "policies", security: "token", body: mosipUpdatePolicyGroupSchema },
  { method: "patch", path: "/v1/policymanager/policies/group/{policyGroupId}", summary: "Deactivate (refused while it holds published policies) or activate a policy group", tag: "policies", security: "token", body: mosipPolicyGroupStatusSchema },
  { method: "get", path: "/v1/policymanager/policies/policy-groups", summary: "Active policy groups (id, name, description)", tag: "policies", security: "token" },
  { method: "post", path: "/v1/policymanager/policies", summary: "Create a draft policy (Auth, DataShare, CredentialIssuance or MISP); the JSON is checked against the type's schema", tag: "policies", security: "token", body: mosipCreatePolicySchema },
  { method: "get", path: "/v1/policymanager/policies/v2", summary: "Policies, paged and filtered (partners: the published policies of their group)", tag: "policies", security: "token", query: mosipPolicyListQuerySchema },
  { method: "get", path: "/v1/policymanager/policies/{policyId}", summary: "A policy with its JSON (partners: published policies of their group only)", tag: "policies", security: "token" },
  { method: "put", path: "/v1/policymanager/policies/{policyId}", summary: "Edit a draft policy (published policies are immutable: PMS_POL_055)", tag: "policies", security: "token", body: mosipUpdatePolicySchema },
  { method: "patch", path: "/v1/policymanager/policies/{policyId}", summary: "Deactivate a published policy; its pending requests are rejected and its keys stop verifying", tag: "policies", security: "token", body: mosipPolicyStatusSchema },
  { method: "post", path: "/v1/policymanager/policies/{policyId}/group/{policyGroupId}/publish", summary: "Publish a draft policy (then immutable)", tag: "policies", security: "token" },
  { method: "post", path: "/v1/policymanager/policies/{policyId}/clone", summary: "Clone a policy into a group as a new draft that remembers its source (not in MOSIP)", tag: "policies", security: "token", body: mosipClonePolicySchema },
  { method: "get", path: "/v1/policymanager/policies/active/group/{groupName}", summary: "The published policies of a group (partners: their own group)", tag: "policies", security: "token" },
  { method: "post", path: "/v1/partnermanager/partners/{partnerId}/policy/map", summary: "Request a policy of the partner's group, with a use case (the partner itself)", tag: "policies", security: "token", body: mosipPolicyMapSchema },
  { method: "put", path: "/v1/partnermanager/partners/policy/{mappingkey}", summary: "Approve or reject a policy request, with an optional comment (admin)", tag: "policies", security: "token", body: mosipPolicyDecisionSchema },
  { method: "get", path: "/v1/partnermanager/partner-policy-requests", summary: "Policy requests, paged and filtered; pending first by default (partners: their own)", tag: "policies", security: "token", query: mosipPolicyRequestsQuerySchema },
  { method: "post", path: "/v1/partnermanager/partners/{partnerId}/bioextractors/{policyId}", summary: "Declare the biometric extractors for a pending request (credential and online-verification partners)", tag: "policies", security: "token", body: mosipExtractorsSchema },
  { method: "get", path: "/v1/partnermanager/partners/{partnerId}/bioextractors/{policyId}", summary: "The biometric extractors a partner declared for a policy", tag: "policies", security: "token" },
  { method: "post", path: "/v1/partnermanager/partners/{partnerId}/credentialtype/{credentialType}/policies/{policyName}", summary: "Map an approved policy to a credential type (auth, qrcode, euin, reprint, vercred, opencrvs)", tag: "policies", security: "token" },
  { method: "get", path: "/v1/partnermanager/partners/{partnerId}/credentialtype/{credentialType}/policies", summary: "The policy a partner uses for a credential type", tag: "policies", security: "token" },
  // openapi:keys
  { method: "post", path: "/v1/authmanager/authenticate/clientidsecretkey", summary: "Service-client sign-in with client id and secret key; returns a token", tag: "auth", security: "public", body: clientIdSecretSchema },
  { method: "patch", path: "/v1/partnermanager/partners/{partnerId}/generate/apikey", summary: "Generate an API key for an approved policy (the partner itself); the key is in this answer only", tag: "api-keys", security: "token", body: mosipGenerateApiKeySchema },
  { method: "patch", path: "/v1/partnermanager/partners/{partnerId}/policy/{policyId}/apiKey/status", summary: "Deactivate an API key named by its label (the partner itself or an admin); there is no reactivation", tag: "api-keys", security: "token", body: mosipApiKeyStatusSchema },
  { method: "get", path: "/v1/partnermanager/partner-api-keys/v2", summary: "API keys, paged, filtered and sorted (admin: all partners; partner: its own); never a secret", tag: "api-keys", security: "token", query: partnerApiKeysQuerySchema },
  { method: "post", path: "/v1/partnermanager/misps", summary: "Issue (or with reissue: replace) a MISP partner's license key (admin); the key is in this answer only", tag: "misp", security: "token", body: mosipIssueMispLicenseSchema },
  { method: "put", path: "/v1/partnermanager/misps", summary: "Deactivate a MISP license key named by its value (admin)", tag: "misp", security: "token", body: mosipUpdateMispLicenseSchema },
  { method: "get", path: "/v1/partnermanager/misps", summary: "MISP license keys, paged (admin: all; MISP partner: its own); status and expiry only", tag: "misp", security: "token", query: mispListQuerySchema },
  { method: "post", path: "/v1/partnermanager/keys/verify", summary: "Verify a (MISP license key, partner id, API key) triple for a service client with keys.verify: valid with the policy, or the reason", tag: "key-verification", security: "token", body: verifyKeysSchema },
  // openapi:devices
  { method: "post", path: "/v1/partnermanager/securebiometricinterface", summary: "Register an SBI version (device provider); it waits for approval", tag: "devices", security: "token", body: mosipCreateSbiSchema },
  { method: "get", path: "/v1/partnermanager/securebiometricinterface", summary: "SBIs with device counts, paged and filtered (admin: all; provider: its own; unpaged without pageNo/pageSize)", tag: "devices", security: "token", query: mosipSbiListQuerySchema },
  { method: "patch", path: "/v1/partnermanager/securebiometricinterface", summary: "Approve (Activate) or reject (De-activate) a pending SBI (admin); an expired SBI cannot be approved", tag: "devices", security: "token", body: mosipSbiApprovalSchema },
  { method: "patch", path: "/v1/partnermanager/securebiometricinterface/{sbiId}", summary: "Deactivate an approved SBI (owner or admin): its approved devices are deactivated, its pending ones rejected", tag: "devices", security: "token", body: mosipDeactivateSchema },
  { method: "post", path: "/v1/partnermanager/securebiometricinterface/{sbiId}/devices", summary: "Add a device under an approved, unexpired SBI (device provider)", tag: "devices", security: "token", body: mosipAddDeviceSchema },
  { method: "get", path: "/v1/partnermanager/securebiometricinterface/{sbiId}/devices", summary: "The devices of an SBI (owner or admin)", tag: "devices", security: "token" },
  { method: "get", path: "/v1/partnermanager/devicedetail", summary: "Devices, paged and filtered (admin: all; provider: its own)", tag: "devices", security: "token", query: mosipDeviceListQuerySchema },
  { method: "post", path: "/v1/partnermanager/devicedetail/{id}/approval", summary: "Approve or reject a pending device (admin)", tag: "devices", security: "token", body: mosipDeviceApprovalSchema },
  { method: "patch", path: "/v1/partnermanager/devicedetail/{id}", summary: "Deactivate an approved device (owner or admin)", tag: "devices", security: "token", body: mosipDeactivateSchema },
  { method: "post", path: "/v1/partnermanager/ftpchipdetail", summary: "Register an FTM chip (make, model) (FTM provider); it waits for its certificate", tag: "ftm", security: "token", body: mosipCreateChipSchema },
  { method: "patch", path: "/v1/partnermanager/ftpchipdetail", summary: "Approve (true) or reject (false) a chip whose certificate waits for approval (admin)", tag: "ftm", security: "token", body: mosipChipApprovalSchema },
  { method: "get", path: "/v1/partnermanager/ftpchipdetail", summary: "FTM chips (admin: all; provider: its own); a list without pageNo/pageSize, MOSIP's page with them", tag: "ftm", security: "token", query: mosipChipListQuerySchema },
  { method: "post", path: "/v1/partnermanager/ftpchipdetail/uploadcertificate", summary: "Upload or replace a chip certificate: validated against the FTM trust store with the provider's organisation, portal-signed; an approved chip goes back to pending approval", tag: "ftm", security: "token", body: mosipChipCertificateUploadSchema },
  { method: "get", path: "/v1/partnermanager/ftpchipdetail/getPartnerCertificate/{ftpChipDetailId}", summary: "A chip's portal-signed certificate (its provider or an admin)", tag: "ftm", security: "token" },
  { method: "get", path: "/v1/partnermanager/ftpchipdetail/{ftmId}/certificate-data", summary: "A chip's CA-signed and portal-signed certificates with expiry flags (its provider or an admin)", tag: "ftm", security: "token" },
  { method: "patch", path: "/v1/partnermanager/ftpchipdetail/{ftmId}", summary: "Deactivate an approved chip (owner or admin)", tag: "ftm", security: "token", body: mosipChipDeactivateSchema },
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
