import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildWorld, reportOf, type World, year2026 } from "./report-world-fixtures";

/** The small network of `report-world-fixtures.ts`: the days below are counted on a calendar. */
describe("time spent per stage and initiatives without news", () => {
  let deps: TestDeps;
  let world: World;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
  });
  afterAll(async () => deps.close());

  it("gives the median length of the stays that ended in the year, stage by stage", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    const times = Object.fromEntries(
      network.pipeline.stages
        .filter((s) => s.staysEnded > 0)
        .map((s) => [s.stage, [s.staysEnded, s.medianDays]]),
    );
    // Referral: 30, 120, 123, 125, 151, 227, 245, 254 days → (125 + 151) / 2.
    // Detection: 59 (Conciergerie) and 162 (Halte-garderie); qualification 153; launch 273 (Épicerie sociale).
    expect(times).toEqual({
      referral: [8, 138],
      detection: [2, 110.5],
      qualification: [1, 153],
      launch: [1, 273],
    });
    expect(network.pipeline.stages.find((s) => s.stage === "handover")?.medianDays).toBeNull();
  });

  it("lists the initiatives without a journal line for six months at the year's end, the longest silent first", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    expect(network.pipeline.dormant.months).toBe(6);
    expect(network.pipeline.dormant.total).toBe(3);
    expect(network.pipeline.dormant.initiatives.map((d) => [d.title, d.stage, d.lastNewsOn])).toEqual([
      ["Recyclerie", "handover", "2026-01-10"],
      ["Maraîchage adapté", "launch", "2026-04-01"],
      ["Atelier vélo", "launch", "2026-06-01"],
    ]);
    // At the end of June, the Recyclerie had news in January: not yet six months.
    const firstHalf = await reportOf(deps, world.animator, { from: "2026-01-01", to: "2026-06-30" });
    expect(firstHalf.pipeline.dormant.initiatives.map((d) => d.title)).toEqual([]);
    const teamC = await reportOf(deps, world.officerC, year2026);
    expect(teamC.pipeline.dormant.initiatives.map((d) => d.title)).toEqual(["Maraîchage adapté"]);
  });
});
