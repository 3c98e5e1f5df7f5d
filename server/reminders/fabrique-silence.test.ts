import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { initiativeEvent } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getFabriqueSilence, updateFabriqueSilence } from "./fabrique-silence";
import { listStaleInitiatives } from "./stale-initiatives";

/** Issue 17: "a configurable number of days per stage", set by each Fabrique for its own projects. */
describe("a Fabrique's own days of silence per stage", () => {
  let deps: TestDeps;
  let admin: Actor;
  let officerA: Actor;
  let officerB: Actor;
  let adminB: Actor;

  beforeAll(async () => {
    deps = await createTestDeps(); // installation defaults: 30 days in qualification
    const a = await createFabrique(deps.db, { slug: "silence-a", name: "Fabrique pressée" });
    const b = await createFabrique(deps.db, { slug: "silence-b", name: "Fabrique patiente" });
    const person = async (fabriqueId: string, role: "admin" | "officer") => {
      const u = await createUser(deps.db);
      await addMembership(deps.db, { userId: u.id, fabriqueId, role });
      return (await loadActor(deps, u.id))!;
    };
    admin = await person(a.id, "admin");
    officerA = await person(a.id, "officer");
    officerB = await person(b.id, "officer");
    adminB = await person(b.id, "admin");
    // Both in qualification, 17 days without a journal line on 27 November.
    for (const [fabriqueId, officer] of [
      [a.id, officerA],
      [b.id, officerB],
    ] as const) {
      const row = await createTestInitiative(deps.db, fabriqueId, {
        title: `Recyclerie ${fabriqueId === a.id ? "pressée" : "patiente"}`,
        stage: "qualification",
        officerUserId: officer.userId,
        createdAt: new Date("2026-09-01T08:00:00Z"),
      });
      await deps.db.insert(initiativeEvent).values({
        initiativeId: row.id,
        kind: "field",
        note: "modifié",
        at: new Date("2026-11-10T08:00:00Z"),
      });
    }
  });
  afterAll(async () => deps?.close());

  it("its admins shorten a stage's days: its own project is flagged, the other Fabrique's is not", async () => {
    expect(await listStaleInitiatives(deps, officerA)).toEqual([]);
    expect(
      await updateFabriqueSilence(deps, admin, "silence-a", { qualification: "10", launch: "" }),
    ).toEqual({
      ok: true,
      value: { qualification: 10 },
    });
    const flagged = await listStaleInitiatives(deps, officerA);
    expect(flagged.map((s) => [s.title, s.days, s.threshold])).toEqual([["Recyclerie pressée", 17, 10]]);
    expect(await listStaleInitiatives(deps, officerB)).toEqual([]);
    const shown = await getFabriqueSilence(deps, admin, "silence-a");
    expect(shown.ok && shown.value.stages.find((s) => s.stage === "qualification")).toEqual({
      stage: "qualification",
      days: 10,
      installation: 30,
    });
  });

  it("0 never flags the stage; a wrong value names the stage; only its own admins may change it", async () => {
    expect((await updateFabriqueSilence(deps, admin, "silence-a", { qualification: "0" })).ok).toBe(true);
    expect(await listStaleInitiatives(deps, officerA)).toEqual([]);
    const refused = await updateFabriqueSilence(deps, admin, "silence-a", { qualification: "dix" });
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(!refused.ok && refused.fields?.qualification).toContain("Qualification");
    for (const actor of [officerA, adminB]) {
      expect(await updateFabriqueSilence(deps, actor, "silence-a", { qualification: "1" })).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
      expect(await getFabriqueSilence(deps, actor, "silence-a")).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
    }
  });
});
