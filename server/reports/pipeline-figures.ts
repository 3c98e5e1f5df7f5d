import { and, asc, countDistinct, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fabrique, type InitiativeStage, initiative, initiativeEvent, initiativeStages } from "../db/schema";
import { periodInstants, type ReportPeriod } from "./report-period";
import { initiativeInScope, type ReportScope } from "./report-scope";
import { countsIn } from "./signal-figures";
import { type DormantFigures, journalAtEnd, stageTimes } from "./stage-time-figures";

export type StageFigure = {
  stage: InitiativeStage;
  atEnd: number;
  entered: number;
  left: number;
  /** Stays in the stage that ended during the period, and their median length in days (figure `stageTime`). */
  staysEnded: number;
  medianDays: number | null;
};

export type Abandonment = {
  initiativeId: string;
  reference: string;
  title: string;
  fabriqueId: string;
  fabriqueName: string;
  /** The Paris day it was abandoned. */
  on: string;
  reason: string;
};

export type PipelineFigures = { stages: StageFigure[]; abandonments: Abandonment[]; dormant: DormantFigures };

/** Initiatives entering (`toStage`) or leaving (`fromStage`) each stage during the period. */
async function stageMoves(deps: Pick<Deps, "db">, scope: ReportScope, start: Date, end: Date) {
  const during = and(initiativeInScope(scope), gte(initiativeEvent.at, start), lt(initiativeEvent.at, end));
  const moves = (column: typeof initiativeEvent.toStage | typeof initiativeEvent.fromStage) =>
    deps.db
      .select({ key: sql<string>`${column}`, n: countDistinct(initiativeEvent.initiativeId) })
      .from(initiativeEvent)
      .innerJoin(initiative, eq(initiative.id, initiativeEvent.initiativeId))
      .where(and(during, isNotNull(column)))
      .groupBy(column);
  const [entered, left] = await Promise.all([
    moves(initiativeEvent.toStage),
    moves(initiativeEvent.fromStage),
  ]);
  return { entered, left };
}

async function abandonmentsDuring(deps: Pick<Deps, "db">, scope: ReportScope, start: Date, end: Date) {
  const rows = await deps.db
    .select({
      initiativeId: initiative.id,
      reference: initiative.reference,
      title: initiative.title,
      fabriqueId: fabrique.id,
      fabriqueName: fabrique.name,
      at: initiativeEvent.at,
      reason: initiativeEvent.note,
    })
    .from(initiativeEvent)
    .innerJoin(initiative, eq(initiative.id, initiativeEvent.initiativeId))
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .where(
      and(
        initiativeInScope(scope),
        eq(initiativeEvent.toStage, "abandoned"),
        gte(initiativeEvent.at, start),
        lt(initiativeEvent.at, end),
      ),
    )
    .orderBy(asc(initiativeEvent.at), asc(initiativeEvent.seq));
  return rows.map(({ at, ...row }): Abandonment => ({ ...row, on: parisDate(at) }));
}

/**
 * The moves of the period only: entries, exits and abandonments (what the previous period is
 * compared on, without the heavier figures at the period's end).
 */
export async function pipelineMoves(deps: Pick<Deps, "db">, scope: ReportScope, period: ReportPeriod) {
  const { start, end } = periodInstants(period);
  const [moves, abandonments] = await Promise.all([
    stageMoves(deps, scope, start, end),
    abandonmentsDuring(deps, scope, start, end),
  ]);
  return {
    entered: countsIn(initiativeStages, moves.entered),
    left: countsIn(initiativeStages, moves.left),
    abandonments,
  };
}

/** Figures `initiativesAtEnd`, `stageEntries`, `stageTime`, `abandonments` and `dormant`. */
export async function pipelineFigures(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<PipelineFigures> {
  const { start, end } = periodInstants(period);
  // Stages at the end: the stage of the last journal line with a stage written before it; an
  // initiative without any stage line (written straight into the table) at its present stage.
  const [journal, moves, times] = await Promise.all([
    journalAtEnd(deps, scope, end),
    pipelineMoves(deps, scope, period),
    stageTimes(deps, scope, start, end),
  ]);
  const { dormant } = journal;
  const atEnd = countsIn(initiativeStages, journal.stages);
  const { entered, left } = moves;
  const stages = initiativeStages.map((stage, i) => ({
    stage,
    atEnd: atEnd[i]!.count,
    entered: entered[i]!.count,
    left: left[i]!.count,
    staysEnded: times.get(stage)?.stays ?? 0,
    medianDays: times.get(stage)?.medianDays ?? null,
  }));
  return {
    stages,
    abandonments: moves.abandonments,
    dormant,
  };
}
