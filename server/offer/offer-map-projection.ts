import { geoPath, geoTransform } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";

/**
 * The map of a territory's offer, drawn on the server: a plane where longitudes are shrunk by the
 * cosine of the middle latitude (a small territory keeps its shape) and latitudes go upwards, the
 * territory's outline when its boundaries were imported, each located service as a point. Pure:
 * no database, no tiles, no network.
 */

export const MAP_WIDTH = 600;
const MARGIN = 12;
/** Half the side, in degrees, of the area drawn around a single point (about 2 km). */
const MIN_HALF_SPAN = 0.02;

export type LocatedService<T> = T & {
  latitude: number;
  longitude: number;
  /** A local service (address or whole zone in the territory): these frame the map when no outline is known. */
  inTerritory: boolean;
};

export type ProjectedPoint<T> = T & { x: number; y: number };

export type OfferMapDrawing<T> = {
  viewBox: string;
  outline: string | null;
  points: ProjectedPoint<T>[];
  /** Located services drawn outside the frame (a national service seated far away), not drawn. */
  outside: LocatedService<T>[];
};

type Extent = { west: number; east: number; south: number; north: number };

function extentOfCoordinates(coordinates: Iterable<readonly number[]>): Extent | null {
  let extent: Extent | null = null;
  for (const [lon, lat] of coordinates) {
    if (lon === undefined || lat === undefined) continue;
    if (!extent) extent = { west: lon, east: lon, south: lat, north: lat };
    else {
      extent.west = Math.min(extent.west, lon);
      extent.east = Math.max(extent.east, lon);
      extent.south = Math.min(extent.south, lat);
      extent.north = Math.max(extent.north, lat);
    }
  }
  return extent;
}

function* ringsOf(geometry: MultiPolygon | Polygon) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function drawOfferMap<T>(
  outlineGeometry: MultiPolygon | Polygon | null,
  services: readonly LocatedService<T>[],
): OfferMapDrawing<T> | null {
  // The frame: the outline; else the services located in the territory; else every located one.
  const local = services.filter((s) => s.inTerritory);
  const framing = local.length ? local : services;
  let extent = outlineGeometry
    ? extentOfCoordinates(ringsOf(outlineGeometry))
    : extentOfCoordinates(framing.map((s) => [s.longitude, s.latitude]));
  if (!extent) return null;
  const inFrame = (s: LocatedService<T>, e: Extent) =>
    s.longitude >= e.west && s.longitude <= e.east && s.latitude >= e.south && s.latitude <= e.north;
  // Around points only, leave some room (a single point still gets an area around it).
  if (!outlineGeometry) {
    const padLon = Math.max((extent.east - extent.west) * 0.05, MIN_HALF_SPAN);
    const padLat = Math.max((extent.north - extent.south) * 0.05, MIN_HALF_SPAN);
    extent = {
      west: extent.west - padLon,
      east: extent.east + padLon,
      south: extent.south - padLat,
      north: extent.north + padLat,
    };
  }
  const frame = extent;
  const k = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
  const width = (frame.east - frame.west) * k;
  const height = frame.north - frame.south;
  const scale = (MAP_WIDTH - 2 * MARGIN) / Math.max(width, height, 1e-9);
  const project = (lon: number, lat: number): [number, number] => [
    (lon - frame.west) * k * scale + MARGIN,
    (frame.north - lat) * scale + MARGIN,
  ];
  const projection = geoTransform({
    point(lon, lat) {
      const [x, y] = project(lon, lat);
      this.stream.point(x, y);
    },
  });
  const outline = outlineGeometry ? (geoPath(projection).digits(1)(outlineGeometry) ?? null) : null;
  const points: ProjectedPoint<T>[] = [];
  const outside: LocatedService<T>[] = [];
  for (const service of services) {
    if (!inFrame(service, frame)) {
      outside.push(service);
      continue;
    }
    const [x, y] = project(service.longitude, service.latitude);
    points.push({ ...service, x: round(x), y: round(y) });
  }
  return {
    viewBox: `0 0 ${Math.ceil(width * scale + 2 * MARGIN)} ${Math.ceil(height * scale + 2 * MARGIN)}`,
    outline,
    points,
    outside,
  };
}
