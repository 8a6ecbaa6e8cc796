// Demo data for the policies domain: realistic policies of each type in the seeded groups, one of MOSIP's own policies
// loaded unchanged, a draft cloned from a published policy (to show the difference view), and requests in each state
// for the demo partners the certificate seed made ACTIVE. Everything goes through the services, so it is all audited.
import type { AuditActor } from "../../lib/audit/service";
import { db } from "../../lib/db";
import { declareBiometricExtractors } from "../../lib/extractors/service";
import demoAuth from "../../lib/policies/examples/demo-auth.json" with { type: "json" };
import demoPrint from "../../lib/policies/examples/demo-credential-print.json" with { type: "json" };
import demoDataShare from "../../lib/policies/examples/demo-datashare.json" with { type: "json" };
import demoMisp from "../../lib/policies/examples/demo-misp.json" with { type: "json" };
import mosipQrCode from "../../lib/policies/examples/mosip-datashare-pms-dml-qrcode.json" with { type: "json" };
import type { PolicyType } from "../../lib/policies/policy-types";
import { clonePolicy, createPolicy, publishPolicy, updatePolicy } from "../../lib/policies/service";
import { createPolicyGroup } from "../../lib/policy-groups/service";
import { createPolicyRequest, decidePolicyRequest } from "../../lib/policy-requests/service";

/** The published auth policy of demo-bank's group; demo-bank holds an approved request for it (API keys can be generated). */
export const DEMO_AUTH_POLICY = "Relying party e-KYC";
export const DEMO_PRINT_POLICY = "Card printing (name and photo)";
export const DEMO_MISP_GROUP = "mpolicygroup-default-misp";

interface DemoPolicy {
  group: string;
  name: string;
  type: PolicyType;
  description: string;
  policies: unknown;
  publish: boolean;
}

const POLICIES: DemoPolicy[] = [
  {
    group: "mpolicygroup-default-auth",
    name: DEMO_AUTH_POLICY,
    type: "Auth",
    description: "Customer onboarding by banks and telecoms: OTP, demographic and biometric authentication, and e-KYC of name, gender, date of birth and residence status.",
    policies: demoAuth,
    publish: true,
  },
  {
    group: "mpolicygroup-default-print",
    name: DEMO_PRINT_POLICY,
    type: "CredentialIssuance",
    description: "Printed ID cards: the holder's name, date of birth, gender, UIN and face photo, encrypted for the printer.",
    policies: demoPrint,
    publish: true,
  },
  {
    group: "mpolicygroup-default-print",
    name: "mpolicy-default-qrcode",
    type: "DataShare",
    description: "MOSIP's own default QR-code policy, loaded unchanged.",
    policies: mosipQrCode,
    publish: true,
  },
  {
    group: "mpolicygroup-default-abis",
    name: "Adjudication data share",
    type: "DataShare",
    description: "Demographic data shared with manual adjudication and deduplication, encrypted, through short-lived links.",
    policies: demoDataShare,
    publish: true,
  },
  {
    group: DEMO_MISP_GROUP,
    name: "MISP delegation",
    type: "MISP",
    description: "What an infrastructure provider such as eSignet may do for the relying parties it serves.",
    policies: demoMisp,
    publish: true,
  },
];

async function groupId(name: string): Promise<string | null> {
  return (await db.policyGroup.findUnique({ where: { name }, select: { id: true } }))?.id ?? null;
}

async function ensurePolicy(spec: DemoPolicy, actor: AuditActor): Promise<string | null> {
  const group = await groupId(spec.group);
  if (!group) return null;
  const existing = await db.policy.findUnique({ where: { policyGroupId_name: { policyGroupId: group, name: spec.name } }, select: { id: true } });
  if (existing) return existing.id;
  const policy = await createPolicy({ policyGroupId: group, type: spec.type, name: spec.name, description: spec.description, policies: spec.policies }, actor);
  if (spec.publish) await publishPolicy(policy.id, group, actor);
  return policy.id;
}

async function activePartner(partnerId: string): Promise<boolean> {
  return (await db.partner.findUnique({ where: { id: partnerId }, select: { status: true } }))?.status === "ACTIVE";
}

async function hasRequest(partnerId: string, policyId: string): Promise<boolean> {
  return (await db.policyRequest.count({ where: { partnerId, policyId } })) > 0;
}

export async function seedPolicies(actor: AuditActor): Promise<void> {
  if (!(await groupId(DEMO_MISP_GROUP))) {
    await createPolicyGroup({ name: DEMO_MISP_GROUP, description: "Delegation rights of MOSIP infrastructure service providers" }, actor);
  }
  const ids = new Map<string, string>();
  for (const spec of POLICIES) {
    const id = await ensurePolicy(spec, actor);
    if (id) ids.set(spec.name, id);
  }

  // A draft cloned from the published auth policy, without face authentication and French: the detail page shows the difference.
  const authId = ids.get(DEMO_AUTH_POLICY);
  const authGroup = await groupId("mpolicygroup-default-auth");
  const draftName = `${DEMO_AUTH_POLICY} v2`;
  if (authId && authGroup && !(await db.policy.findUnique({ where: { policyGroupId_name: { policyGroupId: authGroup, name: draftName } } }))) {
    const clone = await clonePolicy(authId, { groupId: authGroup, name: draftName }, actor);
    const v2 = structuredClone(demoAuth) as typeof demoAuth;
    v2.allowedAuthTypes = v2.allowedAuthTypes.filter((a) => a.authSubType !== "FACE");
    v2.kycLanguages = ["eng"];
    await updatePolicy(clone.id, { description: "Next version, under review: no face authentication, e-KYC in English only.", policies: v2, version: "2.0" }, actor);
  }

  // Requests need ACTIVE partners, which the certificate seed provides; without them the demo simply has no requests.
  const printId = ids.get(DEMO_PRINT_POLICY);
  let requests = 0;
  if (authId && (await activePartner("demo-bank")) && !(await hasRequest("demo-bank", authId))) {
    const request = await createPolicyRequest("demo-bank", { policyId: authId }, "Opening bank accounts remotely: we verify the customer with an OTP or a fingerprint and fill the account form from e-KYC.", actor);
    await decidePolicyRequest(request.id, "APPROVED", "Approved for remote account opening.", actor);
    requests++;
  }
  if (printId && (await activePartner("demo-print")) && !(await hasRequest("demo-print", printId))) {
    await createPolicyRequest("demo-print", { policyId: printId }, "Printing and posting the national ID card; the photo is printed on the card.", actor);
    await declareBiometricExtractors("demo-print", printId, [{ attributeName: "photo", biometric: "face", provider: "demo-face-sdk", version: "1.2" }], actor);
    requests++;
  }
  if (authId && (await activePartner("demo-ida")) && !(await hasRequest("demo-ida", authId))) {
    // Left without extractors: its approval is refused until it declares them (SPEC 2).
    await createPolicyRequest("demo-ida", { policyId: authId }, "Hosting ID authentication for the programme's relying parties.", actor);
    requests++;
  }
  console.log(`Demo policies: ${ids.size} published policies, 1 draft clone, ${requests} policy requests.`);
}
