import type { Report } from "../../server/reports/get-report";
import { formatEuros, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { formatCount, formatFteHundredths } from "./report-format";
import { ReportTable } from "./report-table";

const text = fr.reports;
const more = text.more;
const number = (value: number) => ({ value: formatInteger(value), num: true });
const fte = (value: number) => ({ value: formatFteHundredths(value), num: true });
const euros = (cents: number) => ({ value: formatEuros(cents), num: true });
/** "12 (préc. 9)": a figure beside the previous period's. */
const withPrevious = (current: number | null, previous: number | null | undefined) => ({
  value: `${formatCount(current)} (${t(more.previousShort, { value: formatCount(previous ?? 0) })})`,
  num: true,
});

/** Median time per stage and the initiatives without news. */
export function StageTimeSection({ report }: { report: Report }) {
  const { dormant } = report.pipeline;
  return (
    <>
      <ReportTable
        caption={text.figures.stageTime.label}
        rowHeads
        heads={[
          { label: text.columns.stage },
          { label: more.staysEnded, num: true },
          { label: more.medianDays, num: true },
        ]}
        rows={report.pipeline.stages
          .filter((s) => s.staysEnded > 0)
          .map((s) => ({
            key: s.stage,
            cells: [
              { value: fr.initiatives.stages[s.stage] },
              number(s.staysEnded),
              { value: s.medianDays === null ? "—" : formatFteHundredths(s.medianDays * 100), num: true },
            ],
          }))}
      />
      <p>{t(more.dormantCount, { count: formatInteger(dormant.total), months: dormant.months })}</p>
      <ReportTable
        caption={text.figures.dormant.label}
        heads={[
          { label: text.columns.initiative },
          { label: text.columns.fabrique },
          { label: text.columns.stage },
          { label: more.lastNews },
        ]}
        rows={dormant.initiatives.map((d) => ({
          key: d.initiativeId,
          cells: [
            { value: `${d.title} (${d.reference})` },
            { value: d.fabriqueName },
            { value: fr.initiatives.stages[d.stage] },
            { value: formatDate(d.lastNewsOn) },
          ],
        }))}
      />
    </>
  );
}

/** Follow-ups at 6, 12 and 36 months beside the launch, and the overdue ones. */
export function FollowUpsSection({ report }: { report: Report }) {
  const { milestones, overdue } = report.followUps;
  return (
    <>
      <h3>{text.figures.followUps.label}</h3>
      <ReportTable
        caption={text.figures.followUps.label}
        rowHeads
        heads={[
          { label: more.milestone },
          { label: more.due, num: true },
          { label: more.recorded, num: true },
          { label: more.overdue, num: true },
          { label: more.stillRunning, num: true },
          { label: more.announcedJobs, num: true },
          { label: more.measuredJobs, num: true },
          { label: more.beneficiaries, num: true },
        ]}
        rows={milestones.map((m) => ({
          key: String(m.months),
          cells: [
            { value: t(more.months, { months: m.months }) },
            number(m.due),
            number(m.recorded),
            number(m.overdue),
            number(m.stillRunning),
            fte(m.announced.jobsFteHundredths),
            fte(m.measured.jobsFteHundredths),
            number(m.beneficiaries),
          ],
        }))}
      />
      <ReportTable
        caption={more.overdueList}
        heads={[
          { label: text.columns.initiative },
          { label: text.columns.fabrique },
          { label: more.milestone },
          { label: more.dueOn },
        ]}
        rows={overdue.map((o) => ({
          key: `${o.initiativeId}:${o.months}`,
          cells: [
            { value: `${o.title} (${o.reference})` },
            { value: o.fabriqueName },
            { value: t(more.months, { months: o.months }) },
            { value: formatDate(o.dueOn) },
          ],
        }))}
      />
    </>
  );
}

/** Replications per model and their share, against the previous period. */
export function ReplicationsSection({ report }: { report: Report }) {
  const { replications } = report;
  const share = (value: number | null) => (value === null ? "—" : `${formatFteHundredths(value * 100)} %`);
  return (
    <>
      <h3>{text.figures.replications.label}</h3>
      <p>
        {t(more.replicationShare, {
          replications: formatInteger(replications.replications),
          newModels: formatInteger(replications.newModels),
          share: share(replications.replicationSharePercent),
          previous: share(report.previous.replications.replicationSharePercent),
        })}
      </p>
      <ReportTable
        caption={text.figures.replications.label}
        rowHeads
        heads={[{ label: text.columns.model }, { label: text.columns.count, num: true }]}
        rows={replications.byModel.map((m) => ({
          key: m.modelId ?? "",
          cells: [{ value: m.modelTitle ?? more.noModel }, number(m.count)],
        }))}
      />
    </>
  );
}

/** Money mobilised by funder, by kind of financing and by programme; volunteering valued. */
export function MoneySection({ report }: { report: Report }) {
  const { money } = report;
  return (
    <>
      <h3>{text.figures.money.label}</h3>
      <p>
        {t(more.withForecast, { count: formatInteger(money.activitiesWithForecast) })}{" "}
        {text.figures.volunteering.label} : <strong>{formatEuros(money.volunteeringCents)}</strong>
      </p>
      <ReportTable
        caption={more.grantsByFunder}
        rowHeads
        heads={[{ label: more.funder }, { label: more.amount, num: true }]}
        rows={money.grantsByFunder.map((g) => ({
          key: g.funder,
          cells: [{ value: g.funder || more.unnamedFunder }, euros(g.amountCents)],
        }))}
      />
      <ReportTable
        caption={more.financing}
        rowHeads
        heads={[{ label: text.columns.kind }, { label: more.amount, num: true }]}
        rows={money.financingByKind.map((f) => ({
          key: f.key,
          cells: [{ value: more.financingKinds[f.key] }, euros(f.amountCents)],
        }))}
      />
      <ReportTable
        caption={more.byProgramme}
        rowHeads
        heads={[
          { label: more.programme },
          { label: more.funder },
          { label: text.columns.launches, num: true },
          { label: more.grants, num: true },
        ]}
        rows={money.byProgramme.map((p) => ({
          key: p.programmeId,
          cells: [
            { value: p.name },
            { value: p.funderName ?? "—" },
            number(p.activities),
            euros(p.grantsCents),
          ],
        }))}
      />
    </>
  );
}

/** The figures by région, each beside the previous period's. */
export function ByRegionTable({ report }: { report: Report }) {
  const before = new Map(report.previous.byRegion.map((r) => [r.regionCode, r]));
  const columns = text.columns;
  return (
    <ReportTable
      caption={text.figures.byRegion.label}
      rowHeads
      heads={[
        { label: more.region },
        { label: columns.signals, num: true },
        { label: columns.initiativesCreated, num: true },
        { label: columns.abandonments, num: true },
        { label: columns.launches, num: true },
        { label: columns.jobs, num: true },
      ]}
      rows={report.byRegion.map((r) => {
        const p = before.get(r.regionCode);
        return {
          key: r.regionCode ?? "",
          cells: [
            { value: r.name ?? more.noRegion },
            withPrevious(r.signalsReceived, p ? p.signalsReceived : r.signalsReceived === null ? null : 0),
            withPrevious(r.initiativesCreated, p?.initiativesCreated),
            withPrevious(r.abandonments, p?.abandonments),
            withPrevious(r.launches, p?.launches),
            {
              value: `${formatFteHundredths(r.jobsFteHundredths)} (${t(more.previousShort, { value: formatFteHundredths(p?.jobsFteHundredths ?? 0) })})`,
              num: true,
            },
          ],
        };
      })}
    />
  );
}
