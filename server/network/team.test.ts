import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { membership } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeMemberRole } from "./change-member-role";
import { listTeam } from "./list-team";
import { removeMember } from "./remove-member";

describe("a Fabrique's team", () => {
  let deps: TestDeps;
  let animator: Actor;
  let adminOfA: Actor;
  let partnerOfA: Actor;
  let officerOfB: Actor;
  const ids = {} as Record<"adminA" | "officerA" | "partnerA" | "officerB", string>;

  const actor = async (userId: string) => (await loadActor(deps, userId))!;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "equipe-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "equipe-b", name: "Fabrique B" });
    const animatorUser = await createUser(deps.db, { isNetworkAnimator: true });
    const admin = await createUser(deps.db, { name: "Alice Admin" });
    const officer = await createUser(deps.db, { name: "Omar Officer" });
    const partner = await createUser(deps.db, { name: "Paula Partenaire" });
    const officerB = await createUser(deps.db, { name: "Bruno de B" });
    ids.adminA = (await addMembership(deps.db, { userId: admin.id, fabriqueId: a.id, role: "admin" })).id;
    ids.officerA = (
      await addMembership(deps.db, { userId: officer.id, fabriqueId: a.id, role: "officer" })
    ).id;
    ids.partnerA = (
      await addMembership(deps.db, { userId: partner.id, fabriqueId: a.id, role: "partner" })
    ).id;
    ids.officerB = (
      await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" })
    ).id;
    animator = await actor(animatorUser.id);
    adminOfA = await actor(admin.id);
    partnerOfA = await actor(partner.id);
    officerOfB = await actor(officerB.id);
  });
  afterAll(async () => deps.close());

  const roleOf = async (membershipId: string) =>
    (
      await deps.db.select({ role: membership.role }).from(membership).where(eq(membership.id, membershipId))
    )[0]?.role;

  it("lists the members, admins first, and who may manage them", async () => {
    const team = await listTeam(deps, partnerOfA, "equipe-a");
    expect(team.ok).toBe(true);
    if (!team.ok) return;
    expect(team.value.members.map((m) => [m.name, m.role])).toEqual([
      ["Alice Admin", "admin"],
      ["Omar Officer", "officer"],
      ["Paula Partenaire", "partner"],
    ]);
    expect(team.value.canManage).toBe(false);
    const asAdmin = await listTeam(deps, adminOfA, "equipe-a");
    expect(asAdmin.ok && asAdmin.value.canManage).toBe(true);
  });

  it("answers NOT_FOUND for another Fabrique's team", async () => {
    expect(await listTeam(deps, partnerOfA, "equipe-b")).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await listTeam(deps, officerOfB, "equipe-a")).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await removeMember(deps, officerOfB, "equipe-a", { membershipId: ids.officerA })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  it("does not let a partner manage the team", async () => {
    expect(
      await changeMemberRole(deps, partnerOfA, "equipe-a", { membershipId: ids.partnerA, role: "admin" }),
    ).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await removeMember(deps, partnerOfA, "equipe-a", { membershipId: ids.officerA })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await roleOf(ids.partnerA)).toBe("partner");
    expect(await roleOf(ids.officerA)).toBe("officer");
  });

  it("does not reach a member of another Fabrique through this Fabrique's page", async () => {
    const result = await removeMember(deps, adminOfA, "equipe-a", { membershipId: ids.officerB });
    expect(result).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await roleOf(ids.officerB)).toBe("officer");
  });

  it("never leaves a Fabrique without an admin", async () => {
    const removal = await removeMember(deps, adminOfA, "equipe-a", { membershipId: ids.adminA });
    expect(removal).toMatchObject({ ok: false, error: "CONFLICT" });
    if (!removal.ok) expect(removal.message).toMatch(/au moins un·e administrateur·rice/);
    const demotion = await changeMemberRole(deps, animator, "equipe-a", {
      membershipId: ids.adminA,
      role: "officer",
    });
    expect(demotion).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await roleOf(ids.adminA)).toBe("admin");
  });

  it("lets an admin name a second admin, then step down", async () => {
    expect(
      await changeMemberRole(deps, adminOfA, "equipe-a", { membershipId: ids.officerA, role: "admin" }),
    ).toEqual({ ok: true, value: { membershipId: ids.officerA, role: "admin" } });
    expect(
      await changeMemberRole(deps, adminOfA, "equipe-a", { membershipId: ids.adminA, role: "officer" }),
    ).toMatchObject({ ok: true });
    expect(await roleOf(ids.adminA)).toBe("officer");
  });

  it("lets the network animator remove a member", async () => {
    expect(await removeMember(deps, animator, "equipe-a", { membershipId: ids.partnerA })).toEqual({
      ok: true,
      value: { membershipId: ids.partnerA },
    });
    expect(await roleOf(ids.partnerA)).toBeUndefined();
  });

  it("rejects a role that cannot be given from the team page", async () => {
    const result = await changeMemberRole(deps, animator, "equipe-a", {
      membershipId: ids.officerA,
      role: "carrier" as "partner",
    });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fields: { role: expect.any(String) } });
  });
});
