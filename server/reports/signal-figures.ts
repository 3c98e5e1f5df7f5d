import { and, asc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import {
  campaign,
  fabrique,
  type SignalChannel,
  type SignalKind,
  type SignalStatus,
  signal,
  signalChannels,
  signalKinds,
  signalStatuses,
} from "../db/schema";
import { notConfirmedSpam } from "../intake/spam";
import { periodInstants, type ReportPeriod } from "./report-period";
import { type ReportScope, signalInScope } from "./report-scope";
import { rowsOf } from "./report-sql";

export type Count<K extends string> = { key: K; count: number };

export type CampaignFigure = {
  id: string;
  title: string;
  fabriqueName: string;
  opensOn: string;
  closesOn: string;
  /** Signals it brought during the period. */
  signals: number;
};

export type SignalFigures = {
  total: number;
  byKind: Count<SignalKind>[];
  byChannel: Count<SignalChannel>[];
  byStatus: Count<SignalStatus>[];
  campaigns: CampaignFigure[];
};

/** Every code of a list, in its order, with the count found (0 when none). */
export function countsIn<K extends string>(
  codes: readonly K[],
  rows: { key: string; n: number }[],
): Count<K>[] {
  const found = new Map<string, number>();
  for (const row of rows) found.set(row.key, (found.get(row.key) ?? 0) + Number(row.n));
  return codes.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

/** SQL: the signal was received in the scope during the period, and is no confirmed spam. */
export function signalsReceivedIn(scope: ReportScope, period: ReportPeriod): SQL {
  const { start, end } = periodInstants(period);
  return and(
    signalInScope(scope),
    notConfirmedSpam,
    gte(signal.createdAt, start),
    lt(signal.createdAt, end),
  )!;
}

type SignalCountRow = {
  fabriqueId: string;
  kind: SignalKind;
  channel: SignalChannel;
  status: SignalStatus;
  n: number;
};

/**
 * The signals received, counted per Fabrique, kind, channel and status. Decision record 0151: one
 * grouped index-only range scan per Fabrique of `signal_fabrique_received_idx` (fabrique, created_at,
 * covering the counted columns), rather than one scan of the whole table for the network.
 */
function countsPerFabrique(deps: Pick<Deps, "db">, scope: ReportScope, received: SQL) {
  const fabriques = scope.fabriqueIds ? inArray(fabrique.id, scope.fabriqueIds) : sql`true`;
  return rowsOf<SignalCountRow>(
    deps,
    sql`select ${fabrique.id} as "fabriqueId", c.kind, c.channel, c.status, c.n
      from ${fabrique} cross join lateral (
        select ${signal.kind} as kind, ${signal.channel} as channel, ${signal.status} as status, count(*)::int as n
        from ${signal} where ${signal.fabriqueId} = ${fabrique.id} and ${received}
        group by 1, 2, 3) c
      where ${fabriques}`,
  );
}

/**
 * Signals received during the period (figure `signalsReceived`) and campaigns (`campaignSignals`),
 * with the count per Fabrique (figure `byFabrique`) from the same grouped scan of the signals.
 */
export async function signalFigures(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  period: ReportPeriod,
): Promise<(SignalFigures & { perFabrique: Map<string, number> }) | null> {
  if (scope.programmeIds) return null;
  const received = signalsReceivedIn(scope, period);
  const campaignScope = scope.fabriqueIds ? inArray(campaign.fabriqueId, scope.fabriqueIds) : sql`true`;
  const [rows, campaigns] = await Promise.all([
    countsPerFabrique(deps, scope, received),
    deps.db
      .select({
        id: campaign.id,
        title: campaign.title,
        fabriqueName: fabrique.name,
        opensOn: campaign.opensOn,
        closesOn: campaign.closesOn,
        signals: sql<number>`(select count(*) from ${signal} where ${signal.campaignId} = ${campaign.id}
        and ${received})`.mapWith(Number),
      })
      .from(campaign)
      .innerJoin(fabrique, eq(fabrique.id, campaign.fabriqueId))
      .where(and(campaignScope, lte(campaign.opensOn, period.to), gte(campaign.closesOn, period.from)))
      .orderBy(asc(campaign.opensOn), asc(campaign.title)),
  ]);
  return {
    total: rows.reduce((sum, r) => sum + Number(r.n), 0),
    byKind: countsIn(
      signalKinds,
      rows.map((r) => ({ key: r.kind, n: r.n })),
    ),
    byChannel: countsIn(
      signalChannels,
      rows.map((r) => ({ key: r.channel, n: r.n })),
    ),
    byStatus: countsIn(
      signalStatuses,
      rows.map((r) => ({ key: r.status, n: r.n })),
    ),
    campaigns,
    perFabrique: rows.reduce(
      (sums, r) => sums.set(r.fabriqueId, (sums.get(r.fabriqueId) ?? 0) + Number(r.n)),
      new Map<string, number>(),
    ),
  };
}
