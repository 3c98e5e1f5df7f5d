import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { ExportColumn, ExportContext, ExportTable } from "./export-table";

/**
 * The export tables of the figures added by decision records 0095–0099 (time per stage, dormant,
 * follow-ups, replications, money, by région), with the same numbers as the page's
 * `app/reports/report-more-sections.tsx` (decision record 0108).
 */
const text = fr.reports;
const more = text.more;
const columns = text.columns;
const extra = fr.reportExports.columns;

const textColumn = (heading: string, weight?: number): ExportColumn => ({
  label: heading,
  kind: "text",
  weight,
});
const count = (heading: string, sum = true): ExportColumn => ({ label: heading, kind: "count", sum });
const fte = (heading: string, sum = true): ExportColumn => ({ label: heading, kind: "fte", sum });
const euros = (heading: string, sum = true): ExportColumn => ({ label: heading, kind: "euros", sum });
/** The previous period's column beside a figure's; not added up (a région may be absent from one period). */
const previousOf = (column: ExportColumn): ExportColumn => ({
  ...column,
  label: t(extra.previousOf, { label: column.label }),
  sum: false,
});

/** Figure `stageTime`: the stages with at least one stay ended in the period, as on the page. */
export function stageTime({ report }: ExportContext): ExportTable {
  return {
    id: "stageTime",
    title: text.figures.stageTime.label,
    columns: [textColumn(columns.stage), count(more.staysEnded), { label: more.medianDays, kind: "decimal" }],
    rows: report.pipeline.stages
      .filter((s) => s.staysEnded > 0)
      .map((s) => [fr.initiatives.stages[s.stage], s.staysEnded, s.medianDays]),
  };
}

/** Figure `dormant`: the title says how many, the rows list them. */
export function dormant({ report }: ExportContext): ExportTable {
  const { dormant } = report.pipeline;
  return {
    id: "dormant",
    title: t(more.dormantCount, { count: formatInteger(dormant.total), months: dormant.months }),
    columns: [
      textColumn(columns.initiative, 5),
      textColumn(columns.fabrique),
      textColumn(columns.stage, 2),
      { label: more.lastNews, kind: "date" },
    ],
    rows: dormant.initiatives.map((d) => [
      `${d.title} (${d.reference})`,
      d.fabriqueName,
      fr.initiatives.stages[d.stage],
      d.lastNewsOn,
    ]),
  };
}

/** Figure `followUps`: one row per milestone (6, 12, 36 months). */
export function followUps({ report }: ExportContext): ExportTable {
  return {
    id: "followUps",
    title: text.figures.followUps.label,
    columns: [
      textColumn(more.milestone, 1.6),
      count(more.due),
      count(more.recorded),
      count(more.overdue),
      count(more.stillRunning),
      fte(more.announcedJobs),
      fte(more.measuredJobs),
      count(more.beneficiaries),
    ],
    rows: report.followUps.milestones.map((m) => [
      t(more.months, { months: m.months }),
      m.due,
      m.recorded,
      m.overdue,
      m.stillRunning,
      m.announced.jobsFteHundredths,
      m.measured.jobsFteHundredths,
      m.beneficiaries,
    ]),
  };
}

export function overdueFollowUps({ report }: ExportContext): ExportTable {
  return {
    id: "overdueFollowUps",
    title: more.overdueList,
    columns: [
      textColumn(columns.initiative, 5),
      textColumn(columns.fabrique),
      textColumn(more.milestone, 1.6),
      { label: more.dueOn, kind: "date" },
    ],
    rows: report.followUps.overdue.map((o) => [
      `${o.title} (${o.reference})`,
      o.fabriqueName,
      t(more.months, { months: o.months }),
      o.dueOn,
    ]),
  };
}

/** Figure `replications`: the counts and the share beside the previous period's, one row. */
export function replicationShare({ report }: ExportContext): ExportTable {
  const r = report.replications;
  const share: ExportColumn = { label: extra.replicationShare, kind: "decimal" };
  return {
    id: "replicationShare",
    title: text.figures.replications.label,
    columns: [count(extra.replications, false), count(extra.newModels, false), share, previousOf(share)],
    rows: [
      [
        r.replications,
        r.newModels,
        r.replicationSharePercent,
        report.previous.replications.replicationSharePercent,
      ],
    ],
  };
}

export function replicationsByModel({ report }: ExportContext): ExportTable {
  return {
    id: "replicationsByModel",
    title: text.figures.replications.label,
    columns: [textColumn(columns.model), count(columns.count)],
    rows: report.replications.byModel.map((m) => [m.modelTitle ?? more.noModel, m.count]),
  };
}

/** Figures `money` and `volunteering`: the activities with a retained forecast and the volunteering valued. */
export function moneySummary({ report }: ExportContext): ExportTable {
  const { money } = report;
  return {
    id: "money",
    title: text.figures.money.label,
    columns: [count(extra.activitiesWithForecast, false), euros(text.figures.volunteering.label, false)],
    rows: [[money.activitiesWithForecast, money.volunteeringCents]],
  };
}

export function grantsByFunder({ report }: ExportContext): ExportTable {
  return {
    id: "grantsByFunder",
    title: more.grantsByFunder,
    columns: [textColumn(more.funder), euros(more.amount)],
    rows: report.money.grantsByFunder.map((g) => [g.funder || more.unnamedFunder, g.amountCents]),
  };
}

export function financing({ report }: ExportContext): ExportTable {
  return {
    id: "financing",
    title: more.financing,
    columns: [textColumn(columns.kind), euros(more.amount)],
    rows: report.money.financingByKind.map((f) => [more.financingKinds[f.key], f.amountCents]),
  };
}

export function byProgramme({ report }: ExportContext): ExportTable {
  return {
    id: "byProgramme",
    title: more.byProgramme,
    columns: [
      textColumn(more.programme),
      textColumn(more.funder),
      count(columns.launches),
      euros(more.grants),
    ],
    rows: report.money.byProgramme.map((p) => [p.name, p.funderName ?? "—", p.activities, p.grantsCents]),
  };
}

/** Figure `byRegion`: each figure beside the previous period's, in a column of its own. */
export function byRegion({ report }: ExportContext): ExportTable {
  const before = new Map(report.previous.byRegion.map((r) => [r.regionCode, r]));
  const figures = [
    count(columns.signals),
    count(columns.initiativesCreated),
    count(columns.abandonments),
    count(columns.launches),
    fte(columns.jobs),
  ];
  return {
    id: "byRegion",
    title: text.figures.byRegion.label,
    columns: [textColumn(more.region), ...figures.flatMap((c) => [c, previousOf(c)])],
    rows: report.byRegion.map((r) => {
      const p = before.get(r.regionCode);
      return [
        r.name ?? more.noRegion,
        r.signalsReceived,
        p ? p.signalsReceived : r.signalsReceived === null ? null : 0,
        r.initiativesCreated,
        p?.initiativesCreated ?? 0,
        r.abandonments,
        p?.abandonments ?? 0,
        r.launches,
        p?.launches ?? 0,
        r.jobsFteHundredths,
        p?.jobsFteHundredths ?? 0,
      ];
    }),
  };
}
