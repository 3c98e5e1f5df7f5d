import { fr } from "../../shared/i18n/fr";
import { parisYear } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { type FollowUpFigures, followUpFigures } from "./follow-up-figures";
import { type LaunchFigures, launchFigures } from "./launch-figures";
import { type MoneyFigures, moneyFigures } from "./money-figures";
import { type PipelineFigures, pipelineFigures, pipelineMoves, type StageFigure } from "./pipeline-figures";
import { type ReplicationFigures, replicationFigures } from "./replication-figures";
import { type FabriqueFigure, figuresByFabrique } from "./report-by-fabrique";
import { figuresByRegion, type RegionFigure } from "./report-by-region";
import { definitions, type ReportDefinition } from "./report-definitions";
import {
  calendarYear,
  comparisonPeriod,
  MAX_PERIOD_DAYS,
  periodLength,
  type ReportPeriod,
} from "./report-period";
import { type ReportQuery, reportQuery } from "./report-schemas";
import { type ReportScope, readableScopes } from "./report-scope";
import { type Count, type SignalFigures, signalFigures } from "./signal-figures";

export type ScopeChoice = Pick<ReportScope, "code" | "kind" | "name">;

/** The headline figures of a period, for the comparison with the previous one. */
export type ReportTotals = {
  /** Null for a programme's report: no programme covers a signal. */
  signalsReceived: number | null;
  initiativesCreated: number;
  abandonments: number;
  launches: number;
  planned: number;
  jobsFteHundredths: number;
  insertionFteHundredths: number;
  disabilityFteHundredths: number;
};

export type PeriodFigures = {
  signals: SignalFigures | null;
  pipeline: PipelineFigures;
  launches: LaunchFigures;
  byFabrique: FabriqueFigure[];
  totals: ReportTotals;
  byRegion: RegionFigure[];
  followUps: FollowUpFigures;
  replications: ReplicationFigures;
  money: MoneyFigures;
};

/** The previous period's figures shown beside the current ones (decision record 0099). */
export type PreviousFigures = {
  period: ReportPeriod;
  totals: ReportTotals;
  byFabrique: FabriqueFigure[];
  byRegion: RegionFigure[];
  /** Null for a programme's or a funder's report. */
  signalsByKind: SignalFigures["byKind"] | null;
  launchesByKind: LaunchFigures["byKind"];
  replications: ReplicationFigures;
  abandonmentsCount: number;
  stagesEntered: Count<StageFigure["stage"]>[];
};

export type Report = PeriodFigures & {
  period: ReportPeriod;
  scope: ScopeChoice;
  /** The scopes the actor may choose, the current one included. */
  scopes: ScopeChoice[];
  previous: PreviousFigures;
  definitions: ReportDefinition[];
};

function totalsOf(
  signals: SignalFigures | null,
  abandonments: readonly unknown[],
  launches: LaunchFigures,
  byFabrique: readonly FabriqueFigure[],
): ReportTotals {
  return {
    signalsReceived: signals?.total ?? null,
    initiativesCreated: byFabrique.reduce((sum, f) => sum + f.initiativesCreated, 0),
    abandonments: abandonments.length,
    launches: launches.launched.length,
    planned: launches.planned.length,
    ...launches.jobs,
  };
}

/** The signal figures as the report shows them, without the per-Fabrique counts (in `byFabrique`). */
function signalsShown(signals: (SignalFigures & { perFabrique: unknown }) | null): SignalFigures | null {
  if (!signals) return null;
  const { perFabrique: _perFabrique, ...shown } = signals;
  return shown;
}

/**
 * The previous period's figures compared with the current ones: the same queries, without the
 * figures at the period's end (stages, time per stage, dormant), the follow-ups and the money.
 */
export async function computePreviousFigures(
  deps: Pick<Deps, "db" | "clock">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<PreviousFigures> {
  const [signals, moves, launches] = await Promise.all([
    signalFigures(deps, scope, period),
    pipelineMoves(deps, scope, period),
    launchFigures(deps, scope, period),
  ]);
  const byFabrique = await figuresByFabrique(deps, scope, period, {
    pipeline: moves,
    launches,
    signals: signals?.perFabrique ?? null,
  });
  return {
    period,
    totals: totalsOf(signals, moves.abandonments, launches, byFabrique),
    byFabrique,
    byRegion: await figuresByRegion(deps, byFabrique),
    signalsByKind: signals?.byKind ?? null,
    launchesByKind: launches.byKind,
    replications: replicationFigures(launches.launched),
    abandonmentsCount: moves.abandonments.length,
    stagesEntered: moves.entered,
  };
}

/** Every figure of one period in one scope; the totals are added up from the same rows. */
export async function computePeriodFigures(
  deps: Pick<Deps, "db" | "clock">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<PeriodFigures> {
  // Independent queries run at once: on PostgreSQL each on its own pooled connection.
  const [signals, pipeline, launches, followUps] = await Promise.all([
    signalFigures(deps, scope, period),
    pipelineFigures(deps, scope, period),
    launchFigures(deps, scope, period),
    followUpFigures(deps, scope, period),
  ]);
  const [byFabrique, money] = await Promise.all([
    figuresByFabrique(deps, scope, period, { pipeline, launches, signals: signals?.perFabrique ?? null }),
    moneyFigures(
      deps,
      scope,
      launches.launched.map((l) => l.initiativeId),
    ),
  ]);
  const byRegion = await figuresByRegion(deps, byFabrique);
  return {
    signals: signalsShown(signals),
    pipeline,
    launches,
    byFabrique,
    totals: totalsOf(signals, pipeline.abandonments, launches, byFabrique),
    byRegion,
    followUps,
    replications: replicationFigures(launches.launched),
    money,
  };
}

type PeriodCheck = Result<ReportPeriod, "INVALID_INPUT">;

/** Both days, or neither (the current calendar year, Paris); `to` on or after `from`, ten years at most. */
export function checkPeriod(query: ReportQuery, today: Date): PeriodCheck {
  const text = fr.reports.errors;
  if (!query.from && !query.to) return ok(calendarYear(parisYear(today)));
  if (!query.from) return fail("INVALID_INPUT", { fields: { from: text.from } });
  if (!query.to) return fail("INVALID_INPUT", { fields: { to: text.to } });
  const period = { from: query.from, to: query.to };
  if (query.to < query.from) return fail("INVALID_INPUT", { fields: { to: text.toBeforeFrom } });
  if (periodLength(period) > MAX_PERIOD_DAYS) return fail("INVALID_INPUT", { fields: { to: text.tooLong } });
  return ok(period);
}

const choice = ({ code, kind, name }: ReportScope): ScopeChoice => ({ code, kind, name });

/**
 * The report of a period in a scope the actor may read (decision record 0074): the network
 * animator's network, région, Fabrique or programme; a team's Fabrique or programme; a funder's
 * programme. A scope the actor may not read, or an actor who may read none, is NOT_FOUND.
 */
export async function getReport(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: Unparsed<ReportQuery>,
): Promise<Result<Report, "INVALID_INPUT" | "NOT_FOUND">> {
  const scopes = await readableScopes(deps, actor);
  if (scopes.length === 0) return fail("NOT_FOUND");
  const parsed = reportQuery.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const period = checkPeriod(parsed.data, deps.clock.now());
  if (!period.ok) return period;
  const scope = parsed.data.scope ? scopes.find((s) => s.code === parsed.data.scope) : scopes[0];
  if (!scope) return fail("NOT_FOUND");
  const [current, previous] = await Promise.all([
    computePeriodFigures(deps, scope, period.value),
    computePreviousFigures(deps, scope, comparisonPeriod(period.value)),
  ]);
  return ok({
    ...current,
    period: period.value,
    scope: choice(scope),
    scopes: scopes.map(choice),
    previous,
    definitions: [...definitions],
  });
}
