import type { Report } from "../../server/reports/get-report";
import { fr } from "../../shared/i18n/fr";
import { formatFteHundredths } from "./report-format";
import { AbandonmentsTable, ActivitiesTable, CampaignsTable } from "./report-lists";
import {
  ByRegionTable,
  FollowUpsSection,
  MoneySection,
  ReplicationsSection,
  StageTimeSection,
} from "./report-more-sections";
import { ByFabriqueTable, CountTable, StagesTable, TotalsTable } from "./report-tables";

const text = fr.reports;
const sections = text.sections;

function SignalSection({ signals }: { signals: Report["signals"] }) {
  if (!signals) return <p>{text.notProgramme}</p>;
  return (
    <>
      <CountTable caption={sections.signalsByKind} rows={signals.byKind} labels={fr.signals.kinds} />
      <CountTable caption={sections.signalsByChannel} rows={signals.byChannel} labels={fr.signals.channels} />
      <CountTable caption={sections.signalsByStatus} rows={signals.byStatus} labels={fr.signals.statuses} />
      <CampaignsTable campaigns={signals.campaigns} />
    </>
  );
}

/** Every figure of a report, as tables with captions, then the definitions of the figures. */
export function ReportFigures({ report }: { report: Report }) {
  const { jobs } = report.launches;
  return (
    <>
      <TotalsTable report={report} />
      <h3>{text.figures.signalsReceived.label}</h3>
      <SignalSection signals={report.signals} />
      <h3>{text.figures.initiativesAtEnd.label}</h3>
      <StagesTable report={report} />
      <StageTimeSection report={report} />
      <AbandonmentsTable report={report} />
      <h3>{text.figures.launches.label}</h3>
      <CountTable
        caption={sections.launchesByKind}
        rows={report.launches.byKind}
        labels={fr.carriers.outcome.kinds}
      />
      <p>
        {text.columns.jobs} : <strong>{formatFteHundredths(jobs.jobsFteHundredths)}</strong> —{" "}
        {text.columns.insertion} : {formatFteHundredths(jobs.insertionFteHundredths)} —{" "}
        {text.columns.disability} : {formatFteHundredths(jobs.disabilityFteHundredths)}
      </p>
      <ActivitiesTable caption={sections.launches} activities={report.launches.launched} />
      <ActivitiesTable caption={sections.planned} activities={report.launches.planned} />
      <FollowUpsSection report={report} />
      <ReplicationsSection report={report} />
      <MoneySection report={report} />
      <ByFabriqueTable report={report} />
      <ByRegionTable report={report} />
      <h3>{sections.definitions}</h3>
      <dl>
        {report.definitions.map((d) => (
          <div key={d.id}>
            <dt>{d.label}</dt>
            <dd>{d.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
