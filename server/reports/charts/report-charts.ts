import type { Deps } from "../../core/deps";
import type { Report } from "../get-report";
import type { LaunchPlace } from "../launch-places";
import type { Chart } from "./chart-model";
import { funnelChart } from "./funnel-chart";
import { launchesChart } from "./launches-chart";
import { mapChart, type ReportMapLevel } from "./map-chart";

/**
 * The charts of a report, each drawn from the report's own figures (never a second count): the
 * pipeline's funnel, launches and jobs over time, and the map of launches. A chart is one
 * function: a new one is added to this list.
 */
export async function reportCharts(
  deps: Pick<Deps, "db" | "clock">,
  report: Report,
  places: Map<string, LaunchPlace>,
  level: ReportMapLevel = "region",
): Promise<Chart[]> {
  const map = await mapChart(deps, report.launches.launched, places, level);
  return [
    funnelChart(report.pipeline),
    launchesChart(report.period, report.launches.launched),
    ...(map ? [map] : []),
  ];
}
