import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getTerritory } from "./get-territory";
import { listTerritoryMembers } from "./list-territory-members";
import { COG_YEAR, loadCog, type TerritoryRow } from "./load-cog";
import { searchTerritories } from "./search-territories";

describe("updating to a newer COG", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    // Escaufourt (02285) was a commune of an older COG, now associated with Saint-Souplet (59545):
    // its row is still there, as after a COG update, with the older year.
    await deps.db.execute(sql`
      insert into territory (kind, code, name, search_name, population, departement_code, region_code,
                             epci_code, cog_year)
      values ('commune', '02285', 'Escaufourt', 'escaufourt', 120, '59', '32', '200030633', ${COG_YEAR - 1})`);
  });
  afterAll(async () => deps.close());

  it("an old commune code opens the commune that absorbed it, saying so", async () => {
    const found = await getTerritory(deps, { kind: "commune", code: "02285" });
    expect(found.ok && found.value).toMatchObject({
      code: "59545",
      resolvedFrom: { code: "02285", name: "Escaufourt", aliasType: "commune-associee" },
    });
    const byCode = await searchTerritories(deps, "02285");
    expect(byCode.ok && byCode.value.map((r) => r.code)).toEqual(["59545"]);
  });

  it("the old row is left out of search and of members lists", async () => {
    const byName = await searchTerritories(deps, "Escaufourt");
    expect(byName.ok && byName.value.map((r) => r.code)).not.toContain("02285");
    const members = await listTerritoryMembers(deps, { kind: "epci", code: "200030633" }, "commune", {
      pageSize: 500,
    });
    const codes = members.ok ? members.value.items.map((m) => m.code) : [];
    expect(codes).toContain("59545");
    expect(codes).not.toContain("02285");
  });

  it("a code that is current again in the new COG stops being an alias", async () => {
    const restored: TerritoryRow = {
      kind: "commune",
      code: "02285",
      name: "Escaufourt",
      search_name: "escaufourt",
      population: 130,
      region_code: "32",
      departement_code: "59",
      epci_code: null,
      postcodes: ["02110"],
      nature: null,
    };
    await loadCog(deps.db, [restored], []);
    const found = await getTerritory(deps, { kind: "commune", code: "02285" });
    expect(found.ok && found.value).toMatchObject({ code: "02285", name: "Escaufourt", resolvedFrom: null });
  });
});
