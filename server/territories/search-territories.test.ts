import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { searchTerritories } from "./search-territories";
import type { TerritorySummary } from "./territory-schemas";

describe("territory search over the 2026 COG", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  const search = async (q: string, options: Parameters<typeof searchTerritories>[2] = {}) => {
    const result = await searchTerritories(deps, q, options);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  const refs = (results: TerritorySummary[]) => results.map((r) => `${r.kind}:${r.code}`);

  it("finds Pontarlier first from the prefix « pontarl »", async () => {
    const results = await search("pontarl");
    expect(results[0]).toMatchObject({ kind: "commune", code: "25462", name: "Pontarlier" });
    // The CC du Grand Pontarlier comes too, after the commune whose name starts with the query.
    expect(refs(results)).toContain("epci:242500338");
  });

  it("finds Saint-Étienne first without accents or hyphens", async () => {
    for (const q of ["saint etienne", "Saint-Etienne", "SAINT ÉTIENNE", "st etienne"]) {
      const results = await search(q);
      expect(results[0], q).toMatchObject({ kind: "commune", code: "42218", name: "Saint-Étienne" });
    }
  });

  it("finds a commune by its exact name, with its EPCI, département and région as parents", async () => {
    const [first] = await search("Pontarlier");
    expect(first).toEqual({
      kind: "commune",
      code: "25462",
      name: "Pontarlier",
      population: expect.any(Number),
      parents: [
        { kind: "epci", code: "242500338", name: "CC du Grand Pontarlier" },
        { kind: "departement", code: "25", name: "Doubs" },
        { kind: "region", code: "27", name: "Bourgogne-Franche-Comté" },
      ],
    });
  });

  it("finds an EPCI by its name, short or long form, and by its SIREN", async () => {
    for (const q of ["CC du Grand Pontarlier", "communauté de communes du grand pontarlier", "242500338"]) {
      const [first] = await search(q);
      expect(first, q).toMatchObject({ kind: "epci", code: "242500338" });
    }
  });

  it("finds the communes of a postcode, the biggest first", async () => {
    const results = await search("25300", { limit: 20 });
    expect(results[0]).toMatchObject({ kind: "commune", code: "25462" });
    expect(refs(results)).toEqual(expect.arrayContaining(["commune:25204", "commune:25012"]));
    // 25300 is also the INSEE code of Guyans-Durnes, whose postcode is 25580.
    expect(refs(results)).toContain("commune:25300");
  });

  it("finds a commune by its INSEE code, and an old code resolves to today's commune", async () => {
    expect((await search("25462"))[0]).toMatchObject({ kind: "commune", code: "25462" });
    // 75111 is Paris 11e arrondissement; 02285 Escaufourt is associated with Saint-Souplet (59545).
    expect((await search("75111"))[0]).toMatchObject({ kind: "commune", code: "75056" });
    expect((await search("02285"))[0]).toMatchObject({ kind: "commune", code: "59545" });
  });

  it("disambiguates homonyms with their département", async () => {
    const results = await search("Saint-Martin", { kinds: ["commune"], limit: 20 });
    const homonyms = results.filter((r) => r.name === "Saint-Martin");
    expect(homonyms.length).toBeGreaterThanOrEqual(5);
    const departements = homonyms.map((r) => r.parents.find((p) => p.kind === "departement")?.name);
    expect(new Set(departements).size).toBe(homonyms.length);
    expect(departements).toEqual(expect.arrayContaining(["Gers", "Hautes-Pyrénées", "Bas-Rhin"]));
  });

  it("ranks exact names before prefixes, then bigger places first", async () => {
    const results = await search("paris", { limit: 5 });
    expect(refs(results).slice(0, 2)).toEqual(["commune:75056", "departement:75"]);
    const rest = results.slice(2);
    expect(rest.every((r) => r.name.toLowerCase().includes("paris"))).toBe(true);
  });

  it("finds départements and régions by code and by name", async () => {
    expect(refs(await search("25", { kinds: ["departement"] }))).toEqual(["departement:25"]);
    expect(refs(await search("27"))).toEqual(expect.arrayContaining(["departement:27", "region:27"]));
    expect((await search("bourgogne franche comte"))[0]).toMatchObject({ kind: "region", code: "27" });
    expect((await search("Doubs", { kinds: ["departement"] }))[0]).toMatchObject({ code: "25" });
  });

  it("tolerates a typo through trigram similarity", async () => {
    expect(refs(await search("pontralier"))).toContain("commune:25462");
    expect(refs(await search("besancon"))[0]).toBe("commune:25056");
    expect(refs(await search("strasbour"))[0]).toBe("commune:67482");
  });

  it("restricts results to the kinds asked for and to the limit", async () => {
    const results = await search("saint", { kinds: ["epci", "departement"], limit: 3 });
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.kind === "epci" || r.kind === "departement")).toBe(true);
  });

  it("answers nothing for an entry with nothing to look for", async () => {
    expect(await search("--")).toEqual([]);
    expect(await search("zzzzqqqxxx")).toEqual([]);
  });
});
