import { formatFteHundredths, formatInteger } from "../../../shared/i18n/format";
import { fr } from "../../../shared/i18n/fr";
import { t } from "../../../shared/i18n/t";
import { frenchMonthName } from "../../../shared/time";
import type { LaunchedActivityFigure } from "../launch-figures";
import type { ReportPeriod } from "../report-period";
import { type Chart, type ChartMark, chartColors } from "./chart-model";

const text = fr.reportExports.charts.launches;

/** A month (`2026-03`) or a year (`2026`) of the period, with the launches opened in it. */
export type TimeBucket = { key: string; label: string; launches: number; jobsFteHundredths: number };

/** Months for a period of two years at most, else years. */
export function bucketUnit(period: ReportPeriod): "month" | "year" {
  const months =
    (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 +
    Number(period.to.slice(5, 7)) -
    Number(period.from.slice(5, 7)) +
    1;
  return months <= 24 ? "month" : "year";
}

/** Every month (or year) of the period, zeros included, with the activities opened in it. */
export function timeBuckets(period: ReportPeriod, launched: readonly LaunchedActivityFigure[]): TimeBucket[] {
  const unit = bucketUnit(period);
  const keys: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = unit === "month" ? Number(period.from.slice(5, 7)) : 1;
  const last = unit === "month" ? period.to.slice(0, 7) : period.to.slice(0, 4);
  for (;;) {
    const key = unit === "month" ? `${year}-${String(month).padStart(2, "0")}` : String(year);
    keys.push(key);
    if (key >= last) break;
    if (unit === "year" || month === 12) {
      year++;
      month = 1;
    } else month++;
  }
  const buckets = new Map(
    keys.map((key) => {
      const label = unit === "month" ? `${frenchMonthName(Number(key.slice(5, 7)))} ${key.slice(0, 4)}` : key;
      return [key, { key, label, launches: 0, jobsFteHundredths: 0 }];
    }),
  );
  for (const activity of launched) {
    const bucket = buckets.get(activity.openedOn.slice(0, unit === "month" ? 7 : 4));
    if (!bucket) continue;
    bucket.launches++;
    bucket.jobsFteHundredths += activity.jobsFteHundredths;
  }
  return [...buckets.values()];
}

const WIDTH = 640;
const PANEL = 110;
const LEFT = 40;

function panel(
  buckets: TimeBucket[],
  top: number,
  value: (b: TimeBucket) => number,
  shown: (n: number) => string,
  fill: string,
): ChartMark[] {
  const max = Math.max(1, ...buckets.map(value));
  const step = (WIDTH - LEFT - 10) / buckets.length;
  const bars = buckets.flatMap((b, i): ChartMark[] => {
    const height = (value(b) / max) * (PANEL - 20);
    const x = LEFT + i * step + step * 0.15;
    const label = t(text.bar, { when: b.label, count: shown(value(b)) });
    const bar: ChartMark = {
      kind: "rect",
      x,
      y: top + PANEL - height,
      width: step * 0.7,
      height,
      fill,
      label,
    };
    if (value(b) === 0) return [bar];
    const figure: ChartMark = {
      kind: "text",
      x: x + step * 0.35,
      y: top + PANEL - height - 7,
      text: shown(value(b)),
      anchor: "middle",
      size: 10,
    };
    return [bar, figure];
  });
  return [
    ...bars,
    { kind: "line", x1: LEFT, y1: top + PANEL, x2: WIDTH - 10, y2: top + PANEL, stroke: chartColors.axis },
  ];
}

const shortMonthFormat = new Intl.DateTimeFormat("fr-FR", { month: "short", timeZone: "UTC" });
const shortMonth = (month: number) => shortMonthFormat.format(new Date(Date.UTC(2026, month - 1, 1)));

/** Shorter labels under the bars: `janv. 26` for a month, every other one past 12 bars. */
function axisLabels(buckets: TimeBucket[], top: number): ChartMark[] {
  const step = (WIDTH - LEFT - 10) / buckets.length;
  const every = buckets.length > 12 ? 2 : 1;
  return buckets.flatMap((b, i): ChartMark[] => {
    if (i % every !== 0) return [];
    const short =
      b.key.length === 7 ? `${shortMonth(Number(b.key.slice(5, 7)))} ${b.key.slice(2, 4)}` : b.label;
    return [{ kind: "text", x: LEFT + (i + 0.5) * step, y: top, text: short, anchor: "middle", size: 10 }];
  });
}

/** Launches and jobs over time: two bar panels over the same months (or years) of the period. */
export function launchesChart(period: ReportPeriod, launched: readonly LaunchedActivityFigure[]): Chart {
  const buckets = timeBuckets(period, launched);
  const unit = bucketUnit(period) === "month" ? text.monthUnit : text.yearUnit;
  const totalLaunches = buckets.reduce((sum, b) => sum + b.launches, 0);
  const totalJobs = buckets.reduce((sum, b) => sum + b.jobsFteHundredths, 0);
  const busiest = [...buckets].sort((a, b) => b.launches - a.launches)[0];
  const summary = [
    t(text.summary, { launches: formatInteger(totalLaunches), jobs: formatFteHundredths(totalJobs) }),
    busiest && busiest.launches > 0
      ? t(text.busiest, { count: formatInteger(busiest.launches), when: busiest.label })
      : "",
  ].join(" ");
  const titleMark = (y: number, title: string): ChartMark => ({
    kind: "text",
    x: LEFT,
    y,
    text: title,
    anchor: "start",
    size: 11,
    bold: true,
  });
  return {
    id: "launches",
    title: t(text.title, { unit }),
    description: t(text.description, { unit, summary }).trim(),
    viewBox: { x: 0, y: 0, width: WIDTH, height: 2 * PANEL + 70 },
    marks: [
      titleMark(8, text.launches),
      ...panel(buckets, 15, (b) => b.launches, formatInteger, chartColors.bar),
      titleMark(PANEL + 33, text.jobs),
      ...panel(buckets, PANEL + 40, (b) => b.jobsFteHundredths, formatFteHundredths, chartColors.jobs),
      ...axisLabels(buckets, 2 * PANEL + 55),
    ],
    legend: [],
    notes: [],
    table: {
      heads: [{ label: text.when }, { label: text.launches, num: true }, { label: text.jobs, num: true }],
      rows: buckets.map((b) => ({
        key: b.key,
        cells: [
          { value: b.label },
          { value: formatInteger(b.launches), num: true },
          { value: formatFteHundredths(b.jobsFteHundredths), num: true },
        ],
      })),
      foot: [
        { value: fr.reports.total },
        { value: formatInteger(totalLaunches), num: true },
        { value: formatFteHundredths(totalJobs), num: true },
      ],
    },
  };
}
