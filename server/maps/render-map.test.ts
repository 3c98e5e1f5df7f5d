import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertModel } from "../catalogue/model-factory";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getTerritoryMap } from "./render-map";

describe("territory maps", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    const base = { summary: "Un modèle", description: "Un modèle essaimable de test." };
    // Two published models born in Pontarlier (Doubs, Bourgogne-Franche-Comté), one draft in Rouen.
    await insertModel(deps.db, {
      ...base,
      title: "Restaurant inclusif",
      status: "published",
      originTerritoryKind: "commune",
      originTerritoryCode: "25462",
    });
    await insertModel(deps.db, {
      ...base,
      title: "Garage solidaire",
      status: "published",
      originTerritoryKind: "departement",
      originTerritoryCode: "25",
    });
    await insertModel(deps.db, {
      ...base,
      title: "Conciergerie de quartier",
      status: "draft",
      originTerritoryKind: "commune",
      originTerritoryCode: "76540",
    });
  });
  afterAll(async () => deps.close());

  it("draws population per département from the fallback map when nothing is imported", async () => {
    const map = await getTerritoryMap(deps, "departement");
    expect(map?.metric).toBe("population");
    expect(map?.source.kind).toBe("fallback");
    const doubs = map?.rows.find((r) => r.code === "25");
    expect(doubs?.value).toBeGreaterThan(500_000);
    expect(map?.shapes.some((s) => s.code === "25" && s.paths.length > 0)).toBe(true);
  });

  it("counts the published catalogue models born in each département and région, never drafts", async () => {
    const departements = await getTerritoryMap(deps, "departement", "models");
    expect(departements?.metric).toBe("models");
    expect(departements?.rows.find((r) => r.code === "25")?.value).toBe(2);
    expect(departements?.rows.find((r) => r.code === "76")?.value).toBe(0);
    const regions = await getTerritoryMap(deps, "region", "models");
    expect(regions?.rows.find((r) => r.code === "27")?.value).toBe(2);
    expect(regions?.rows.find((r) => r.code === "28")?.value).toBe(0);
  });
});
