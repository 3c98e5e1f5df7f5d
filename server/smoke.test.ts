import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./http/server";
import { createTestDeps, type TestDeps } from "./testing/test-deps";

describe("the foundation", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("answers the health check once the database is open and migrated", async () => {
    const app = await buildServer(deps);
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
    await app.close();
  });

  it("has the reference territories of the COG loaded", async () => {
    const { rows } = await deps.database.pool.query<{ kind: string; n: string }>(
      "select kind, count(*) as n from territory group by kind order by kind",
    );
    const counts = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
    // 18 régions plus the overseas collectivities the COG lists alongside them.
    expect(counts.region).toBe(26);
    expect(counts.departement).toBe(109);
    expect(counts.commune).toBeGreaterThan(34000);
    expect(counts.epci).toBeGreaterThan(1200);
    const pontarlier = await deps.database.pool.query(
      "select name, epci_code, departement_code, region_code, postcodes from territory where kind='commune' and code='25462'",
    );
    expect(pontarlier.rows[0]).toMatchObject({
      name: "Pontarlier",
      departement_code: "25",
      region_code: "27",
    });
  });
});
