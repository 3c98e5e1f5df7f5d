import { sql } from "drizzle-orm";
import { followUpMilestones } from "../../shared/codes/initiatives";
import { parisDate } from "../../shared/time";
import { followUpMilestonesSql, overdueSql } from "../carriers/follow-up-due";
import type { Deps } from "../core/deps";
import { fabrique, initiative } from "../db/schema";
import type { Jobs } from "./launch-figures";
import type { ReportPeriod } from "./report-period";
import { initiativeInScope, type ReportScope } from "./report-scope";
import { rowsOf } from "./report-sql";

/** The longest list of overdue follow-ups a report carries (the oldest first). */
export const OVERDUE_LISTED = 500;

export type FollowUpMilestoneFigure = {
  months: number;
  /** Milestones falling in the period, on a day already come, still owed or recorded. */
  due: number;
  recorded: number;
  overdue: number;
  /** Of the recorded ones: the activity still runs. */
  stillRunning: number;
  /** Of the recorded ones: the jobs announced at launch, and those measured at the milestone. */
  announced: Jobs;
  measured: Jobs;
  /** Of the recorded ones: the people served, added up where given. */
  beneficiaries: number;
};

export type OverdueFollowUpFigure = {
  initiativeId: string;
  reference: string;
  title: string;
  fabriqueName: string;
  months: number;
  dueOn: string;
};

export type FollowUpFigures = { milestones: FollowUpMilestoneFigure[]; overdue: OverdueFollowUpFigure[] };

type MilestoneRow = {
  milestone: number;
  due: number;
  recorded: number;
  overdue: number;
  running: number;
  aj: number;
  ai: number;
  ad: number;
  mj: number;
  mi: number;
  md: number;
  served: number;
};

const jobsOf = (jobs: unknown, insertion: unknown, disability: unknown): Jobs => ({
  jobsFteHundredths: Number(jobs ?? 0),
  insertionFteHundredths: Number(insertion ?? 0),
  disabilityFteHundredths: Number(disability ?? 0),
});

/**
 * Figure `followUps` (decision record 0097): the follow-ups at 6, 12 and 36 months of the
 * activities of the scope whose milestone day falls in the period and has come; recorded ones
 * beside what was announced at launch; overdue ones counted and listed.
 */
export async function followUpFigures(
  deps: Pick<Deps, "db" | "clock">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<FollowUpFigures> {
  const today = parisDate(deps.clock.now());
  const milestones = sql`(select * from ${followUpMilestonesSql(today, initiativeInScope(scope))} d
    where d.due_on >= ${period.from} and d.due_on <= ${period.to} and d.due_on <= ${today}
      and (d.recorded or not d.stopped_before))`;
  const recorded = (column: string) => sql.raw(`coalesce(sum(${column}) filter (where recorded), 0)::bigint`);
  const [rows, overdue] = await Promise.all([
    rowsOf<MilestoneRow>(
      deps,
      sql`select milestone, count(*)::int as due, count(*) filter (where recorded)::int as recorded,
        count(*) filter (where ${overdueSql(today)})::int as overdue,
        count(*) filter (where recorded and still_running)::int as running,
        ${recorded("announced_jobs")} as aj, ${recorded("announced_insertion")} as ai,
        ${recorded("announced_disability")} as ad, ${recorded("jobs")} as mj, ${recorded("insertion")} as mi,
        ${recorded("disability")} as md, ${recorded("beneficiaries")} as served
      from ${milestones} m group by milestone`,
    ),
    rowsOf<OverdueFollowUpFigure>(
      deps,
      sql`select m.initiative_id as "initiativeId", ${initiative.reference} as reference, ${initiative.title} as title,
        ${fabrique.name} as "fabriqueName", m.milestone as months, m.due_on as "dueOn"
      from ${milestones} m join ${initiative} on ${initiative.id} = m.initiative_id
        join ${fabrique} on ${fabrique.id} = ${initiative.fabriqueId}
      where ${overdueSql(today)}
      order by m.due_on, ${initiative.reference} limit ${OVERDUE_LISTED}`,
    ),
  ]);
  const byMonths = new Map(rows.map((r) => [Number(r.milestone), r]));
  return {
    milestones: followUpMilestones.map((months) => {
      const r = byMonths.get(months);
      return {
        months,
        due: Number(r?.due ?? 0),
        recorded: Number(r?.recorded ?? 0),
        overdue: Number(r?.overdue ?? 0),
        stillRunning: Number(r?.running ?? 0),
        announced: jobsOf(r?.aj, r?.ai, r?.ad),
        measured: jobsOf(r?.mj, r?.mi, r?.md),
        beneficiaries: Number(r?.served ?? 0),
      };
    }),
    overdue: overdue.map((o) => ({ ...o, months: Number(o.months) })),
  };
}
