import { and, asc, count, gte, inArray, lt, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fabrique, initiative } from "../db/schema";
import { type Jobs, type LaunchFigures, sumJobs } from "./launch-figures";
import type { PipelineFigures } from "./pipeline-figures";
import { periodInstants, type ReportPeriod } from "./report-period";
import { initiativeInScope, type ReportScope } from "./report-scope";

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

async function createdByFabrique(deps: Pick<Deps, "db">, where: ReturnType<typeof and>) {
  const rows = await deps.db
    .select({ fabriqueId: initiative.fabriqueId, n: count() })
    .from(initiative)
    .where(where)
    .groupBy(initiative.fabriqueId);
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
  figures: {
    pipeline: Pick<PipelineFigures, "abandonments">;
    launches: LaunchFigures;
    /** The signals received per Fabrique, counted with the signal figures; null for a programme's report. */
    signals: Map<string, number> | null;
  },
): Promise<FabriqueFigure[]> {
  const { start, end } = periodInstants(period);
  const signals = figures.signals;
  const created = await createdByFabrique(
    deps,
    and(initiativeInScope(scope), gte(initiative.createdAt, start), lt(initiative.createdAt, end)),
  );
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
