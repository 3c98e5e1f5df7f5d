import { readFileSync } from "node:fs";
import type { MultiPolygon } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { territoryGeometry } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { importOffer } from "./import-offer";
import { getOfferMap, type OfferMap } from "./offer-map";
import { drawOfferMap } from "./offer-map-projection";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/offer-sample.json", import.meta.url), "utf8"));

/** A rectangle around Pontarlier (west, south, east, north), as imported boundaries would be. */
const rectangle = (west: number, south: number, east: number, north: number): MultiPolygon => ({
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  ],
});

const sizeOf = (viewBox: string) => {
  const [, , width, height] = viewBox.split(" ").map(Number);
  return { width: width!, height: height! };
};

describe("drawing the offer on a map", () => {
  const at = (name: string, longitude: number, latitude: number, inTerritory = true) => ({
    name,
    longitude,
    latitude,
    inTerritory,
  });

  it("places points inside the outline, north up, and leaves out those beyond it", () => {
    const drawing = drawOfferMap(rectangle(6.3, 46.87, 6.42, 46.94), [
      at("nord-ouest", 6.31, 46.93),
      at("sud-est", 6.41, 46.88),
      at("Paris", 2.35, 48.86, false),
    ]);
    if (!drawing) throw new Error("no drawing");
    const { width, height } = sizeOf(drawing.viewBox);
    expect(drawing.outline).toMatch(/^M/);
    expect(drawing.outside.map((s) => s.name)).toEqual(["Paris"]);
    const [northWest, southEast] = drawing.points;
    expect(northWest!.x).toBeLessThan(southEast!.x);
    expect(northWest!.y).toBeLessThan(southEast!.y);
    for (const p of drawing.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(height);
    }
    // Longitudes shrink with the latitude: 0.12° by 0.07° at 47° N is wider than tall, not 1.7 times.
    expect(width / height).toBeCloseTo((0.12 * Math.cos((46.905 * Math.PI) / 180)) / 0.07, 1);
  });

  it("without an outline, frames the local points and leaves out a distant national one", () => {
    const drawing = drawOfferMap(null, [
      at("Pontarlier", 6.35, 46.9),
      at("Doubs", 6.35, 46.93),
      at("Paris", 2.35, 48.86, false),
    ]);
    expect(drawing?.outline).toBeNull();
    expect(drawing?.points.map((p) => p.name)).toEqual(["Pontarlier", "Doubs"]);
    expect(drawing?.outside.map((s) => s.name)).toEqual(["Paris"]);
  });

  it("draws a single point with room around it, and nothing when there is nothing to place", () => {
    const single = drawOfferMap(null, [at("seul", 6.35, 46.9)]);
    expect(single?.points).toHaveLength(1);
    const { width, height } = sizeOf(single!.viewBox);
    expect(single!.points[0]!.x).toBeCloseTo(width / 2, 0);
    expect(single!.points[0]!.y).toBeCloseTo(height / 2, 0);
    expect(drawOfferMap(null, [])).toBeNull();
  });
});

describe("the map of a territory's existing offer", () => {
  let deps: TestDeps;
  const mapOf = async (territory: string, extra: Record<string, string> = {}): Promise<OfferMap> => {
    const result = await getOfferMap(deps, { territory, ...extra });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  };
  const names = (map: OfferMap) => map.points.map((p) => `${p.id}:${p.position}`).sort();

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "carte-offre" });
    const user = await createUser(deps.db);
    await addMembership(deps.db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    const imported = await importOffer(deps, (await loadActor(deps, user.id))!, fixture);
    if (!imported.ok) throw new Error(JSON.stringify(imported));
    await deps.db.insert(territoryGeometry).values({
      kind: "commune",
      code: "25462",
      geometry: rectangle(6.3, 46.87, 6.42, 46.94),
      source: "communes-test.geojson",
      importedAt: deps.clock.now(),
    });
  });
  afterAll(async () => deps.close());

  it("places a commune's services over its imported outline, from the service or its structure", async () => {
    const pontarlier = await mapOf("commune:25462");
    expect(pontarlier.outline).toMatch(/^M/);
    expect(pontarlier.outlineSource).toBe("communes-test.geojson");
    expect(names(pontarlier)).toEqual([
      "essaim-test--epicerie:service",
      "essaim-test--location-scooters:structure",
      "essaim-test--permis-accompagne:service",
    ]);
    // The national service's structure is in Paris: located, but outside this map.
    expect(pontarlier).toMatchObject({ total: 4, withoutCoordinates: 0, outside: 1, beyondLimit: 0 });
    const epicerie = pontarlier.points.find((p) => p.id === "essaim-test--epicerie");
    expect(epicerie).toMatchObject({
      name: expect.any(String),
      structureName: "Épicerie solidaire du Haut-Doubs",
    });
  });

  it("counts the services without coordinates, and frames the points when no outline was imported", async () => {
    const doubs = await mapOf("departement:25");
    expect(doubs.outline).toBeNull();
    expect(doubs.viewBox).not.toBeNull();
    expect(names(doubs)).toEqual([
      "essaim-test--epicerie:service",
      "essaim-test--location-scooters:structure",
      "essaim-test--permis-accompagne:service",
    ]);
    // Besançon's access to rights has no coordinates (nor has its structure).
    expect(doubs.withoutCoordinates).toBe(1);
    expect(doubs.total).toBe(doubs.points.length + doubs.withoutCoordinates + doubs.outside);
  });

  it("follows the list's filters", async () => {
    const permis = await mapOf("commune:25462", { thematique: "mobilite--preparer-un-permis" });
    expect(names(permis)).toEqual(["essaim-test--permis-accompagne:service"]);
    expect(permis.total).toBe(1);
    const besancon = await mapOf("commune:25056");
    expect(besancon.points.map((p) => p.id)).not.toContain("essaim-test--permis-accompagne");
  });

  it("answers not found for a territory that does not exist", async () => {
    expect(await getOfferMap(deps, { territory: "commune:99999" })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });
});
