import { describe, expect, it } from "vitest";
import { readFeatureCollection, toMultiPolygon } from "./geojson";

const square: [number, number][] = [
  [6, 46],
  [6.1, 46],
  [6.1, 46.1],
  [6, 46],
];

describe("reading boundary files", () => {
  it("accepts a FeatureCollection in WGS84, with or without a declared CRS", () => {
    const crs = { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } };
    expect(readFeatureCollection(JSON.stringify({ type: "FeatureCollection", crs, features: [] })).ok).toBe(
      true,
    );
    expect(readFeatureCollection(JSON.stringify({ type: "FeatureCollection", features: [] })).ok).toBe(true);
  });

  it("refuses a file in another coordinate system, or that is not GeoJSON", () => {
    const lambert = { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::2154" } };
    const result = readFeatureCollection(
      JSON.stringify({ type: "FeatureCollection", crs: lambert, features: [] }),
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining("EPSG::2154") });
    expect(readFeatureCollection("{not json").ok).toBe(false);
    expect(readFeatureCollection(JSON.stringify({ type: "Feature" })).ok).toBe(false);
  });

  it("turns a Polygon into MultiPolygon coordinates", () => {
    expect(toMultiPolygon({ type: "Polygon", coordinates: [square] })).toEqual({
      ok: true,
      value: [[square]],
    });
  });

  it("refuses points, open rings and projected coordinates", () => {
    expect(toMultiPolygon({ type: "Point", coordinates: [6, 46] })).toMatchObject({ ok: false });
    expect(toMultiPolygon(null)).toEqual({ ok: false, error: "géométrie absente" });
    const open = toMultiPolygon({ type: "Polygon", coordinates: [square.slice(0, 3).concat([[6.2, 46.2]])] });
    expect(open).toEqual({ ok: false, error: expect.stringContaining("pas fermé") });
    const lambert = toMultiPolygon({
      type: "Polygon",
      coordinates: [
        [
          [925000, 6600000],
          [926000, 6600000],
          [926000, 6601000],
          [925000, 6600000],
        ],
      ],
    });
    expect(lambert).toEqual({ ok: false, error: expect.stringContaining("mauvais système de coordonnées") });
  });
});
