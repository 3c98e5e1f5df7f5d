import { type SQL, sql } from "drizzle-orm";
import { followUpMilestones } from "../../shared/codes/initiatives";
import { followUp, initiative, outcome } from "../db/schema";
import { launchReachedSql } from "../initiatives/launch-visibility";

/**
 * When a follow-up is owed (decision record 0097): `months` months after the opening day of a
 * launched activity (the last day of a shorter month when that day does not exist, as
 * PostgreSQL counts). It is overdue from the day after, while no figures are recorded for that
 * milestone and no earlier follow-up said the activity had stopped.
 */
export function followUpDueOn(openedOn: string, months: number): string {
  const [year, month, day] = openedOn.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * SQL: one row per milestone (6, 12, 36) of every activity launched and open by `today` that
 * `where` keeps, with its due day, whether it is recorded, what was measured, and whether an
 * earlier follow-up said the activity had stopped (no later follow-up is then owed). Columns:
 * initiative_id, milestone, due_on (text AAAA-MM-JJ), recorded, still_running, jobs, insertion,
 * disability, beneficiaries, announced_jobs, announced_insertion, announced_disability,
 * stopped_before, overdue.
 */
export function followUpMilestonesSql(today: string, where: SQL): SQL {
  const months = sql.join(
    followUpMilestones.map((m) => sql`(${m}::int)`),
    sql`, `,
  );
  return sql`(select ${outcome.initiativeId} as initiative_id, m.months as milestone,
      to_char(${outcome.openedOn} + make_interval(months => m.months), 'YYYY-MM-DD') as due_on,
      f.id is not null as recorded, f.still_running, f.jobs_fte_hundredths as jobs,
      f.insertion_fte_hundredths as insertion, f.disability_fte_hundredths as disability,
      f.beneficiaries, ${outcome.jobsFteHundredths} as announced_jobs,
      ${outcome.insertionFteHundredths} as announced_insertion,
      ${outcome.disabilityFteHundredths} as announced_disability,
      exists (select 1 from ${followUp} s where s.initiative_id = ${outcome.initiativeId}
        and s.milestone_months < m.months and not s.still_running) as stopped_before
    from ${outcome}
      join ${initiative} on ${initiative.id} = ${outcome.initiativeId}
      cross join (values ${months}) as m(months)
      left join ${followUp} f on f.initiative_id = ${outcome.initiativeId} and f.milestone_months = m.months
    where ${launchReachedSql()} and ${outcome.openedOn} <= ${today}::date and ${where})`;
}

/** SQL over a row of `followUpMilestonesSql`: owed, past its day, and not recorded. */
export function overdueSql(today: string): SQL {
  return sql`(not recorded and not stopped_before and due_on < ${today})`;
}
