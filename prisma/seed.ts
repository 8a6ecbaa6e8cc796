// Demo data for the embedded mode: staff accounts, policy groups and one partner of each type.
// Runs through the same services as the app, so every row has its audit trail.
import { db } from "../lib/db";
import { createPolicyGroup } from "../lib/policy-groups/service";
import { registerPartnerWithAccount } from "../lib/partners/service";
import { createUser } from "../lib/users/service";
import { systemActor } from "../lib/system-actor";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_POLICY_GROUPS } from "./demo-accounts";
import { seedCertificates } from "./seed/certificates";
import { seedPolicies } from "./seed/policies";
import { seedKeys } from "./seed/keys";
import { seedDevices } from "./seed/devices";
import { seedNotifications } from "./seed/notifications";

async function main() {
  const actor = systemActor("seed");
  const groups = new Map<string, string>();
  for (const group of DEMO_POLICY_GROUPS) {
    const existing = await db.policyGroup.findUnique({ where: { name: group.name } });
    groups.set(group.name, (existing ?? (await createPolicyGroup(group, actor))).id);
  }

  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    if (account.roles) {
      await createUser({ email: account.email, password: DEMO_PASSWORD, roles: account.roles, displayName: account.description.replace(/^./, (c) => c.toUpperCase()) }, actor);
      continue;
    }
    const partner = account.partner!;
    await registerPartnerWithAccount(
      {
        partnerId: partner.id,
        organizationName: partner.organizationName,
        address: "1 Programme Avenue, Capital City",
        contactNumber: "+15550100",
        email: account.email,
        partnerType: partner.type,
        policyGroupId: partner.policyGroup ? groups.get(partner.policyGroup) : undefined,
        langCode: "en",
        password: DEMO_PASSWORD,
      },
      actor,
    );
  }
  // Each domain seeds its own demo data, in dependency order (certificates before keys, policies before keys).
  await seedCertificates(actor);
  await seedPolicies(actor);
  await seedKeys(actor);
  await seedDevices(actor);
  await seedNotifications(actor);
  console.log(`Demo data loaded: ${DEMO_ACCOUNTS.length} accounts, ${DEMO_POLICY_GROUPS.length} policy groups.`);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
