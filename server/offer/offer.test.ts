import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/offer-sample.json", import.meta.url), "utf8"),
) as {
  structures: Record<string, unknown>[];
  services: Record<string, unknown>[];
};

describe("the existing offer", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let officer: string;
  let stranger: string;

  const tokenFor = (userId: string) => createBearerToken(deps.db, userId);
  const post = (token: string, payload: unknown) =>
    app.inject({
      method: "POST",
      url: "/api/v1/offer/import",
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });
  const offerOf = async (query: string) =>
    (await app.inject({ method: "GET", url: `/api/v1/offer?${query}` })).json();
  const ids = (body: { services: { id: string }[] }) => body.services.map((s) => s.id).sort();

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "offre-a" });
    const user = await createUser(deps.db);
    await addMembership(deps.db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    officer = await tokenFor(user.id);
    stranger = await tokenFor((await createUser(deps.db)).id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("refuses the whole file when one record breaks the data·inclusion schema", async () => {
    const broken = structuredClone(fixture);
    broken.services[1]!.thematiques = ["mobilite--teleportation"];
    broken.services[2]!.publics = ["tous-publics", "jeunes"];
    broken.services[3]!.structure_id = "essaim-test--inconnue";
    delete broken.structures[0]!.date_maj;
    const response = await post(officer, broken);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.message).toContain("rien n'a été importé");
    expect(body.rejected.map((r: { kind: string; index: number }) => `${r.kind}:${r.index}`)).toEqual([
      "structure:0",
      "service:1",
      "service:2",
      "service:3",
    ]);
    expect(body.rejected[0].errors).toHaveProperty("date_maj");
    expect(body.rejected[2].errors.publics).toContain("tous-publics");
    expect(body.rejected[3].errors.structure_id).toContain("essaim-test--inconnue");
    const { rows } = await deps.db.execute<{ n: number }>(
      sql`select count(*)::int as n from offer_structure`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("is imported by a Fabrique team only", async () => {
    expect((await post(stranger, fixture)).statusCode).toBe(403);
    expect(
      (await app.inject({ method: "POST", url: "/api/v1/offer/import", payload: fixture })).statusCode,
    ).toBe(401);
  });

  it("imports once, then updates on the same source and id", async () => {
    const first = await post(officer, fixture);
    expect(first.json()).toEqual({
      structures: { imported: 4, updated: 0 },
      services: { imported: 5, updated: 0 },
      rejected: [],
    });
    const again = await post(officer, fixture);
    expect(again.json()).toEqual({
      structures: { imported: 0, updated: 4 },
      services: { imported: 0, updated: 5 },
      rejected: [],
    });
  });

  it("lists for a commune the services whose zone or address covers it", async () => {
    const pontarlier = await offerOf("territory=commune:25462");
    expect(pontarlier.territory).toEqual({ kind: "commune", code: "25462", name: "Pontarlier" });
    // Its EPCI's service, the département's, the one at its address, the national one — not Besançon's.
    expect(ids(pontarlier)).toEqual([
      "essaim-test--aide-numerique",
      "essaim-test--epicerie",
      "essaim-test--location-scooters",
      "essaim-test--permis-accompagne",
    ]);
    const epicerie = pontarlier.services.find((s: { id: string }) => s.id === "essaim-test--epicerie");
    expect(epicerie).toMatchObject({
      coveredBy: "address",
      structure: { name: "Épicerie solidaire du Haut-Doubs" },
    });
  });

  it("lists for a département the services of the zones inside it", async () => {
    const doubs = await offerOf("territory=departement:25");
    expect(ids(doubs)).toContain("essaim-test--acces-aux-droits-besancon");
    expect(ids(doubs)).toContain("essaim-test--permis-accompagne");
    const besancon = await offerOf("territory=commune:25056");
    expect(ids(besancon)).not.toContain("essaim-test--permis-accompagne");
  });

  it("filters by thématique, by public (keeping services open to all) and by catalogue theme", async () => {
    const permis = await offerOf("territory=commune:25462&thematique=mobilite--preparer-un-permis");
    expect(ids(permis)).toEqual(["essaim-test--permis-accompagne"]);
    const familles = await offerOf("territory=commune:25462&public=familles");
    expect(ids(familles)).toEqual(["essaim-test--aide-numerique", "essaim-test--epicerie"]);
    const mobility = await offerOf("territory=commune:25462&theme=mobilite");
    expect(ids(mobility)).toEqual(["essaim-test--location-scooters", "essaim-test--permis-accompagne"]);
  });

  it("answers 404 for a territory that does not exist and 400 for a malformed one", async () => {
    expect(
      (await app.inject({ method: "GET", url: "/api/v1/offer?territory=commune:99999" })).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: "GET", url: "/api/v1/offer?territory=pontarlier" })).statusCode).toBe(
      400,
    );
  });
});
