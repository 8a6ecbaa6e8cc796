// The demo accounts of the embedded mode, printed at start and listed in the README.
import type { PartnerTypeCode, Role } from "../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo-Portal-2026!";

export interface DemoAccount {
  email: string;
  description: string;
  roles?: Role[];
  partner?: { id: string; type: PartnerTypeCode; organizationName: string; policyGroup?: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@portal.demo", description: "partner admin", roles: ["PARTNER_ADMIN"] },
  { email: "policy@portal.demo", description: "policy manager", roles: ["POLICY_MANAGER"] },
  { email: "auth@bank.demo", description: "authentication partner", partner: { id: "demo-bank", type: "AUTH_PARTNER", organizationName: "Demo Bank Ltd", policyGroup: "mpolicygroup-default-auth" } },
  { email: "ova@idauth.demo", description: "online verification partner", partner: { id: "demo-ida", type: "ONLINE_VERIFICATION_PARTNER", organizationName: "National ID Authentication Service", policyGroup: "mpolicygroup-default-auth" } },
  { email: "print@cards.demo", description: "credential partner", partner: { id: "demo-print", type: "CREDENTIAL_PARTNER", organizationName: "Secure Card Printers SA", policyGroup: "mpolicygroup-default-print" } },
  { email: "devices@bio.demo", description: "device provider", partner: { id: "demo-devices", type: "DEVICE_PROVIDER", organizationName: "BioCapture Devices Inc" } },
  { email: "chips@ftm.demo", description: "FTM provider", partner: { id: "demo-chips", type: "FTM_PROVIDER", organizationName: "TrustChip Semiconductors" } },
  { email: "mas@adjudication.demo", description: "manual adjudication", partner: { id: "demo-mas", type: "MANUAL_ADJUDICATION", organizationName: "Adjudication Services Ltd", policyGroup: "mpolicygroup-default-abis" } },
  { email: "abis@dedupe.demo", description: "ABIS partner", partner: { id: "demo-abis", type: "ABIS_PARTNER", organizationName: "Dedupe Biometrics Ltd", policyGroup: "mpolicygroup-default-abis" } },
  { email: "misp@telecom.demo", description: "MISP partner", partner: { id: "demo-misp", type: "MISP_PARTNER", organizationName: "National Telecom MISP" } },
];

export const DEMO_POLICY_GROUPS = [
  { name: "mpolicygroup-default-auth", description: "Authentication and e-KYC for relying parties" },
  { name: "mpolicygroup-default-print", description: "Credential printing and QR codes" },
  { name: "mpolicygroup-default-abis", description: "Biometric deduplication and manual adjudication" },
];
