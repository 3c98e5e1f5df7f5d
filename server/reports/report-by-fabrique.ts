import { and, asc, count, gte, inArray, lt, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fabrique, initiative, signal } from "../db/schema";
import { type Jobs, type LaunchFigures, sumJobs } from "./launch-figures";
import type { PipelineFigures } from "./pipeline-figures";
import { periodInstants, type ReportPeriod } from "./report-period";
import { initiativeInScope, type ReportScope } from "./report-scope";
import { signalsReceivedIn } from "./signal-figures";

export type FabriqueFigure = Jobs & {
  fabriqueId: string;
  slug: string;
  name: string;
  regionCode: string | null;
  /** Null for a programme's report (see `ReportScope`). */
  signalsReceived: number | null;
  initiativesCreated: number;
  abandonments: number;
  launches: number;
};

async function countByFabrique(
  deps: Pick<Deps, "db">,
  column: typeof signal.fabriqueId | typeof initiative.fabriqueId,
  where: ReturnType<typeof and>,
) {
  const table = column === signal.fabriqueId ? signal : initiative;
  const rows = await deps.db
    .select({ fabriqueId: sql<string>`${column}`, n: count() })
    .from(table)
    .where(where)
    .groupBy(column);
  return new Map(rows.map((r) => [r.fabriqueId, Number(r.n)]));
}

/**
 * Figure `byFabrique`: the same counts per Fabrique. Every Fabrique of the scope is listed (zeros
 * included); a programme's report lists the Fabriques of the initiatives it covers.
 */
export async function figuresByFabrique(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  period: ReportPeriod,
  figures: { pipeline: Pick<PipelineFigures, "abandonments">; launches: LaunchFigures },
): Promise<FabriqueFigure[]> {
  const { start, end } = periodInstants(period);
  const [signals, created] = await Promise.all([
    scope.programmeIds ? null : countByFabrique(deps, signal.fabriqueId, signalsReceivedIn(scope, period)),
    countByFabrique(
      deps,
      initiative.fabriqueId,
      and(initiativeInScope(scope), gte(initiative.createdAt, start), lt(initiative.createdAt, end)),
    ),
  ]);
  const listed = new Set(figures.launches.launched.map((l) => l.fabriqueId));
  for (const a of figures.pipeline.abandonments) listed.add(a.fabriqueId);
  for (const id of created.keys()) listed.add(id);
  const where = scope.programmeIds
    ? listed.size
      ? inArray(fabrique.id, [...listed])
      : sql`false`
    : scope.fabriqueIds
      ? inArray(fabrique.id, scope.fabriqueIds)
      : sql`true`;
  const fabriques = await deps.db
    .select({ id: fabrique.id, slug: fabrique.slug, name: fabrique.name, regionCode: fabrique.regionCode })
    .from(fabrique)
    .where(where)
    .orderBy(asc(fabrique.name));
  return fabriques.map((f) => {
    const launched = figures.launches.launched.filter((l) => l.fabriqueId === f.id);
    return {
      fabriqueId: f.id,
      slug: f.slug,
      name: f.name,
      regionCode: f.regionCode,
      signalsReceived: signals ? (signals.get(f.id) ?? 0) : null,
      initiativesCreated: created.get(f.id) ?? 0,
      abandonments: figures.pipeline.abandonments.filter((a) => a.fabriqueId === f.id).length,
      launches: launched.length,
      ...sumJobs(launched),
    };
  });
}
