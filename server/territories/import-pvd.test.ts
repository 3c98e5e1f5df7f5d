import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getTerritory } from "./get-territory";
import { importPvd } from "./import-pvd";

const pvdFile = fileURLToPath(
  new URL("../../../shared/data/pvd/petites-villes-de-demain-2021-01.csv", import.meta.url),
);

describe("importing the Petites villes de demain list", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  const pvdCount = async () =>
    Number(
      (
        await deps.db.execute<{ n: string }>(
          sql`select count(*) as n from territory_programme where programme = 'pvd'`,
        )
      ).rows[0]?.n,
    );

  it("flags nothing while the list was never imported", async () => {
    const ablis = await getTerritory(deps, { kind: "commune", code: "78003" });
    expect(ablis.ok && ablis.value.flags.petitesVillesDeDemain).toBeNull();
  });

  it("refuses the list when one commune is unknown, and writes nothing", async () => {
    const text = `${readFileSync(pvdFile, "utf8")}pvd-x,99999,Trifouilly-les-Oies,,99,,NA,1,,,\n`;
    const report = await importPvd(deps, text, { source: "pvd.csv" });
    expect(report.written).toBe(false);
    expect(report.rejected).toEqual([
      { row: 1608, code: "99999", reason: "commune inconnue du Code officiel géographique" },
    ]);
    expect(await pvdCount()).toBe(0);
  });

  it("imports the 1,606 communes of the real list and flags them", async () => {
    const report = await importPvd(deps, readFileSync(pvdFile, "utf8"), { source: "pvd.csv" });
    expect(report).toMatchObject({ written: true, imported: 1606, rejected: [] });
    const ablis = await getTerritory(deps, { kind: "commune", code: "78003" });
    expect(ablis.ok && ablis.value.flags.petitesVillesDeDemain).toBe(true);
    const paris = await getTerritory(deps, { kind: "commune", code: "75056" });
    expect(paris.ok && paris.value.flags.petitesVillesDeDemain).toBe(false);
  });

  it("re-running replaces the list: a commune that left it loses the flag", async () => {
    const [header, ...lines] = readFileSync(pvdFile, "utf8").trim().split("\n");
    const withoutAblis = [header, ...lines.filter((line) => !line.includes(",78003,"))].join("\n");
    const report = await importPvd(deps, withoutAblis, { source: "pvd-2.csv" });
    expect(report).toMatchObject({ written: true, imported: 1605 });
    expect(await pvdCount()).toBe(1605);
    const ablis = await getTerritory(deps, { kind: "commune", code: "78003" });
    expect(ablis.ok && ablis.value.flags.petitesVillesDeDemain).toBe(false);
  });
});
