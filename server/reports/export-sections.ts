import { fr } from "../../shared/i18n/fr";
import {
  byProgramme,
  byRegion,
  dormant,
  financing,
  followUps,
  grantsByFunder,
  moneySummary,
  overdueFollowUps,
  replicationShare,
  replicationsByModel,
  stageTime,
} from "./export-more-sections";
import type { ExportColumn, ExportContext, ExportTable } from "./export-table";
import type { Report } from "./get-report";
import type { LaunchedActivityFigure } from "./launch-figures";
import type { LaunchPlace } from "./launch-places";

const sheets = fr.reportExports.sheets;
const columns = fr.reports.columns;

export type { ExportColumn, ExportContext, ExportTable, ExportValue } from "./export-table";

const label: ExportColumn = { label: columns.label, kind: "text" };
const count = (heading: string, sum = true): ExportColumn => ({ label: heading, kind: "count", sum });
const fte = (heading: string, sum = true): ExportColumn => ({ label: heading, kind: "fte", sum });

function totals({ report }: ExportContext): ExportTable {
  const t = report.totals;
  const p = report.previous.totals;
  const line = (heading: string, key: keyof typeof t) => [heading, t[key], p[key]];
  const figures = fr.reports.figures;
  return {
    id: "totals",
    title: fr.reports.sections.totals,
    columns: [label, count(columns.current, false), count(columns.previous, false)],
    rows: [
      line(figures.signalsReceived.label, "signalsReceived"),
      line(figures.initiativesCreated.label, "initiativesCreated"),
      line(figures.abandonments.label, "abandonments"),
      line(figures.launches.label, "launches"),
      line(figures.planned.label, "planned"),
    ],
  };
}

/** The jobs of the summary, apart: a column holds one kind of number. */
function totalJobs({ report }: ExportContext): ExportTable {
  const t = report.totals;
  const p = report.previous.totals;
  return {
    id: "jobs",
    title: fr.reports.figures.jobs.label,
    columns: [label, fte(columns.current, false), fte(columns.previous, false)],
    rows: [
      [columns.jobs, t.jobsFteHundredths, p.jobsFteHundredths],
      [columns.insertion, t.insertionFteHundredths, p.insertionFteHundredths],
      [columns.disability, t.disabilityFteHundredths, p.disabilityFteHundredths],
    ],
  };
}

const countTable =
  <K extends string>(
    id: ExportTable["id"],
    title: string,
    rowsOf: (report: Report) => { key: K; count: number }[] | undefined,
    labels: Record<K, string>,
  ) =>
  ({ report }: ExportContext): ExportTable | null => {
    const rows = rowsOf(report);
    if (!rows) return null;
    return {
      id,
      title,
      columns: [label, count(columns.count)],
      rows: rows.map((r) => [labels[r.key], r.count]),
    };
  };

function campaigns({ report }: ExportContext): ExportTable | null {
  if (!report.signals) return null;
  return {
    id: "campaigns",
    title: fr.reports.sections.campaigns,
    columns: [
      { label: columns.campaign, kind: "text" },
      { label: columns.fabrique, kind: "text" },
      { label: columns.opensOn, kind: "date" },
      { label: fr.reportExports.columns.closesOn, kind: "date" },
      count(columns.signals),
    ],
    rows: report.signals.campaigns.map((c) => [c.title, c.fabriqueName, c.opensOn, c.closesOn, c.signals]),
  };
}

function stages({ report }: ExportContext): ExportTable {
  return {
    id: "stages",
    title: fr.reports.sections.stages,
    columns: [
      { label: columns.stage, kind: "text" },
      count(columns.atEnd),
      count(columns.entered, false),
      count(columns.left, false),
    ],
    rows: report.pipeline.stages.map((s) => [fr.initiatives.stages[s.stage], s.atEnd, s.entered, s.left]),
  };
}

function abandonments({ report }: ExportContext): ExportTable {
  return {
    id: "abandonments",
    title: fr.reports.sections.abandonments,
    columns: [
      { label: columns.initiative, kind: "text" },
      { label: columns.fabrique, kind: "text" },
      { label: columns.date, kind: "date" },
      { label: columns.reason, kind: "text" },
    ],
    rows: report.pipeline.abandonments.map((a) => [
      `${a.reference} — ${a.title}`,
      a.fabriqueName,
      a.on,
      a.reason,
    ]),
  };
}

/** A place as a reader names it: `Rouen (Commune 76540)`. */
export function placeName(place: LaunchPlace | undefined): string {
  if (!place) return "";
  const kind = fr.territories.kind[place.kind];
  return `${place.name ?? place.code} (${kind} ${place.code})`;
}

const activities =
  (id: "launches" | "planned", title: string, rowsOf: (report: Report) => LaunchedActivityFigure[]) =>
  ({ report, places }: ExportContext): ExportTable => ({
    id,
    title,
    columns: [
      { label: columns.activity, kind: "text", weight: 5 },
      { label: columns.kind, kind: "text" },
      { label: columns.fabrique, kind: "text" },
      { label: fr.reportExports.columns.territory, kind: "text", weight: 3.5 },
      { label: fr.reportExports.columns.region, kind: "text", weight: 2.5 },
      { label: columns.opensOn, kind: "date" },
      { label: columns.model, kind: "text" },
      fte(columns.jobs),
      fte(columns.insertion),
      fte(columns.disability),
    ],
    rows: rowsOf(report).map((a) => {
      const place = places.get(a.initiativeId);
      return [
        a.activityName || a.reference,
        fr.carriers.outcome.kinds[a.kind],
        a.fabriqueName,
        placeName(place),
        place?.regionName ?? "",
        a.openedOn,
        a.modelTitle ?? "",
        a.jobsFteHundredths,
        a.insertionFteHundredths,
        a.disabilityFteHundredths,
      ];
    }),
  });

function byFabrique({ report }: ExportContext): ExportTable {
  return {
    id: "byFabrique",
    title: fr.reports.sections.byFabrique,
    columns: [
      { label: columns.fabrique, kind: "text" },
      count(columns.signals),
      count(columns.initiativesCreated),
      count(columns.abandonments),
      count(columns.launches),
      fte(columns.jobs),
      fte(columns.insertion),
      fte(columns.disability),
    ],
    rows: report.byFabrique.map((f) => [
      f.name,
      f.signalsReceived,
      f.initiativesCreated,
      f.abandonments,
      f.launches,
      f.jobsFteHundredths,
      f.insertionFteHundredths,
      f.disabilityFteHundredths,
    ]),
  };
}

/**
 * The tables of a report's exports, in the page's order; one function each, null when the
 * report has no such figure (a programme's signals). A new figure of the report is a new
 * function here, and both the XLSX and the PDF show it.
 */
export const exportSections: readonly ((context: ExportContext) => ExportTable | null)[] = [
  totals,
  totalJobs,
  countTable("signalsByKind", sheets.signalsByKind, (r) => r.signals?.byKind, fr.signals.kinds),
  countTable("signalsByChannel", sheets.signalsByChannel, (r) => r.signals?.byChannel, fr.signals.channels),
  countTable("signalsByStatus", sheets.signalsByStatus, (r) => r.signals?.byStatus, fr.signals.statuses),
  campaigns,
  stages,
  stageTime,
  dormant,
  abandonments,
  countTable("launchesByKind", sheets.launchesByKind, (r) => r.launches.byKind, fr.carriers.outcome.kinds),
  activities("launches", fr.reports.sections.launches, (r) => r.launches.launched),
  activities("planned", fr.reports.sections.planned, (r) => r.launches.planned),
  followUps,
  overdueFollowUps,
  replicationShare,
  replicationsByModel,
  moneySummary,
  grantsByFunder,
  financing,
  byProgramme,
  byFabrique,
  byRegion,
];

export function exportTables(context: ExportContext): ExportTable[] {
  return exportSections.flatMap((section) => section(context) ?? []);
}
