import type { Report } from "../../server/reports/get-report";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { formatFteHundredths } from "./report-format";
import { ReportTable } from "./report-table";

const text = fr.reports;
const columns = text.columns;

export function CampaignsTable({ campaigns }: { campaigns: NonNullable<Report["signals"]>["campaigns"] }) {
  return (
    <ReportTable
      caption={text.sections.campaigns}
      heads={[
        { label: columns.campaign },
        { label: columns.fabrique },
        { label: columns.signals, num: true },
      ]}
      rows={campaigns.map((c) => ({
        key: c.id,
        cells: [
          { value: `${c.title} (${formatDate(c.opensOn)} – ${formatDate(c.closesOn)})` },
          { value: c.fabriqueName },
          { value: formatInteger(c.signals), num: true },
        ],
      }))}
    />
  );
}

export function AbandonmentsTable({ report }: { report: Report }) {
  return (
    <ReportTable
      caption={text.sections.abandonments}
      heads={[
        { label: columns.initiative },
        { label: columns.fabrique },
        { label: columns.date },
        { label: columns.reason },
      ]}
      rows={report.pipeline.abandonments.map((a) => ({
        key: a.initiativeId,
        cells: [
          { value: `${a.reference} — ${a.title}` },
          { value: a.fabriqueName },
          { value: formatDate(a.on) },
          { value: a.reason },
        ],
      }))}
    />
  );
}

/** Launched (or planned) activities: what, where, when, and the jobs announced at launch. */
export function ActivitiesTable({
  caption,
  activities,
}: {
  caption: string;
  activities: Report["launches"]["launched"];
}) {
  return (
    <ReportTable
      caption={caption}
      heads={[
        { label: columns.activity },
        { label: columns.kind },
        { label: columns.fabrique },
        { label: columns.opensOn },
        { label: columns.model },
        { label: columns.jobs, num: true },
        { label: columns.insertion, num: true },
        { label: columns.disability, num: true },
      ]}
      rows={activities.map((a) => ({
        key: a.initiativeId,
        cells: [
          { value: a.activityName || a.reference },
          { value: fr.carriers.outcome.kinds[a.kind] },
          { value: a.fabriqueName },
          { value: formatDate(a.openedOn) },
          { value: a.modelTitle ?? "" },
          { value: formatFteHundredths(a.jobsFteHundredths), num: true },
          { value: formatFteHundredths(a.insertionFteHundredths), num: true },
          { value: formatFteHundredths(a.disabilityFteHundredths), num: true },
        ],
      }))}
    />
  );
}
