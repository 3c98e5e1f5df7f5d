import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getTerritory } from "./get-territory";
import { importQpv } from "./import-qpv";
import { searchTerritories } from "./search-territories";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("importing the QPV list in the ANCT format", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  const qpvCount = async () =>
    Number(
      (await deps.db.execute<{ n: string }>(sql`select count(*) as n from territory where kind = 'qpv'`))
        .rows[0]?.n,
    );

  it("refuses the whole list when one row names an unknown commune", async () => {
    const file = `${fixture("qpv-anct-sample.csv")}QN99999M,Quartier fantôme,99999,Nulle part,,\n`;
    const report = await importQpv(deps, file, { source: "bad.csv" });
    expect(report.written).toBe(false);
    expect(report.rejected).toEqual([{ row: 5, code: "QN99999M", reason: "commune inconnue : 99999" }]);
    expect(await qpvCount()).toBe(0);
  });

  it("refuses a list without its mandatory columns", async () => {
    const report = await importQpv(deps, "code,nom\nQN04901M,Belle Beille\n", { source: "x.csv" });
    expect(report).toMatchObject({ written: false, error: expect.stringContaining("code_qp") });
  });

  it("imports QPV tied to their commune, EPCI, département and région", async () => {
    const report = await importQpv(deps, fixture("qpv-anct-sample.csv"), { source: "qpv.csv" });
    expect(report).toMatchObject({ written: true, imported: 3, rejected: [] });
    const belleBeille = await getTerritory(deps, { kind: "qpv", code: "QN04901M" });
    expect(belleBeille.ok && belleBeille.value).toMatchObject({
      name: "Belle Beille",
      parents: [
        { kind: "commune", code: "49007", name: "Angers" },
        { kind: "epci", code: "244900015" },
        { kind: "departement", code: "49" },
        { kind: "region", code: "52" },
      ],
      members: { commune: 1 },
    });
    const angers = await getTerritory(deps, { kind: "commune", code: "49007" });
    expect(angers.ok && angers.value.flags.qpvCount).toBe(1);
    const pontarlier = await getTerritory(deps, { kind: "commune", code: "25462" });
    expect(pontarlier.ok && pontarlier.value.flags.qpvCount).toBe(0);
  });

  it("finds a QPV by its code and by its name", async () => {
    const byCode = await searchTerritories(deps, "QN07511M");
    expect(byCode.ok && byCode.value[0]).toMatchObject({
      kind: "qpv",
      code: "QN07511M",
      name: "Goutte d'Or",
    });
    const byName = await searchTerritories(deps, "goutte d or", { kinds: ["qpv"] });
    expect(byName.ok && byName.value.map((r) => r.code)).toEqual(["QN07511M"]);
  });

  it("re-running with the GeoJSON version updates the same QPV and stores their perimeter", async () => {
    const report = await importQpv(deps, fixture("qpv-anct-sample.geojson"), { source: "qpv.geojson" });
    expect(report).toMatchObject({ written: true, imported: 2, rejected: [] });
    expect(await qpvCount()).toBe(3);
    const goutteDor = await getTerritory(deps, { kind: "qpv", code: "QN07511M" });
    // The arrondissement code 75118 resolves to Paris.
    expect(goutteDor.ok && goutteDor.value.parents[0]).toEqual({
      kind: "commune",
      code: "75056",
      name: "Paris",
    });
    const belleBeille = await getTerritory(deps, { kind: "qpv", code: "QN04901M" });
    expect(belleBeille.ok && belleBeille.value.hasGeometry).toBe(true);
    expect(goutteDor.ok && goutteDor.value.hasGeometry).toBe(false);
  });
});
