/**
 * Reading boundary files: GeoJSON in WGS84 longitude/latitude (RFC 7946). Pure functions, tested
 * without a database.
 */
export type Position = [number, number];
export type MultiPolygon = { type: "MultiPolygon"; coordinates: Position[][][] };

export type Feature = { properties: Record<string, unknown> | null; geometry: unknown };
export type FeatureCollection = { features: Feature[]; crs?: unknown };

const wgs84Names = new Set([
  "urn:ogc:def:crs:OGC:1.3:CRS84",
  "urn:ogc:def:crs:OGC::CRS84",
  "urn:ogc:def:crs:EPSG::4326",
  "EPSG:4326",
  "WGS84",
]);

/** Parse a FeatureCollection and check its declared CRS; an error message in French, or the collection. */
export function readFeatureCollection(
  text: string,
): { ok: true; value: FeatureCollection } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "le fichier n'est pas du JSON valide." };
  }
  const collection = parsed as {
    type?: unknown;
    features?: unknown;
    crs?: { properties?: { name?: unknown } };
  };
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    return { ok: false, error: "le fichier n'est pas une FeatureCollection GeoJSON." };
  }
  const crsName = collection.crs?.properties?.name;
  if (typeof crsName === "string" && !wgs84Names.has(crsName)) {
    return {
      ok: false,
      error: `système de coordonnées ${crsName} non pris en charge : exportez le fichier en WGS84 (EPSG:4326), comme le veut GeoJSON.`,
    };
  }
  return { ok: true, value: collection as FeatureCollection };
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number" &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function checkRing(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return "un contour a moins de 4 points";
  for (const position of ring) {
    if (!isPosition(position)) return "un point n'a pas deux coordonnées numériques";
    const [lon, lat] = position;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return "coordonnées hors des bornes de WGS84 (fichier projeté, en Lambert-93 par exemple ?) : mauvais système de coordonnées";
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return "un contour n'est pas fermé";
  return null;
}

/**
 * A Polygon or MultiPolygon as MultiPolygon coordinates (2D), or the reason it is refused.
 * Other geometry types, empty or malformed rings and non-WGS84 coordinates are refused.
 */
export function toMultiPolygon(
  geometry: unknown,
): { ok: true; value: Position[][][] } | { ok: false; error: string } {
  if (!geometry || typeof geometry !== "object") return { ok: false, error: "géométrie absente" };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  let polygons: unknown[];
  if (type === "Polygon") polygons = [coordinates];
  else if (type === "MultiPolygon" && Array.isArray(coordinates)) polygons = coordinates;
  else
    return {
      ok: false,
      error: `géométrie de type ${String(type)} non prise en charge (Polygon ou MultiPolygon attendu)`,
    };
  if (polygons.length === 0) return { ok: false, error: "géométrie vide" };
  const result: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, error: "polygone vide" };
    for (const ring of polygon) {
      const problem = checkRing(ring);
      if (problem) return { ok: false, error: `géométrie invalide : ${problem}` };
    }
    result.push(polygon.map((ring: Position[]) => ring.map(([lon, lat]) => [lon, lat] as Position)));
  }
  return { ok: true, value: result };
}
