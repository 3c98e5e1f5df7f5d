import type { Deps } from "../../core/deps";
import type { Report } from "../get-report";
import { launchPlaces } from "../launch-places";
import type { Chart } from "./chart-model";
import type { ReportMapLevel } from "./map-chart";
import { reportCharts } from "./report-charts";

/** The charts of a report the actor was allowed to read (`getReport` checked it). */
export async function getReportCharts(
  deps: Pick<Deps, "db" | "clock">,
  report: Report,
  level: ReportMapLevel = "region",
): Promise<Chart[]> {
  const places = await launchPlaces(
    deps,
    report.launches.launched.map((a) => a.initiativeId),
  );
  return reportCharts(deps, report, places, level);
}
