import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { initiativeProgramme, programme, territory, territoryProgramme } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getReport } from "./get-report";
import { insertReportInitiative, insertReportOutcome, insertReportSignal } from "./report-fixtures";
import { buildWorld, reportOf, type World, year2026 } from "./report-world-fixtures";

/**
 * The scopes added by decision record 0095 on the small network of `report-world-fixtures.ts`,
 * with a few rows located by hand: a QPV, a Petite ville de demain, a rural commune; and a
 * second programme of the first funder.
 */
describe("reports by funder and by territory kind", () => {
  let deps: TestDeps;
  let world: World;
  let p3: string;
  const report = (actor: Actor, input: Record<string, unknown>) => reportOf(deps, actor, input);

  async function placesAndRows() {
    const now = new Date("2026-01-01T00:00:00Z");
    await deps.db.insert(territory).values([
      { kind: "commune", code: "99901", name: "Petit-Village", population: 350, cogYear: 2026 },
      { kind: "commune", code: "99902", name: "Bourg-Centre", population: 8_000, cogYear: 2026 },
      { kind: "qpv", code: "QN099901", name: "Les Tilleuls", cogYear: 2026 },
    ]);
    await deps.db
      .insert(territoryProgramme)
      .values({ kind: "commune", code: "99902", programme: "pvd", source: "test", importedAt: now });
    const i = (title: string, fabriqueId: string, kind: "commune" | "qpv", code: string) =>
      insertReportInitiative(deps.db, {
        fabriqueId,
        title,
        createdAt: "2026-03-01T09:00:00Z",
        territory: { kind, code },
        moves: [{ at: "2026-05-01T09:00:00Z", to: "launch" }],
      });
    const rural = await i("Épicerie du village", world.a, "commune", "99901");
    await insertReportOutcome(deps.db, {
      initiativeId: rural.id,
      kind: "new_activity",
      openedOn: "2026-06-01",
    });
    await i("Tiers-lieu du bourg", world.a, "commune", "99902");
    await i("Régie de quartier", world.c, "qpv", "QN099901");
    await insertReportSignal(deps.db, {
      fabriqueId: world.a,
      kind: "need",
      channel: "public_form",
      territoryKind: "qpv",
      territoryCode: "QN099901",
      createdAt: new Date("2026-04-01T09:00:00Z"),
    });
    // A second programme of Fondation Un, in Fabrique C, covering the régie de quartier.
    const [row] = await deps.db
      .insert(programme)
      .values({ fabriqueId: world.c, name: "Programme Quartiers", funderOrganisationId: world.org1 })
      .returning();
    p3 = row!.id;
    const regie = await insertReportInitiative(deps.db, {
      fabriqueId: world.c,
      title: "Laverie de quartier",
      createdAt: "2026-02-01T09:00:00Z",
    });
    await deps.db.insert(initiativeProgramme).values({ initiativeId: regie.id, programmeId: p3 });
  }

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
    await placesAndRows();
  });
  afterAll(async () => deps.close());

  it("counts a funder's report across every programme it funds, and nothing else", async () => {
    const funder = await report(world.funderP1, { ...year2026, scope: `funder:${world.org1}` });
    expect(funder.scope.kind).toBe("funder");
    // P1: Conciergerie, Garage, Épicerie sociale (2025), Atelier vélo; P3: Laverie de quartier.
    expect(funder.totals.initiativesCreated).toBe(3);
    expect(funder.signals).toBeNull();
    expect(funder.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique B", "Fabrique A"]);
    expect(funder.byFabrique.map((f) => f.slug)).toEqual(["rpt-a", "rpt-b", "rpt-c"]);
    // Fondation Deux's programme is never counted, nor reachable by the first funder.
    expect(funder.pipeline.abandonments.map((a) => a.title)).toEqual(["Garage solidaire"]);
    expect(
      await getReport(deps, world.funderP1, { ...year2026, scope: `funder:${world.org2}` }),
    ).toMatchObject({
      error: "NOT_FOUND",
    });
    const second = await report(world.funderP2, { ...year2026, scope: `funder:${world.org2}` });
    expect(second.launches.launched.map((l) => l.activityName)).toEqual(["VERT'uOSE du Haut-Doubs"]);
    expect(second.totals.initiativesCreated).toBe(1);
  });

  it("shows a Fabrique's team a funder's report counting its own Fabrique's initiatives only", async () => {
    const team = await report(world.officerA, { ...year2026, scope: `funder:${world.org1}` });
    expect(team.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique A"]);
    expect(team.totals.initiativesCreated).toBe(1);
  });

  it("restricts a report to the QPV, the Petites villes de demain or the rural communes", async () => {
    const qpv = await report(world.animator, { ...year2026, scope: "territory:qpv" });
    expect(qpv.totals.initiativesCreated).toBe(1);
    expect(qpv.signals?.total).toBe(1);
    const pvd = await report(world.animator, { ...year2026, scope: "territory:pvd" });
    expect(pvd.totals.initiativesCreated).toBe(1);
    expect(pvd.signals?.total).toBe(0);
    const rural = await report(world.animator, { ...year2026, scope: "territory:rural" });
    expect(rural.totals.initiativesCreated).toBe(1);
    expect(rural.launches.launched.map((l) => l.openedOn)).toEqual(["2026-06-01"]);
    // Fabrique C's team: its QPV only (the régie de quartier), never Fabrique A's signal there.
    const teamC = await report(world.officerC, { ...year2026, scope: "territory:qpv" });
    expect(teamC.totals.initiativesCreated).toBe(1);
    expect(teamC.signals?.total).toBe(0);
    expect(teamC.byFabrique.map((f) => f.slug)).toEqual(["rpt-c"]);
  });
});
