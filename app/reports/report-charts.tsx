import type { Chart } from "../../server/reports/charts/chart-model";
import type { ReportMapLevel } from "../../server/reports/charts/map-chart";
import type { Report } from "../../server/reports/get-report";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { ChartFigure } from "./chart-figure";

const text = fr.reportExports;

/** The query of the report shown: the exports and the other map keep its period and scope. */
const reportSearch = (report: Report, extra: Record<string, string> = {}) =>
  new URLSearchParams({ from: report.period.from, to: report.period.to, scope: report.scope.code, ...extra });

/** Links to the XLSX and PDF of the same period and scope. */
export function ReportDownloads({ report }: { report: Report }) {
  const search = reportSearch(report).toString();
  return (
    <nav aria-labelledby="rapport-telechargements">
      <h3 id="rapport-telechargements">{text.downloads.title}</h3>
      <ul className="report-downloads">
        <li>
          <a href={`/rapports/export/xlsx?${search}`} download>
            {text.downloads.xlsx}
          </a>
        </li>
        <li>
          <a href={`/rapports/export/pdf?${search}`} download>
            {text.downloads.pdf}
          </a>
        </li>
      </ul>
    </nav>
  );
}

/** The report's charts, each with the table of its figures; a link switches the map's level. */
export function ReportCharts({
  report,
  charts,
  mapLevel,
}: {
  report: Report;
  charts: Chart[];
  mapLevel: ReportMapLevel;
}) {
  const other: ReportMapLevel = mapLevel === "region" ? "departement" : "region";
  return (
    <section className="stack" aria-labelledby="rapport-graphiques">
      <h3 id="rapport-graphiques">{text.charts.title}</h3>
      <p>{text.charts.intro}</p>
      {charts.map((chart) => (
        <div key={chart.id}>
          <ChartFigure chart={chart} />
          {chart.id === "map" ? (
            <p>
              <a href={`/rapports?${reportSearch(report, { carte: other })}#rapport-graphiques`}>
                {t(text.charts.map.switchTo, { level: text.charts.map.level[other] })}
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
