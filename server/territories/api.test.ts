import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

describe("the territories API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  beforeAll(async () => {
    deps = await createTestDeps();
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("searches territories without a token", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/territories/search?q=pontarl&limit=3" });
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]).toEqual({
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

  it("filters the search by kind, and refuses an unknown kind with a French message", async () => {
    const epci = await app.inject({
      method: "GET",
      url: "/api/v1/territories/search?q=pontarlier&kind=epci",
    });
    expect(epci.json().results.map((r: { kind: string }) => r.kind)).toEqual(["epci"]);
    const bad = await app.inject({
      method: "GET",
      url: "/api/v1/territories/search?q=pontarlier&kind=canton",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: "INVALID_INPUT",
      fields: { kind: expect.stringContaining("canton") },
    });
    const empty = await app.inject({ method: "GET", url: "/api/v1/territories/search?q=" });
    expect(empty.statusCode).toBe(400);
  });

  it("gives an EPCI with its parents and how many communes it holds", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/territories/epci/242500338" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      kind: "epci",
      code: "242500338",
      name: "CC du Grand Pontarlier",
      nature: "CC",
      parents: [
        { kind: "departement", code: "25" },
        { kind: "region", code: "27" },
      ],
      members: { commune: 10 },
      hasGeometry: false,
      resolvedFrom: null,
    });
    // No QPV or Petites villes de demain list imported in this database: unknown, not false.
    expect(body.flags).toEqual({ petitesVillesDeDemain: null, qpvCount: null });
  });

  it("counts a département's EPCI, including those straddling its border", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/v1/territories/departement/25" })).json();
    expect(body.members.commune).toBeGreaterThan(550);
    expect(body.members.epci).toBeGreaterThanOrEqual(15);
    expect(body.parents).toEqual([{ kind: "region", code: "27", name: "Bourgogne-Franche-Comté" }]);
  });

  it("resolves an old commune code to today's commune, saying so", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/v1/territories/commune/75111" })).json();
    expect(body).toMatchObject({
      code: "75056",
      name: "Paris",
      resolvedFrom: { code: "75111", aliasType: "arrondissement-municipal" },
    });
  });

  it("answers 404 in French for an unknown code and 400 for an unknown kind", async () => {
    const missing = await app.inject({ method: "GET", url: "/api/v1/territories/commune/99999" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: "NOT_FOUND",
      message: "Aucun territoire de type « commune » n'a le code 99999.",
    });
    const badKind = await app.inject({ method: "GET", url: "/api/v1/territories/canton/2501" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error).toBe("INVALID_INPUT");
  });

  it("documents both routes in the OpenAPI document", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/v1/territories/search", "/api/v1/territories/{kind}/{code}"]),
    );
  });
});
