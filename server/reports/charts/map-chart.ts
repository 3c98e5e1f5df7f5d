import { formatFteHundredths, formatInteger } from "../../../shared/i18n/format";
import { fr } from "../../../shared/i18n/fr";
import { t } from "../../../shared/i18n/t";
import type { Deps } from "../../core/deps";
import { getTerritoryMap } from "../../maps/render-map";
import type { LaunchedActivityFigure } from "../launch-figures";
import { type LaunchPlace, placeCodeAt } from "../launch-places";
import type { Chart, ChartMark } from "./chart-model";

const text = fr.reportExports.charts.map;

export type ReportMapLevel = "region" | "departement";

type Tally = { name: string; launches: number; jobsFteHundredths: number };

/** The report's launched activities per région (or département), and those on a larger territory. */
export function tallyByTerritory(
  launched: readonly LaunchedActivityFigure[],
  places: Map<string, LaunchPlace>,
  level: ReportMapLevel,
): { byCode: Map<string, Tally>; elsewhere: Tally } {
  const byCode = new Map<string, Tally>();
  const elsewhere: Tally = { name: text.otherLevel, launches: 0, jobsFteHundredths: 0 };
  for (const activity of launched) {
    const place = places.get(activity.initiativeId);
    const code = place ? placeCodeAt(place, level) : null;
    const tally = code ? (byCode.get(code) ?? { name: code, launches: 0, jobsFteHundredths: 0 }) : elsewhere;
    tally.launches++;
    tally.jobsFteHundredths += activity.jobsFteHundredths;
    if (code) byCode.set(code, tally);
  }
  return { byCode, elsewhere };
}

/**
 * A map of France coloured by the report's launched activities per région or département, drawn
 * from the territories map's boundaries (`server/maps/render-map.ts`); null when no boundary is
 * known for the level. Its table lists each territory with activities, and those on a larger one.
 */
export async function mapChart(
  deps: Pick<Deps, "db" | "clock">,
  launched: readonly LaunchedActivityFigure[],
  places: Map<string, LaunchPlace>,
  level: ReportMapLevel,
): Promise<Chart | null> {
  const { byCode, elsewhere } = tallyByTerritory(launched, places, level);
  const counts = new Map([...byCode].map(([code, tally]) => [code, tally.launches]));
  const map = await getTerritoryMap(deps, level, "activities", counts);
  if (!map) return null;
  const names = new Map(map.rows.map((r) => [r.code, r.name]));
  const [x = 0, y = 0, width = 600, height = 600] = map.viewBox.split(/\s+/).map(Number);
  const marks: ChartMark[] = map.shapes.map((shape) => ({
    kind: "shape",
    paths: shape.paths,
    fill: shape.value ? (map.classes[shape.classIndex ?? 0]?.color ?? "#ffffff") : "#ffffff",
    label: t(text.shape, { name: shape.name, count: formatInteger(shape.value ?? 0) }),
  }));
  const levelName = text.level[level];
  const rows = [...byCode]
    .map(([code, tally]) => ({ code, ...tally, name: names.get(code) ?? code }))
    .sort((a, b) => b.launches - a.launches || a.name.localeCompare(b.name, "fr"));
  const line = (key: string, tally: Tally) => ({
    key,
    cells: [
      { value: tally.name },
      { value: formatInteger(tally.launches), num: true },
      { value: formatFteHundredths(tally.jobsFteHundredths), num: true },
    ],
  });
  const placed = rows.reduce((sum, r) => sum + r.launches, 0);
  const notes = [
    map.source.kind === "import" ? t(text.importedSource, { source: map.source.name }) : text.fallbackSource,
  ];
  if (elsewhere.launches > 0)
    notes.unshift(t(text.notPlaced, { count: elsewhere.launches, level: levelName }));
  if (launched.length === 0) notes.unshift(text.none);
  return {
    id: "map",
    title: t(text.title, { level: levelName }),
    description: t(text.description, {
      level: levelName,
      summary: t(text.summary, { placed: formatInteger(placed), territories: formatInteger(rows.length) }),
    }),
    viewBox: { x, y, width, height },
    marks,
    legend: map.classes
      .filter((c) => c.to > 0)
      .map((c) => ({
        color: c.color,
        label: t(text.range, { from: formatInteger(Math.max(c.from, 1)), to: formatInteger(c.to) }),
      })),
    notes,
    table: {
      heads: [
        { label: text.territory },
        { label: text.launches, num: true },
        { label: text.jobs, num: true },
      ],
      rows: [
        ...rows.map((r) => line(r.code, r)),
        ...(elsewhere.launches > 0 ? [line("elsewhere", elsewhere)] : []),
      ],
      foot: [
        { value: fr.reports.total },
        { value: formatInteger(launched.length), num: true },
        {
          value: formatFteHundredths(launched.reduce((sum, a) => sum + a.jobsFteHundredths, 0)),
          num: true,
        },
      ],
    },
  };
}
