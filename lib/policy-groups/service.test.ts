import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPolicy, publishPolicy } from "@/lib/policies/service";
import { createPolicyRequest } from "@/lib/policy-requests/service";
import { listPolicyGroups } from "@/lib/policy-groups/queries";
import { activatePolicyGroup, createPolicyGroup, deactivatePolicyGroup, updatePolicyGroup } from "@/lib/policy-groups/service";
import { createActivePartnerInGroup, createTestPolicy, samplePolicy } from "@/tests/factories-policies";
import { createTestPolicyGroup, testActor, uniqueSuffix } from "@/tests/factories";

async function refusal(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("policy groups", () => {
  it("creates a group with an audit row, and refuses a taken name with MOSIP's PMS_POL_014", async () => {
    const name = `grp-${uniqueSuffix()}`;
    const group = await createPolicyGroup({ name, description: "Relying parties" }, testActor());
    expect(group.isActive).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: group.id, action: "policy-group.created" } })).toBe(1);
    const error = await refusal(createPolicyGroup({ name, description: "again" }, testActor()), "PMS_POL_014");
    expect(error.field).toBe("name");
  });

  it("lets exactly one of two simultaneous creations with one name through", async () => {
    const name = `race-${uniqueSuffix()}`;
    const results = await Promise.allSettled([createPolicyGroup({ name, description: "a" }, testActor()), createPolicyGroup({ name, description: "b" }, testActor())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as AppError).code).toBe("PMS_POL_014");
  });

  it("edits name and description, refusing another group's name and unknown ids", async () => {
    const a = await createTestPolicyGroup();
    const b = await createTestPolicyGroup();
    const renamed = await updatePolicyGroup(a.id, { name: `${a.name}-x`, description: "New words" }, testActor());
    expect(renamed).toMatchObject({ name: `${a.name}-x`, description: "New words" });
    await refusal(updatePolicyGroup(a.id, { name: b.name, description: "x" }, testActor()), "PMS_POL_014");
    await refusal(updatePolicyGroup("00000000-0000-4000-8000-000000000000", { name: "n", description: "d" }, testActor()), "PMS_POL_016");
    await refusal(updatePolicyGroup("not-a-uuid", { name: "n", description: "d" }, testActor()), "PMS_POL_016");
  });

  it("cannot be deactivated while it holds a published policy (SPEC 2), but can with drafts only", async () => {
    const group = await createTestPolicyGroup();
    const draft = await createTestPolicy({ groupId: group.id, publish: false });
    const published = await publishPolicy((await createTestPolicy({ groupId: group.id, publish: false })).id, null, testActor());
    const error = await refusal(deactivatePolicyGroup(group.id, testActor()), "PMS_POL_056");
    expect(error.params).toMatchObject({ count: 1 });
    expect((await db.policyGroup.findUniqueOrThrow({ where: { id: group.id } })).isActive).toBe(true);

    await db.policy.update({ where: { id: published.id }, data: { status: "DEACTIVATED" } });
    expect(await deactivatePolicyGroup(group.id, testActor())).toEqual({ policyGroupId: group.id, isActive: false });
    expect((await db.policy.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await refusal(deactivatePolicyGroup(group.id, testActor()), "PMS_POL_067");
    await activatePolicyGroup(group.id, testActor());
    await refusal(activatePolicyGroup(group.id, testActor()), "PMS_POL_GROUP_ACTIVE");
    const actions = await db.auditEvent.findMany({ where: { entityId: group.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["policy-group.created", "policy-group.deactivated", "policy-group.activated"]);
  });

  it("applies MOSIP's PUT isActive under the same rule, all or nothing", async () => {
    const group = await createTestPolicyGroup();
    await createTestPolicy({ groupId: group.id });
    await refusal(updatePolicyGroup(group.id, { name: `${group.name}-renamed`, description: "d", isActive: false }, testActor()), "PMS_POL_056");
    expect((await db.policyGroup.findUniqueOrThrow({ where: { id: group.id } })).name).toBe(group.name);
  });

  it("an inactive group takes no new policy, publishes none, and its partners cannot request", async () => {
    const group = await createTestPolicyGroup();
    const published = await createTestPolicy({ groupId: group.id });
    const draft = await createTestPolicy({ groupId: group.id, publish: false });
    const { partner } = await createActivePartnerInGroup("AUTH_PARTNER", group.id);
    await db.policyGroup.update({ where: { id: group.id }, data: { isActive: false } });
    await refusal(createPolicy({ policyGroupId: group.id, type: "Auth", name: "late", description: "d", policies: samplePolicy("Auth") }, testActor()), "PMS_POL_053");
    await refusal(publishPolicy(draft.id, null, testActor()), "PMS_POL_053");
    await refusal(createPolicyRequest(partner.id, { policyId: published.id }, "Use case", testActor()), "PMS_PMP_023");
  });

  it("lists with filters, paging and policy counts per status", async () => {
    const tag = uniqueSuffix();
    const groups = [];
    for (let i = 0; i < 3; i++) groups.push(await createPolicyGroup({ name: `list-${tag}-${i}`, description: `d${i}` }, testActor()));
    await createTestPolicy({ groupId: groups[1].id });
    await createTestPolicy({ groupId: groups[1].id, publish: false });
    await deactivatePolicyGroup(groups[2].id, testActor());

    const page = await listPolicyGroups({ name: `list-${tag}` }, { page: 0, size: 2, sort: "name", dir: "asc" });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual([`list-${tag}-0`, `list-${tag}-1`]);
    expect(page.rows[1].policies).toEqual({ DRAFT: 1, PUBLISHED: 1, DEACTIVATED: 0 });
    const second = await listPolicyGroups({ name: `list-${tag}` }, { page: 1, size: 2, sort: "name", dir: "asc" });
    expect(second.rows.map((r) => r.name)).toEqual([`list-${tag}-2`]);
    const inactive = await listPolicyGroups({ name: `list-${tag}`, status: "inactive" }, { page: 0, size: 8, sort: "createdAt", dir: "desc" });
    expect(inactive.rows.map((r) => r.id)).toEqual([groups[2].id]);
  });
});
