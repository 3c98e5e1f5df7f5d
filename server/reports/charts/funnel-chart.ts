import { workingStages } from "../../../shared/codes/initiatives";
import { formatInteger } from "../../../shared/i18n/format";
import { fr } from "../../../shared/i18n/fr";
import { t } from "../../../shared/i18n/t";
import type { PipelineFigures } from "../pipeline-figures";
import { type Chart, type ChartMark, chartColors } from "./chart-model";

const text = fr.reportExports.charts.funnel;
const stageNames = fr.initiatives.stages;

const WIDTH = 640;
const ROW = 34;
const LABEL_WIDTH = 230;
const BAR_SPACE = WIDTH - LABEL_WIDTH - 50;

/**
 * The pipeline as a funnel: one centred bar per working stage, from the referral to the
 * follow-up, as wide as the initiatives standing there at the period's end (figure
 * `initiativesAtEnd`); dormant and abandoned ones are named in the description and the table.
 */
export function funnelChart(pipeline: Pick<PipelineFigures, "stages">): Chart {
  const rows = pipeline.stages;
  const working = rows.filter((r) => (workingStages as readonly string[]).includes(r.stage));
  const outside = rows.filter((r) => !(workingStages as readonly string[]).includes(r.stage));
  const max = Math.max(1, ...working.map((r) => r.atEnd));
  const centre = LABEL_WIDTH + BAR_SPACE / 2;
  const marks: ChartMark[] = working.flatMap((row, i): ChartMark[] => {
    const y = 10 + i * ROW;
    const width = row.atEnd === 0 ? 0 : Math.max(3, (row.atEnd / max) * BAR_SPACE);
    const label = t(text.bar, { stage: stageNames[row.stage], count: formatInteger(row.atEnd) });
    return [
      {
        kind: "text",
        x: LABEL_WIDTH - 10,
        y: y + ROW / 2,
        text: stageNames[row.stage],
        anchor: "end",
        size: 12,
      },
      { kind: "rect", x: centre - width / 2, y: y + 4, width, height: ROW - 8, fill: chartColors.bar, label },
      {
        kind: "text",
        x: centre + Math.max(width / 2, 0) + 6,
        y: y + ROW / 2,
        text: formatInteger(row.atEnd),
        anchor: "start",
        size: 12,
        bold: true,
      },
    ];
  });
  const list = (stages: typeof rows) =>
    stages.map((r) => `${stageNames[r.stage]} ${formatInteger(r.atEnd)}`).join(", ");
  return {
    id: "funnel",
    title: text.title,
    description: t(text.description, { list: list(working), outside: list(outside) }),
    viewBox: { x: 0, y: 0, width: WIDTH, height: 20 + working.length * ROW },
    marks,
    legend: [],
    notes: [],
    table: {
      heads: [{ label: text.stage }, { label: text.count, num: true }],
      rows: rows.map((r) => ({
        key: r.stage,
        cells: [{ value: stageNames[r.stage] }, { value: formatInteger(r.atEnd), num: true }],
      })),
      foot: [
        { value: fr.reports.total },
        { value: formatInteger(rows.reduce((sum, r) => sum + r.atEnd, 0)), num: true },
      ],
    },
  };
}
