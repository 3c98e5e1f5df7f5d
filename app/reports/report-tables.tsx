import type { Report } from "../../server/reports/get-report";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatCount, formatFteHundredths } from "./report-format";
import { ReportTable } from "./report-table";

const text = fr.reports;
const columns = text.columns;
const number = (value: number) => ({ value: formatInteger(value), num: true });
const fte = (value: number) => ({ value: formatFteHundredths(value), num: true });

/** Counts by code with their total; every code listed, zeros included. */
export function CountTable<K extends string>({
  caption,
  rows,
  labels,
}: {
  caption: string;
  rows: { key: K; count: number }[];
  labels: Record<K, string>;
}) {
  return (
    <ReportTable
      caption={caption}
      rowHeads
      heads={[{ label: columns.label }, { label: columns.count, num: true }]}
      rows={rows.map((row) => ({ key: row.key, cells: [{ value: labels[row.key] }, number(row.count)] }))}
      foot={[{ value: text.total }, number(rows.reduce((sum, r) => sum + r.count, 0))]}
    />
  );
}

type TotalsKey = keyof Report["totals"];
const totalRows: { key: TotalsKey; label: string; fte?: boolean }[] = [
  { key: "signalsReceived", label: text.figures.signalsReceived.label },
  { key: "initiativesCreated", label: text.figures.initiativesCreated.label },
  { key: "abandonments", label: text.figures.abandonments.label },
  { key: "launches", label: text.figures.launches.label },
  { key: "planned", label: text.figures.planned.label },
  { key: "jobsFteHundredths", label: columns.jobs, fte: true },
  { key: "insertionFteHundredths", label: columns.insertion, fte: true },
  { key: "disabilityFteHundredths", label: columns.disability, fte: true },
];

/** The headline figures beside those of the previous period. */
export function TotalsTable({ report }: { report: Report }) {
  const cell = (value: number | null, isFte?: boolean) =>
    value === null ? { value: formatCount(null), num: true } : isFte ? fte(value) : number(value);
  return (
    <ReportTable
      caption={text.sections.totals}
      rowHeads
      heads={[
        { label: columns.label },
        { label: columns.current, num: true },
        { label: columns.previous, num: true },
      ]}
      rows={totalRows.map((row) => ({
        key: row.key,
        cells: [
          { value: row.label },
          cell(report.totals[row.key], row.fte),
          cell(report.previous.totals[row.key], row.fte),
        ],
      }))}
    />
  );
}

/** Initiatives per stage at the period's end, and who entered and left each stage. */
export function StagesTable({ report }: { report: Report }) {
  return (
    <ReportTable
      caption={text.sections.stages}
      rowHeads
      heads={[
        { label: columns.stage },
        { label: columns.atEnd, num: true },
        { label: columns.entered, num: true },
        { label: columns.left, num: true },
      ]}
      rows={report.pipeline.stages.map((row) => ({
        key: row.stage,
        cells: [
          { value: fr.initiatives.stages[row.stage] },
          number(row.atEnd),
          number(row.entered),
          number(row.left),
        ],
      }))}
    />
  );
}

/** The same figures per Fabrique. */
export function ByFabriqueTable({ report }: { report: Report }) {
  return (
    <ReportTable
      caption={text.sections.byFabrique}
      rowHeads
      heads={[
        { label: columns.fabrique },
        { label: columns.signals, num: true },
        { label: columns.initiativesCreated, num: true },
        { label: columns.abandonments, num: true },
        { label: columns.launches, num: true },
        { label: columns.jobs, num: true },
      ]}
      rows={report.byFabrique.map((row) => ({
        key: row.fabriqueId,
        cells: [
          { value: row.name },
          { value: formatCount(row.signalsReceived), num: true },
          number(row.initiativesCreated),
          number(row.abandonments),
          number(row.launches),
          fte(row.jobsFteHundredths),
        ],
      }))}
    />
  );
}
