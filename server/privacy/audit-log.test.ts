import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { changeMemberRole } from "../network/change-member-role";
import { removeMember } from "../network/remove-member";
import { addMembership, createFabrique, createNetwork, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { auditToCsv } from "./audit-csv";
import { listAuditEvents } from "./list-audit-events";

describe("the audit log of administrative acts", () => {
  let deps: TestDeps;
  let animator: Actor;
  let admin: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    await createNetwork(deps.db, { name: "Réseau" });
    const fabrique = await createFabrique(deps.db, { name: "ADRESS", slug: "adress" });
    animator = (await loadActor(
      deps,
      (
        await createUser(deps.db, { isNetworkAnimator: true, name: "Anim" })
      ).id,
    ))!;
    const a = await createUser(deps.db, { name: "Admin ADRESS" });
    await addMembership(deps.db, { userId: a.id, fabriqueId: fabrique.id, role: "admin" });
    admin = (await loadActor(deps, a.id))!;
    const officer = await createUser(deps.db, { name: "Chloé Officer" });
    const member = await addMembership(deps.db, {
      userId: officer.id,
      fabriqueId: fabrique.id,
      role: "officer",
    });
    expect(
      (await changeMemberRole(deps, admin, "adress", { membershipId: member.id, role: "admin" })).ok,
    ).toBe(true);
    expect((await removeMember(deps, admin, "adress", { membershipId: member.id })).ok).toBe(true);
  });
  afterAll(async () => deps?.close());

  it("records a role changed and a role removed, with who did it, to whom and where", async () => {
    const result = await listAuditEvents(deps, animator, {});
    if (!result.ok) throw new Error(result.error);
    expect(result.value.lines.map((l) => [l.action, l.actorName, l.subjectName, l.fabriqueName])).toEqual([
      ["role.removed", "Admin ADRESS", "Chloé Officer", "ADRESS"],
      ["role.changed", "Admin ADRESS", "Chloé Officer", "ADRESS"],
    ]);
    expect(result.value.lines[1]!.details).toEqual({ from: "officer", to: "admin" });
  });

  it("filters by act and exports the same lines as CSV", async () => {
    const result = await listAuditEvents(deps, animator, { action: "role.changed" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.total).toBe(1);
    const csv = auditToCsv(result.value.lines).split("\r\n");
    expect(csv[0]).toBe("\ufeffDate;Acte;Par;Personne concernée;Fabrique;Détails");
    expect(csv[1]).toContain(";Rôle changé;Admin ADRESS;Chloé Officer;ADRESS;");
  });

  it("only the network animator reads it", async () => {
    expect(await listAuditEvents(deps, admin, {})).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await listAuditEvents(deps, null, {})).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});
