import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getReport } from "./get-report";
import { buildWorld, reportOf, stages, type World, year2026 } from "./report-world-fixtures";

/** The small network of `report-world-fixtures.ts`: every expected figure is a count a person makes from it. */
describe("who reads which report", () => {
  let deps: TestDeps;
  let world: World;
  const report = (actor: Actor, input: Record<string, unknown>) => reportOf(deps, actor, input);

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
  });
  afterAll(async () => deps.close());

  it("shows a Fabrique's team its Fabrique only, by default and when asked", async () => {
    const mine = await report(world.officerA, year2026);
    expect(mine.scope.code).toBe("fabrique:rpt-a");
    expect(mine.scopes.map((s) => s.code)).toEqual([
      "fabrique:rpt-a",
      "territory:qpv",
      "territory:pvd",
      "territory:rural",
      `programme:${world.p1}`,
      `funder:${world.org1}`,
    ]);
    expect(mine.signals?.total).toBe(3);
    expect(stages(mine, "atEnd")).toEqual({ launch: 3, follow_up: 1, abandoned: 1 });
    expect(mine.launches.jobs.jobsFteHundredths).toBe(250);
    expect(mine.byFabrique.map((f) => f.slug)).toEqual(["rpt-a"]);
    // Its programme covers an initiative of Fabrique B: the team does not count it.
    const programme = await report(world.officerA, { ...year2026, scope: `programme:${world.p1}` });
    expect(programme.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique A"]);
    for (const scope of [
      "network",
      "region:28",
      "fabrique:rpt-b",
      "fabrique:rpt-c",
      `programme:${world.p2}`,
    ]) {
      expect((await getReport(deps, world.officerA, { ...year2026, scope })).ok, scope).toBe(false);
      expect(await getReport(deps, world.officerA, { ...year2026, scope })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
  });

  it("shows a funder the initiatives its programme covers and nothing else", async () => {
    const funded = await report(world.funderP1, year2026);
    expect(funded.scope.code).toBe(`programme:${world.p1}`);
    expect(funded.scopes.map((s) => s.code)).toEqual([`programme:${world.p1}`, `funder:${world.org1}`]);
    expect(funded.signals).toBeNull();
    expect(funded.totals.signalsReceived).toBeNull();
    expect(funded.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique B", "Fabrique A"]);
    expect(funded.launches.jobs.jobsFteHundredths).toBe(370);
    expect(stages(funded, "atEnd")).toEqual({ launch: 2, follow_up: 1, abandoned: 1 });
    expect(funded.pipeline.abandonments.map((a) => a.title)).toEqual(["Garage solidaire"]);
    expect(funded.byFabrique.map((f) => [f.slug, f.signalsReceived])).toEqual([
      ["rpt-a", null],
      ["rpt-b", null],
    ]);
    for (const scope of ["network", "region:28", "fabrique:rpt-a", `programme:${world.p2}`]) {
      expect(await getReport(deps, world.funderP1, { ...year2026, scope })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
    const other = await report(world.funderP2, year2026);
    expect(other.launches.launched.map((l) => l.activityName)).toEqual(["VERT'uOSE du Haut-Doubs"]);
    expect(other.pipeline.abandonments.map((a) => a.title)).toEqual(["Halte-garderie"]);
  });

  it("answers NOT_FOUND to whoever reads no scope: a partner without a programme, an account without a Fabrique", async () => {
    expect(await getReport(deps, world.partnerA, year2026)).toMatchObject({ error: "NOT_FOUND" });
    expect(await getReport(deps, world.stranger, year2026)).toMatchObject({ error: "NOT_FOUND" });
    expect(await getReport(deps, null, year2026)).toMatchObject({ error: "NOT_FOUND" });
  });

  it("takes the current calendar year when no day is given, and names the field of a wrong period", async () => {
    const current = await report(world.officerC, {});
    expect(current.period).toEqual(year2026);
    expect(await getReport(deps, world.officerC, { from: "2026-01-01" })).toMatchObject({
      error: "INVALID_INPUT",
      fields: { to: expect.stringContaining("date de fin") },
    });
    expect(await getReport(deps, world.officerC, { from: "31/02/2026", to: "2026-12-31" })).toMatchObject({
      fields: { from: expect.any(String) },
    });
    expect(await getReport(deps, world.officerC, { from: "2026-12-31", to: "2026-01-01" })).toMatchObject({
      fields: { to: expect.stringContaining("après") },
    });
    expect(await getReport(deps, world.officerC, { scope: "everything" })).toMatchObject({
      fields: { scope: expect.stringContaining("périmètre") },
    });
    const french = await report(world.officerC, { from: "01/07/2026", to: "31/12/2026" });
    expect(french.period).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    // 184 days: 1 July – 31 December; the 184 days before end on 30 June.
    expect(french.previous.period).toEqual({ from: "2025-12-29", to: "2026-06-30" });
  });
});
