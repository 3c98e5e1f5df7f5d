import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { territory } from "../db/schema";
import { type Jobs, sumJobs } from "./launch-figures";
import type { FabriqueFigure } from "./report-by-fabrique";

export type RegionFigure = Jobs & {
  /** The INSEE code of the région; null for Fabriques whose région is not given. */
  regionCode: string | null;
  name: string | null;
  fabriques: number;
  signalsReceived: number | null;
  initiativesCreated: number;
  abandonments: number;
  launches: number;
};

/**
 * Figure `byRegion`: the rows of `byFabrique` added up by the région of each Fabrique
 * (`fabrique.region_code`), so both breakdowns add up to the same totals. Ordered by name, the
 * Fabriques without a région last.
 */
export async function figuresByRegion(
  deps: Pick<Deps, "db">,
  byFabrique: readonly FabriqueFigure[],
): Promise<RegionFigure[]> {
  const codes = [...new Set(byFabrique.map((f) => f.regionCode).filter((c): c is string => !!c))];
  const names = codes.length
    ? await deps.db
        .select({ code: territory.code, name: territory.name })
        .from(territory)
        .where(and(eq(territory.kind, "region"), inArray(territory.code, codes)))
    : [];
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const groups = new Map<string | null, FabriqueFigure[]>();
  for (const f of byFabrique) groups.set(f.regionCode, [...(groups.get(f.regionCode) ?? []), f]);
  const sum = (rows: FabriqueFigure[], key: "initiativesCreated" | "abandonments" | "launches") =>
    rows.reduce((total, r) => total + r[key], 0);
  const rows = [...groups].map(
    ([regionCode, rows]): RegionFigure => ({
      regionCode,
      name: regionCode ? (nameOf.get(regionCode) ?? regionCode) : null,
      fabriques: rows.length,
      signalsReceived: rows.some((r) => r.signalsReceived === null)
        ? null
        : rows.reduce((total, r) => total + (r.signalsReceived ?? 0), 0),
      initiativesCreated: sum(rows, "initiativesCreated"),
      abandonments: sum(rows, "abandonments"),
      launches: sum(rows, "launches"),
      ...sumJobs(rows),
    }),
  );
  return rows.sort((a, b) =>
    a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, "fr"),
  );
}
