import type { Report } from "../../server/reports/get-report";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatCount, formatFteHundredths } from "./report-format";

const text = fr.reports;
const columns = text.columns;

/** A two-column table of counts by code, with its total; every code listed, zeros included. */
export function CountTable<K extends string>({
  caption,
  rows,
  labels,
  label = columns.label,
}: {
  caption: string;
  rows: { key: K; count: number }[];
  labels: Record<K, string>;
  label?: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col" className="num">
              {columns.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{labels[row.key]}</th>
              <td className="num">{formatInteger(row.count)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{text.total}</th>
            <td className="num">{formatInteger(rows.reduce((sum, r) => sum + r.count, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
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
  const cell = (value: number | null, fte?: boolean) =>
    value === null ? "—" : fte ? formatFteHundredths(value) : formatInteger(value);
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.sections.totals}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.label}</th>
            <th scope="col" className="num">
              {columns.current}
            </th>
            <th scope="col" className="num">
              {columns.previous}
            </th>
          </tr>
        </thead>
        <tbody>
          {totalRows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{cell(report.totals[row.key], row.fte)}</td>
              <td className="num">{cell(report.previous.totals[row.key], row.fte)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Initiatives per stage at the period's end, and who entered and left each stage. */
export function StagesTable({ report }: { report: Report }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.sections.stages}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.stage}</th>
            <th scope="col" className="num">
              {columns.atEnd}
            </th>
            <th scope="col" className="num">
              {columns.entered}
            </th>
            <th scope="col" className="num">
              {columns.left}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.pipeline.stages.map((row) => (
            <tr key={row.stage}>
              <th scope="row">{fr.initiatives.stages[row.stage]}</th>
              <td className="num">{formatInteger(row.atEnd)}</td>
              <td className="num">{formatInteger(row.entered)}</td>
              <td className="num">{formatInteger(row.left)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same figures per Fabrique. */
export function ByFabriqueTable({ report }: { report: Report }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.sections.byFabrique}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.fabrique}</th>
            <th scope="col" className="num">
              {columns.signals}
            </th>
            <th scope="col" className="num">
              {columns.initiativesCreated}
            </th>
            <th scope="col" className="num">
              {columns.abandonments}
            </th>
            <th scope="col" className="num">
              {columns.launches}
            </th>
            <th scope="col" className="num">
              {columns.jobs}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byFabrique.map((row) => (
            <tr key={row.fabriqueId}>
              <th scope="row">{row.name}</th>
              <td className="num">{formatCount(row.signalsReceived)}</td>
              <td className="num">{formatInteger(row.initiativesCreated)}</td>
              <td className="num">{formatInteger(row.abandonments)}</td>
              <td className="num">{formatInteger(row.launches)}</td>
              <td className="num">{formatFteHundredths(row.jobsFteHundredths)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
