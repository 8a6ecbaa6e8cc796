import { listActivePolicyGroups } from "@/lib/policy-groups/queries";
import { restRoute } from "@/lib/rest";

// Active groups by name, for choosing one at registration (MOSIP's "Select Policy Group" popup); any signed-in user.
export const GET = restRoute({ auth: "user" }, async () => {
  const groups = await listActivePolicyGroups();
  return groups.map((g) => ({ id: g.id, name: g.name, description: g.description }));
});
