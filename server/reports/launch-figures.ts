import { and, asc, eq, gt, gte, lte, or, type SQL } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fabrique, initiative, model, type OutcomeKind, outcome, outcomeKinds } from "../db/schema";
import { launchReachedSql } from "../initiatives/launch-visibility";
import type { ReportPeriod } from "./report-period";
import { initiativeInScope, type ReportScope } from "./report-scope";
import { type Count, countsIn } from "./signal-figures";

/** Jobs at launch, in hundredths of a full-time equivalent (150 = 1,5 ETP), as stored. */
export type Jobs = {
  jobsFteHundredths: number;
  insertionFteHundredths: number;
  disabilityFteHundredths: number;
};

export type LaunchedActivityFigure = Jobs & {
  initiativeId: string;
  reference: string;
  activityName: string;
  kind: OutcomeKind;
  openedOn: string;
  fabriqueId: string;
  fabriqueName: string;
  /** The catalogue model replicated, if any. */
  modelTitle: string | null;
  modelId: string | null;
};

export type LaunchFigures = {
  launched: LaunchedActivityFigure[];
  byKind: Count<OutcomeKind>[];
  jobs: Jobs;
  planned: LaunchedActivityFigure[];
};

async function launchesWhere(deps: Pick<Deps, "db">, scope: ReportScope, where: SQL) {
  return deps.db
    .select({
      initiativeId: initiative.id,
      reference: initiative.reference,
      activityName: outcome.activityName,
      kind: outcome.kind,
      openedOn: outcome.openedOn,
      fabriqueId: fabrique.id,
      fabriqueName: fabrique.name,
      modelTitle: model.title,
      modelId: outcome.modelId,
      jobsFteHundredths: outcome.jobsFteHundredths,
      insertionFteHundredths: outcome.insertionFteHundredths,
      disabilityFteHundredths: outcome.disabilityFteHundredths,
    })
    .from(outcome)
    .innerJoin(initiative, eq(initiative.id, outcome.initiativeId))
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .leftJoin(model, eq(model.id, outcome.modelId))
    .where(and(initiativeInScope(scope), launchReachedSql(), where))
    .orderBy(asc(outcome.openedOn), asc(initiative.reference));
}

/** The jobs of some launched activities, added up. */
export function sumJobs(rows: readonly Jobs[]): Jobs {
  return rows.reduce(
    (sum, r) => ({
      jobsFteHundredths: sum.jobsFteHundredths + r.jobsFteHundredths,
      insertionFteHundredths: sum.insertionFteHundredths + r.insertionFteHundredths,
      disabilityFteHundredths: sum.disabilityFteHundredths + r.disabilityFteHundredths,
    }),
    { jobsFteHundredths: 0, insertionFteHundredths: 0, disabilityFteHundredths: 0 },
  );
}

/**
 * Figures `launches`, `planned` and `jobs`: the public rule of a launch (decision record 0027,
 * `launch-visibility.ts`) applied to the period. Today is the Paris day of the clock.
 */
export async function launchFigures(
  deps: Pick<Deps, "db" | "clock">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<LaunchFigures> {
  const today = parisDate(deps.clock.now());
  const [launched, planned] = await Promise.all([
    launchesWhere(
      deps,
      scope,
      and(
        gte(outcome.openedOn, period.from),
        lte(outcome.openedOn, period.to),
        lte(outcome.openedOn, today),
      )!,
    ),
    launchesWhere(
      deps,
      scope,
      and(
        gte(outcome.openedOn, period.from),
        or(gt(outcome.openedOn, period.to), gt(outcome.openedOn, today)),
      )!,
    ),
  ]);
  return {
    launched,
    byKind: countsIn(
      outcomeKinds,
      launched.map((r) => ({ key: r.kind, n: 1 })),
    ),
    jobs: sumJobs(launched),
    planned,
  };
}
