import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { buildServer } from "../http/server";
import { createBearerToken } from "../seed/factories";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeModelStatus } from "./change-model-status";
import { insertZephyrinDraft, visitorCacheWorld } from "./visitor-cache-fixtures";

/*
 * The search API's answers kept for callers without a token (decision record 0075): a kept answer
 * never reaches a token holder, never carries a draft, and is stale as soon as the catalogue changes.
 */
describe("the search API's answers kept for visitors", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let officerToken: string;
  let animator: Actor;
  let fabriqueId: string;

  const titles = async (url: string, token?: string) => {
    const response = await app.inject({
      method: "GET",
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    return (response.json() as { results: { title: string }[] }).results.map((r) => r.title);
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    const world = await visitorCacheWorld(deps.db);
    fabriqueId = world.fabriqueId;
    animator = world.animator;
    officerToken = await createBearerToken(deps.db, world.officer.userId);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("gives a token holder their own answer, drafts included, never the visitors' kept one", async () => {
    const url = "/api/v1/models/search?q=ressourcerie";
    expect(await titles(url)).toEqual(["Ressourcerie solidaire"]);
    await insertZephyrinDraft(deps.db, fabriqueId);
    expect(await titles(url)).toEqual(["Ressourcerie solidaire"]);
    expect(await titles(url, officerToken)).toContain("Ressourcerie des ateliers Zéphyrin");
    expect(await titles(url)).toEqual(["Ressourcerie solidaire"]);
  });

  it("shows a publication, or a change written straight into the database, to the next visitor", async () => {
    const url = "/api/v1/models/search?q=chantiers";
    expect(await titles(url)).toEqual([]);
    const [draft] = (
      await deps.db.execute<{ id: string }>(sql`select id from model where title like '%Zéphyrin'`)
    ).rows;
    successValue(
      await changeModelStatus(deps, animator, draft!.id, { to: "published", reason: "Relu par le réseau." }),
    );
    expect(await titles(url)).toEqual(["Ressourcerie des ateliers Zéphyrin"]);
    await deps.db.execute(sql`update model set title = 'Recyclerie Zéphyrin' where id = ${draft!.id}`);
    expect(await titles(url)).toEqual(["Recyclerie Zéphyrin"]);
  });

  it("answers a refused search as before, and keeps nothing of it", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await app.inject({ method: "GET", url: "/api/v1/models/search?page=0" });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: "INVALID_INPUT" });
    }
  });
});
