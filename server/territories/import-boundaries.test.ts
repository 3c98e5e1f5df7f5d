import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { importBoundaries } from "./import-boundaries";

const anctGeo = fileURLToPath(new URL("../../../shared/data/anct-geo/", import.meta.url));
const readAnct = (level: "reg" | "dep" | "epci") =>
  readFileSync(`${anctGeo}fr-drom-4326-pur-style1-${level}.geojson`, "utf8");

describe("importing boundaries from ANCT GeoJSON files", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  const geometryCount = async (kind: string) =>
    Number(
      (
        await deps.db.execute<{ n: string }>(
          sql`select count(*) as n from territory_geometry where kind = ${kind}`,
        )
      ).rows[0]?.n,
    );

  it("imports the régions and départements of the ANCT files", async () => {
    const regions = await importBoundaries(deps, readAnct("reg"), { source: "reg.geojson" });
    expect(regions).toMatchObject({ written: true, imported: 18, rejected: [], error: null });
    const departements = await importBoundaries(deps, readAnct("dep"), { source: "dep.geojson" });
    expect(departements).toMatchObject({ written: true, imported: 101, rejected: [] });
    expect(await geometryCount("departement")).toBe(101);
  });

  it("merges an EPCI split over several départements into one MultiPolygon and skips communes outside any EPCI", async () => {
    const text = readAnct("epci");
    const features = JSON.parse(text).features as { properties: { siren_epci: string | null } }[];
    const report = await importBoundaries(deps, text, { source: "epci.geojson" });
    expect(report.error).toBeNull();
    expect(report.rejected).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.imported).toBe(1255);
    const nullFeatures = features.filter((f) => f.properties.siren_epci === null).length;
    expect(report.skipped).toHaveLength(nullFeatures);
    expect(report.skipped[0]?.reason).toContain("hors EPCI");
    expect(await geometryCount("epci")).toBe(1255);

    // Find an EPCI the file splits, and check its stored polygons are the sum of its features'.
    const bySiren = new Map<string, number>();
    for (const f of JSON.parse(text).features as {
      properties: { siren_epci: string | null };
      geometry: { type: string; coordinates: unknown[] };
    }[]) {
      if (!f.properties.siren_epci) continue;
      const polygons = f.geometry.type === "Polygon" ? 1 : f.geometry.coordinates.length;
      bySiren.set(f.properties.siren_epci, (bySiren.get(f.properties.siren_epci) ?? 0) + polygons);
    }
    const split = features.find(
      (f, i) =>
        f.properties.siren_epci &&
        features.findIndex((g) => g.properties.siren_epci === f.properties.siren_epci) !== i,
    )?.properties.siren_epci as string;
    const [stored] = (
      await deps.db.execute<{ type: string; n: number }>(
        sql`select geometry->>'type' as type, jsonb_array_length(geometry->'coordinates') as n
            from territory_geometry where kind = 'epci' and code = ${split}`,
      )
    ).rows;
    expect(stored).toEqual({ type: "MultiPolygon", n: bySiren.get(split) });
  });

  it("re-running an import updates the same rows", async () => {
    const again = await importBoundaries(deps, readAnct("dep"), { source: "dep-2.geojson" });
    expect(again).toMatchObject({ written: true, imported: 101 });
    expect(await geometryCount("departement")).toBe(101);
    const sources = await deps.db.execute<{ source: string }>(
      sql`select distinct source from territory_geometry where kind = 'departement'`,
    );
    expect(sources.rows).toEqual([{ source: "dep-2.geojson" }]);
  });

  it("refuses the whole file when one feature is rejected, with the reasons", async () => {
    const square = [
      [2, 47],
      [2.1, 47],
      [2.1, 47.1],
      [2, 47],
    ];
    const file = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { insee_dep: "25" },
          geometry: { type: "Polygon", coordinates: [square] },
        },
        {
          type: "Feature",
          properties: { insee_dep: "00" },
          geometry: { type: "Polygon", coordinates: [square] },
        },
        {
          type: "Feature",
          properties: { insee_dep: "39" },
          geometry: { type: "Point", coordinates: [2, 47] },
        },
      ],
    });
    const before = await deps.db.execute(
      sql`select geometry from territory_geometry where kind = 'departement' and code = '25'`,
    );
    const report = await importBoundaries(deps, file, { source: "bad.geojson" });
    expect(report.written).toBe(false);
    expect(report.rejected).toEqual([
      { row: 2, code: "00", reason: expect.stringContaining("code inconnu") },
      { row: 3, code: "39", reason: expect.stringContaining("Point") },
    ]);
    const after = await deps.db.execute(
      sql`select geometry from territory_geometry where kind = 'departement' and code = '25'`,
    );
    expect(after.rows).toEqual(before.rows);

    const partial = await importBoundaries(deps, file, { source: "bad.geojson", allowRejected: true });
    expect(partial).toMatchObject({ written: true, imported: 1 });
    expect(partial.rejected).toHaveLength(2);
  });

  it("refuses a file in Lambert-93", async () => {
    const file = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::2154" } },
      features: [],
    });
    const report = await importBoundaries(deps, file, { source: "l93.geojson" });
    expect(report).toMatchObject({ written: false, error: expect.stringContaining("WGS84") });
  });
});
