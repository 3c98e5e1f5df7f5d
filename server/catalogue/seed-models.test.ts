import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { searchModels } from "./search-models";
import { seedCatalogueModels, seedModelId } from "./seed-models";

describe("the demo catalogue", () => {
  let deps: TestDeps;
  let count: number;

  beforeAll(async () => {
    deps = await createTestDeps();
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    const emergence = await createFabrique(deps.db, { slug: "seed-emergence" });
    const atis = await createFabrique(deps.db, { slug: "seed-atis" });
    count = await seedCatalogueModels(deps.db, {
      fabriqueIds: { emergence: emergence.id, atis: atis.id },
      animatorId: animator.id,
      at: new Date("2026-11-27T09:00:00.000Z"),
    });
  });
  afterAll(async () => deps.close());

  it("holds at least 40 published real models, each citing its sources", async () => {
    const { rows } = await deps.db.execute<{ status: string; n: number; without_sources: number }>(sql`
      select status, count(*)::int as n, count(*) filter (where cardinality(source_urls) = 0)::int as without_sources
      from model group by status order by status`);
    const published = rows.find((r) => r.status === "published");
    expect(count).toBe(rows.reduce((sum, r) => sum + r.n, 0));
    expect(published?.n).toBeGreaterThanOrEqual(40);
    expect(rows.every((r) => r.without_sources === 0)).toBe(true);
  });

  it("places every model in a territory that exists in the COG", async () => {
    const { rows } = await deps.db.execute<{ title: string }>(sql`
      select m.title from model m
      left join territory t on t.kind = m.origin_territory_kind and t.code = m.origin_territory_code
      where m.origin_territory_kind is not null and t.code is null`);
    expect(rows).toEqual([]);
  });

  it("waits for their stories before holding Princ'ESS or the Rouen senior conciergerie", async () => {
    const { rows } = await deps.db.execute<{ title: string }>(sql`
      select title from model where title ilike '%princ%ess%' or (title ilike '%conciergerie%' and title ilike '%senior%')`);
    expect(rows).toEqual([]);
  });

  it("keeps the same ids from one install to the next, and is searchable at once", async () => {
    expect(seedModelId("essaim-demo:vertuose")).toBe(seedModelId("essaim-demo:vertuose"));
    const found = await searchModels(deps, null, { q: "restaurant locavore handicap" });
    expect(found.ok && found.value.results[0]?.id).toBe(seedModelId("essaim-demo:vertuose"));
  });
});
