import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Deps } from "../core/deps";
import { initiative, type TerritoryKind, territory } from "../db/schema";

/** Where a launched activity is: its initiative's territory, with the région and département it lies in. */
export type LaunchPlace = {
  kind: TerritoryKind;
  code: string;
  /** Null when the territory is not in the reference tables (a code from a former COG). */
  name: string | null;
  regionCode: string | null;
  regionName: string | null;
  departementCode: string | null;
};

const region = alias(territory, "region");

/**
 * The places of the activities a report already lists (the report checked who may read them):
 * looked up by their initiative ids, so the page, the map and the exports place the very rows
 * the report counted and count nothing again.
 */
export async function launchPlaces(
  deps: Pick<Deps, "db">,
  initiativeIds: readonly string[],
): Promise<Map<string, LaunchPlace>> {
  if (initiativeIds.length === 0) return new Map();
  const rows = await deps.db
    .select({
      id: initiative.id,
      kind: initiative.territoryKind,
      code: initiative.territoryCode,
      name: territory.name,
      regionCode: territory.regionCode,
      regionName: region.name,
      departementCode: territory.departementCode,
    })
    .from(initiative)
    .leftJoin(
      territory,
      and(eq(territory.kind, initiative.territoryKind), eq(territory.code, initiative.territoryCode)),
    )
    .leftJoin(region, and(eq(region.kind, "region"), eq(region.code, territory.regionCode)))
    // One array parameter, not one bind parameter per id: 10 000 ids in `in (...)` made the
    // statement slow to build, send and plan (decision record 0108).
    .where(sql`${initiative.id} = any(${`{${initiativeIds.join(",")}}`}::uuid[])`);
  return new Map(
    rows.map(({ id, ...place }) => {
      // A région's own row has no région code: it is its own région.
      const own = place.kind === "region";
      return [
        id,
        {
          ...place,
          regionCode: own ? place.code : place.regionCode,
          regionName: own ? place.name : place.regionName,
          departementCode: place.kind === "departement" ? place.code : place.departementCode,
        },
      ];
    }),
  );
}

/** The code of the région or département a place falls in, or null when it is larger (a région at département level). */
export function placeCodeAt(place: LaunchPlace, level: "region" | "departement"): string | null {
  return level === "region" ? place.regionCode : place.departementCode;
}
