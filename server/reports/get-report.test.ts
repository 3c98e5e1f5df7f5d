import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildWorld, counts, reportOf, stages, type World, year2026 } from "./report-world-fixtures";

/** The small network of `report-world-fixtures.ts`: every expected figure is a count a person makes from it. */
describe("a report of a period", () => {
  let deps: TestDeps;
  let world: World;
  const report = (actor: Actor, input: Record<string, unknown>) => reportOf(deps, actor, input);

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
  });
  afterAll(async () => deps.close());

  it("counts the network's signals received in the year by kind, channel and status, in Paris time, without confirmed spam", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.signals?.total).toBe(5);
    expect(counts(network.signals!.byKind)).toEqual({ need: 2, idea: 1, resource: 1, territory: 1 });
    expect(counts(network.signals!.byChannel)).toEqual({
      public_form: 1,
      workshop: 1,
      event: 1,
      commissioner: 1,
      idea_sensor: 1,
    });
    expect(counts(network.signals!.byStatus)).toEqual({ new: 2, qualified: 2, rejected: 1 });
    expect(network.signals!.campaigns.map((c) => [c.title, c.signals])).toEqual([
      ["Appel à révélation — hiver 2026", 1],
      ["Appel à révélation — printemps 2026", 1],
    ]);
  });

  it("places each initiative at its stage at the year's end and counts who entered and left each stage", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(stages(network, "atEnd")).toEqual({ launch: 5, follow_up: 1, handover: 1, abandoned: 2 });
    expect(stages(network, "entered")).toEqual({
      referral: 5,
      detection: 2,
      qualification: 1,
      handover: 1,
      launch: 5,
      follow_up: 1,
      abandoned: 2,
    });
    expect(stages(network, "left")).toEqual({ referral: 8, detection: 2, qualification: 1, launch: 1 });
    expect(network.pipeline.abandonments.map((a) => [a.title, a.on, a.reason])).toEqual([
      ["Garage solidaire", "2026-05-20", "Pas de porteur trouvé."],
      ["Halte-garderie", "2026-10-10", "Le besoin est déjà couvert."],
    ]);
    expect(network.totals.initiativesCreated).toBe(5);
  });

  it("counts the activities launched in the year as the public launches are counted, and the planned ones apart", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.launches.launched.map((l) => [l.openedOn, l.kind, l.modelTitle])).toEqual([
      ["2026-05-05", "replication", "VERT'uOSE"],
      ["2026-07-01", "new_activity", null],
      ["2026-10-01", "new_organisation", null],
    ]);
    expect(counts(network.launches.byKind)).toEqual({ new_organisation: 1, new_activity: 1, replication: 1 });
    expect(network.launches.jobs).toEqual({
      jobsFteHundredths: 770,
      insertionFteHundredths: 220,
      disabilityFteHundredths: 450,
    });
    expect(network.launches.planned.map((l) => l.openedOn)).toEqual(["2026-12-15", "2027-02-01"]);
  });

  it("breaks the figures down by Fabrique, adding up to the network's", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(
      network.byFabrique.map((f) => [
        f.slug,
        f.signalsReceived,
        f.initiativesCreated,
        f.abandonments,
        f.launches,
        f.jobsFteHundredths,
      ]),
    ).toEqual([
      ["rpt-a", 3, 3, 1, 1, 250],
      ["rpt-b", 1, 1, 0, 1, 120],
      ["rpt-c", 1, 1, 1, 1, 400],
    ]);
  });

  it("compares with the previous calendar year", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.previous.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(network.previous.totals).toMatchObject({
      signalsReceived: 1,
      initiativesCreated: 4,
      abandonments: 0,
      launches: 1,
      jobsFteHundredths: 300,
    });
  });

  it("reports a région as its Fabriques", async () => {
    const normandie = await report(world.animator, { ...year2026, scope: "region:28" });
    expect(normandie.signals?.total).toBe(4);
    expect(normandie.launches.launched.length).toBe(2);
    expect(normandie.launches.jobs.jobsFteHundredths).toBe(370);
    expect(normandie.byFabrique.map((f) => f.slug)).toEqual(["rpt-a", "rpt-b"]);
  });
});
