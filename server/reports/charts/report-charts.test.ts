import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFteHundredths, formatInteger } from "../../../shared/i18n/format";
import { fr } from "../../../shared/i18n/fr";
import { createTestDeps, type TestDeps } from "../../testing/test-deps";
import type { Report } from "../get-report";
import { buildWorld, reportOf, type World, year2026 } from "../report-world-fixtures";
import type { Chart } from "./chart-model";
import { getReportCharts } from "./get-report-charts";
import { bucketUnit, timeBuckets } from "./launches-chart";

const chartOf = (charts: Chart[], id: Chart["id"]) => charts.find((c) => c.id === id)!;
const cellsOf = (chart: Chart) => chart.table.rows.map((r) => r.cells.map((c) => c.value));

describe("a report's charts", () => {
  let deps: TestDeps;
  let world: World;
  let network: Report;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
    network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
  });
  afterAll(async () => deps.close());

  it("draws the funnel from the stages at the period's end, one bar per working stage, the table with every stage", async () => {
    const funnel = chartOf(await getReportCharts(deps, network), "funnel");
    expect(cellsOf(funnel)).toEqual(
      network.pipeline.stages.map((s) => [fr.initiatives.stages[s.stage], formatInteger(s.atEnd)]),
    );
    expect(funnel.marks.filter((m) => m.kind === "rect")).toHaveLength(8);
    expect(funnel.description).toContain(`${fr.initiatives.stages.launch} ${formatInteger(5)}`);
    expect(funnel.description).toContain(`${fr.initiatives.stages.abandoned} ${formatInteger(2)}`);
  });

  it("puts launches and jobs in the months of a year, adding up to the report's totals", async () => {
    const launches = chartOf(await getReportCharts(deps, network), "launches");
    expect(launches.table.rows).toHaveLength(12);
    const byMonth = Object.fromEntries(cellsOf(launches).map(([when, n, jobs]) => [when, [n, jobs]]));
    expect(byMonth["mai 2026"]).toEqual(["1", formatFteHundredths(400)]);
    expect(byMonth["juillet 2026"]).toEqual(["1", formatFteHundredths(120)]);
    expect(byMonth["octobre 2026"]).toEqual(["1", formatFteHundredths(250)]);
    expect(launches.table.foot?.map((c) => c.value)).toEqual([
      fr.reports.total,
      formatInteger(network.totals.launches),
      formatFteHundredths(network.totals.jobsFteHundredths),
    ]);
  });

  it("counts by year over a longer period", () => {
    const period = { from: "2024-01-01", to: "2026-12-31" };
    expect(bucketUnit(period)).toBe("year");
    const buckets = timeBuckets(period, network.launches.launched);
    expect(buckets.map((b) => [b.key, b.launches])).toEqual([
      ["2024", 0],
      ["2025", 0],
      ["2026", 3],
    ]);
    expect(timeBuckets({ from: "2025-11-15", to: "2026-02-03" }, []).map((b) => b.key)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });

  it("maps the launches by région or by département, the Rouen activities in Normandie and Seine-Maritime", async () => {
    const regions = chartOf(await getReportCharts(deps, network, "region"), "map");
    expect(cellsOf(regions)).toEqual([["Normandie", "3", formatFteHundredths(770)]]);
    const normandie = regions.marks.find((m) => m.kind === "shape" && m.label.startsWith("Normandie"));
    expect(normandie).toMatchObject({ kind: "shape", label: "Normandie : 3" });
    expect(normandie?.kind === "shape" && normandie.fill).not.toBe("#ffffff");
    const bretagne = regions.marks.find((m) => m.kind === "shape" && m.label.startsWith("Bretagne"));
    expect(bretagne).toMatchObject({ fill: "#ffffff", label: "Bretagne : 0" });
    const departements = chartOf(await getReportCharts(deps, network, "departement"), "map");
    expect(cellsOf(departements)).toEqual([["Seine-Maritime", "3", formatFteHundredths(770)]]);
  });

  it("shows a funder's programme only on its map", async () => {
    const programme = await reportOf(deps, world.funderP2, { ...year2026, scope: `programme:${world.p2}` });
    const map = chartOf(await getReportCharts(deps, programme), "map");
    expect(map.table.foot?.[1]?.value).toBe(formatInteger(programme.totals.launches));
    expect(programme.totals.launches).toBe(1);
  });
});
