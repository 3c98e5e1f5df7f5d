import { type SQL, sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fabrique, type InitiativeStage, initiative, initiativeEvent } from "../db/schema";
import { initiativeInScope, type ReportScope } from "./report-scope";
import { rowsOf } from "./report-sql";

/** An initiative is without news (`dormant` figure) after this many months without a journal line. */
export const DORMANT_AFTER_MONTHS = 6;
/** The stages in which silence means neglect: before the follow-up, neither asleep nor abandoned. */
export const watchedStages = [
  "referral",
  "detection",
  "qualification",
  "opportunity_study",
  "carrier_search",
  "handover",
  "launch",
] as const satisfies readonly InitiativeStage[];
/** The longest list of initiatives without news a report carries (the longest silent first). */
export const DORMANT_LISTED = 500;

export type StageTime = { stage: InitiativeStage; stays: number; medianDays: number | null };

export type DormantInitiative = {
  initiativeId: string;
  reference: string;
  title: string;
  fabriqueId: string;
  fabriqueName: string;
  stage: InitiativeStage;
  /** The Paris day of its last journal line before the period's end. */
  lastNewsOn: string;
};

export type DormantFigures = { months: number; total: number; initiatives: DormantInitiative[] };

/**
 * Figure `stageTime`: for each stage, the stays that ended during the period (a journal line
 * leaving the stage) and their median length in days, from the line that entered the stage (the
 * creation, for the referral) to the one that left it.
 */
export async function stageTimes(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  start: Date,
  end: Date,
): Promise<Map<string, { stays: number; medianDays: number }>> {
  const entered = sql`coalesce((select p.at from ${initiativeEvent} p
      where p.initiative_id = ${initiativeEvent.initiativeId} and p.to_stage = ${initiativeEvent.fromStage}
        and (p.at < ${initiativeEvent.at} or (p.at = ${initiativeEvent.at} and p.seq < ${initiativeEvent.seq}))
      order by p.at desc, p.seq desc limit 1), ${initiative.createdAt})`;
  const rows = await rowsOf<{ stage: string; stays: number; median: number }>(
    deps,
    sql`select ${initiativeEvent.fromStage} as stage, count(*)::int as stays,
        percentile_cont(0.5) within group (order by extract(epoch from ${initiativeEvent.at} - ${entered}))
          / 86400 as median
      from ${initiativeEvent} join ${initiative} on ${initiative.id} = ${initiativeEvent.initiativeId}
      where ${initiativeInScope(scope)} and ${initiativeEvent.fromStage} is not null
        and ${initiativeEvent.at} >= ${start.toISOString()}::timestamptz
        and ${initiativeEvent.at} < ${end.toISOString()}::timestamptz
      group by 1`,
  );
  return new Map(
    rows.map((r) => [
      r.stage,
      { stays: Number(r.stays), medianDays: Math.round(Number(r.median) * 10) / 10 },
    ]),
  );
}

/** The scope restricts initiatives beyond those created before the end (anything but the whole network). */
const narrowed = (scope: ReportScope) =>
  scope.fabriqueIds !== null || scope.programmeIds !== null || scope.territoryClass !== null;

/**
 * SQL, a derived table: every initiative of the scope created before `end`, at the stage of the
 * last journal line with a stage written before `end` (its present stage without any), and the
 * instant of its last journal line of any kind before `end` (its creation without any).
 */
export function journalStateSql(scope: ReportScope, end: Date): SQL {
  const endAt = sql`${end.toISOString()}::timestamptz`;
  const inScope = sql`${initiativeInScope(scope)} and ${initiative.createdAt} < ${endAt}`;
  return sql`(select ${initiative.id} as id, ${initiative.reference} as reference, ${initiative.title} as title,
      ${initiative.fabriqueId} as fabrique_id, coalesce(ev.stage, ${initiative.stage}) as stage,
      coalesce(ev.last_at, ${initiative.createdAt}) as last_at
    from ${initiative} left join ${narrowed(scope) ? scopedJournal(inScope, endAt) : wholeJournal(endAt)} ev
      on ev.initiative_id = ${initiative.id}
    where ${inScope})`;
}

/** A narrowed scope's journal: its lines only, grouped per initiative (one pass, grouped). */
function scopedJournal(inScope: SQL, endAt: SQL): SQL {
  return sql`(select e.initiative_id, max(e.at) as last_at,
        (array_agg(e.to_stage order by e.at desc, e.seq desc) filter (where e.to_stage is not null))[1] as stage
      from ${initiativeEvent} e join ${initiative} on ${initiative.id} = e.initiative_id
      where ${inScope} and e.at < ${endAt}
      group by e.initiative_id)`;
}

/**
 * The whole network's journal (decision record 0151): the last stage by one backward pass over the
 * journal's index (`distinct on`, already in order: no sort per initiative), the last instant by
 * one grouped pass; no join, since the outer join keeps only the scope's initiatives.
 */
function wholeJournal(endAt: SQL): SQL {
  return sql`(select la.initiative_id, la.last_at, st.stage
    from (select e.initiative_id, max(e.at) as last_at from ${initiativeEvent} e
          where e.at < ${endAt} group by e.initiative_id) la
    left join (select distinct on (e.initiative_id) e.initiative_id, e.to_stage as stage
          from ${initiativeEvent} e where e.at < ${endAt} and e.to_stage is not null
          order by e.initiative_id desc, e.at desc, e.seq desc) st on st.initiative_id = la.initiative_id)`;
}

/**
 * Figures `initiativesAtEnd` and `dormant` from one pass over the journal (`journalStateSql`,
 * materialised once): the initiatives per stage at the period's end, and those created before the
 * end, at its end in one of `watchedStages`, whose last journal line of any kind before the end is
 * more than `DORMANT_AFTER_MONTHS` months old (their creation, if they have none).
 */
export async function journalAtEnd(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  end: Date,
): Promise<{ stages: { key: string; n: number }[]; dormant: DormantFigures }> {
  const endAt = sql`${end.toISOString()}::timestamptz`;
  const stages = sql.join(
    watchedStages.map((s) => sql`${s}`),
    sql`, `,
  );
  const silent = sql`s.stage in (${stages}) and s.last_at < ${endAt} - make_interval(months => ${DORMANT_AFTER_MONTHS})`;
  const [row] = await rowsOf<{ stages: { key: string; n: number }[]; total: number; listed: DormantRow[] }>(
    deps,
    sql`with s as materialized ${journalStateSql(scope, end)}
      select (select coalesce(json_agg(c), '[]') from (select stage as key, count(*)::int as n from s group by 1) c) as stages,
        (select count(*)::int from s join ${fabrique} on ${fabrique.id} = s.fabrique_id where ${silent}) as total,
        (select coalesce(json_agg(d order by d."lastAt", d.reference), '[]') from (
          select s.id as "initiativeId", s.reference, s.title, s.fabrique_id as "fabriqueId",
            ${fabrique.name} as "fabriqueName", s.stage, s.last_at as "lastAt"
          from s join ${fabrique} on ${fabrique.id} = s.fabrique_id where ${silent}
          order by s.last_at, s.reference limit ${DORMANT_LISTED}) d) as listed`,
  );
  return {
    stages: row?.stages ?? [],
    dormant: {
      months: DORMANT_AFTER_MONTHS,
      total: Number(row?.total ?? 0),
      initiatives: (row?.listed ?? []).map(({ lastAt, ...r }) => ({
        ...r,
        lastNewsOn: parisDate(new Date(lastAt)),
      })),
    },
  };
}

type DormantRow = Omit<DormantInitiative, "lastNewsOn"> & { lastAt: string };
