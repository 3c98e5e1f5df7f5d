import { sql } from "drizzle-orm";
import type { MultiPolygon, Polygon } from "geojson";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { resolveOfferFilter } from "./offer-filter";
import { drawOfferMap, type ProjectedPoint } from "./offer-map-projection";
import { type ListOfferInput, listOfferInput } from "./offer-query";

/** More points than this make a page too heavy: the first ones by name are placed, the rest counted. */
export const MAX_MAP_POINTS = 2000;

export type OfferMapService = {
  source: string;
  id: string;
  name: string;
  structureName: string;
  commune: string | null;
  /** The service's page at its producer (`lien_source`). */
  link: string | null;
  /** Where the point comes from: the service's own coordinates, else its structure's. */
  position: "service" | "structure";
};

export type OfferMap = {
  territory: { kind: string; code: string; name: string };
  /** Null when no service has coordinates and no outline was imported: nothing to draw. */
  viewBox: string | null;
  /** The territory's imported outline (SVG path), null without imported boundaries. */
  outline: string | null;
  outlineSource: string | null;
  points: ProjectedPoint<OfferMapService>[];
  /** Services of the offer (with these filters), all of them. */
  total: number;
  /** Neither the service nor its structure gives coordinates. */
  withoutCoordinates: number;
  /** Located outside the frame (outside the outline, or far from the others): not drawn. */
  outside: number;
  /** Located, but beyond the first `limit` (MAX_MAP_POINTS). */
  beyondLimit: number;
  limit: number;
};

const serviceHasCoordinates = sql`(jsonb_typeof(s.data->'latitude') = 'number' and jsonb_typeof(s.data->'longitude') = 'number')`;
const structureHasCoordinates = sql`(jsonb_typeof(st.data->'latitude') = 'number' and jsonb_typeof(st.data->'longitude') = 'number')`;

/** A service's point: its own coordinates, else its structure's (both from the record as received). */
const locatedSql = {
  latitude: sql`(case when ${serviceHasCoordinates} then (s.data->>'latitude')::float8
                      when ${structureHasCoordinates} then (st.data->>'latitude')::float8 end)`,
  longitude: sql`(case when ${serviceHasCoordinates} then (s.data->>'longitude')::float8
                       when ${structureHasCoordinates} then (st.data->>'longitude')::float8 end)`,
};

type Row = OfferMapService & { latitude: number | null; longitude: number | null; in_territory: boolean };

/**
 * The services of a territory's offer (same filters as the list) placed on a map: from the
 * `latitude`/`longitude` data·inclusion gives each service, or failing that its structure, over
 * the territory's outline when its boundaries were imported.
 */
export async function getOfferMap(
  deps: Pick<Deps, "db">,
  input: ListOfferInput,
): Promise<Result<OfferMap, "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = listOfferInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const filter = await resolveOfferFilter(deps, parsed.data);
  if (!filter.ok) return filter;
  const { territory, covers, thematique, local } = filter.value;

  const [counts] = (
    await deps.db.execute<{ total: number; located: number }>(sql`
      select count(*)::int as total,
             count(*) filter (where ${locatedSql.latitude} is not null)::int as located
      from offer_service s join offer_structure st on st.source = s.source and st.id = s.structure_id
      where ${covers} and ${thematique}`)
  ).rows;
  const rows = (
    await deps.db.execute<Row>(sql`
      select s.source, s.id, s.name, st.name as "structureName", s.commune,
             s.data->>'lien_source' as link,
             ${locatedSql.latitude} as latitude, ${locatedSql.longitude} as longitude,
             case when ${serviceHasCoordinates} then 'service' else 'structure' end as position,
             ${local} as in_territory
      from offer_service s join offer_structure st on st.source = s.source and st.id = s.structure_id
      where ${covers} and ${thematique} and ${locatedSql.latitude} is not null
      order by lower(s.name), s.source, s.id
      limit ${MAX_MAP_POINTS}`)
  ).rows;
  const [geometry] = (
    await deps.db.execute<{ geometry: MultiPolygon | Polygon; source: string }>(
      sql`select geometry, source from territory_geometry where kind = ${territory.kind} and code = ${territory.code}`,
    )
  ).rows;

  const located = rows.map(({ latitude, longitude, in_territory, ...service }) => ({
    ...service,
    latitude: Number(latitude),
    longitude: Number(longitude),
    inTerritory: in_territory,
  }));
  const drawing = drawOfferMap(geometry?.geometry ?? null, located);
  const total = counts?.total ?? 0;
  const locatedCount = counts?.located ?? 0;
  return ok({
    territory,
    viewBox: drawing?.viewBox ?? null,
    outline: drawing?.outline ?? null,
    outlineSource: geometry ? geometry.source : null,
    points: (drawing?.points ?? []).map(({ latitude: _lat, longitude: _lon, inTerritory: _in, ...p }) => p),
    total,
    withoutCoordinates: total - locatedCount,
    outside: drawing?.outside.length ?? 0,
    beyondLimit: Math.max(0, locatedCount - rows.length),
    limit: MAX_MAP_POINTS,
  });
}
