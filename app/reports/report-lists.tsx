import type { Report } from "../../server/reports/get-report";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { formatFteHundredths } from "./report-format";

const text = fr.reports;
const columns = text.columns;

/** A row list's table, or a sentence saying the period holds none (never an empty table). */
function ListTable({
  caption,
  heads,
  rows,
}: {
  caption: string;
  heads: { label: string; num?: boolean }[];
  rows: { key: string; cells: { value: string; num?: boolean }[] }[];
}) {
  if (rows.length === 0) {
    return (
      <p>
        <strong>{caption}</strong> — {text.noneInPeriod}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heads.map((head) => (
              <th key={head.label} scope="col" className={head.num ? "num" : undefined}>
                {head.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a row are fixed.
                <td key={index} className={cell.num ? "num" : undefined}>
                  {cell.value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CampaignsTable({ campaigns }: { campaigns: NonNullable<Report["signals"]>["campaigns"] }) {
  return (
    <ListTable
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
    <ListTable
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
    <ListTable
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
