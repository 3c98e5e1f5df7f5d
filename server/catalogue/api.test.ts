import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

const row = (externalId: string, overrides: Record<string, unknown> = {}) => ({
  externalId,
  title: `Garage solidaire ${externalId}`,
  summary: "Réparer les voitures à prix social pour garder son emploi.",
  description:
    "Un garage associatif qui répare, loue et revend des véhicules à prix social, sur prescription.",
  themes: ["mobilite"],
  tags: ["garage", "voiture"],
  sourceUrl: "https://exemple.fr/garage",
  ...overrides,
});

describe("the catalogue API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"animator" | "officerA" | "officerB" | "partnerA", string>;
  let fabriqueA: string;

  const tokenFor = (userId: string) => createBearerToken(deps.db, userId);
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const importRows = (who: keyof typeof tokens, rows: unknown) =>
    app.inject({ method: "POST", url: "/api/v1/models/import", headers: as(who), payload: rows as object });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "cat-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "cat-b", name: "Fabrique B" });
    fabriqueA = a.id;
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    const partnerA = await createUser(deps.db);
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    await addMembership(deps.db, { userId: partnerA.id, fabriqueId: a.id, role: "partner" });
    tokens.animator = await tokenFor(animator.id);
    tokens.officerA = await tokenFor(officerA.id);
    tokens.officerB = await tokenFor(officerB.id);
    tokens.partnerA = await tokenFor(partnerA.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("imports nothing when one row is rejected, and says which rows and why", async () => {
    const response = await importRows("officerA", [
      row("ok-1"),
      row("bad-1", { title: "", themes: ["astrologie"] }),
      row("ok-2"),
      row("ok-1"),
      row("bad-2", { originTerritory: "commune:99999" }),
    ]);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ error: "INVALID_INPUT", imported: 0, updated: 0 });
    expect(body.message).toContain("rien n'a été importé");
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([1, 3, 4]);
    expect(Object.keys(body.rejected[0].errors).sort()).toEqual(["themes.0", "title"]);
    expect(body.rejected[1].errors.externalId).toContain("plusieurs fois");
    expect(body.rejected[2].errors.originTerritory).toContain("Code officiel géographique");
    const listed = await app.inject({ method: "GET", url: "/api/v1/models/export", headers: as("officerA") });
    expect(listed.json()).toEqual([]);
  });

  it("imports drafts owned by the importer's Fabrique, then updates them on a second import", async () => {
    const first = await importRows("officerA", [
      row("garage-1"),
      row("garage-2", { originTerritory: "commune:27229" }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ imported: 2, updated: 0, rejected: [] });

    const again = await importRows("officerA", [row("garage-1", { title: "Garage solidaire d'Évreux" })]);
    expect(again.json()).toEqual({ imported: 0, updated: 1, rejected: [] });

    const exported = (
      await app.inject({ method: "GET", url: "/api/v1/models/export", headers: as("officerA") })
    ).json();
    expect(exported.map((m: { externalId: string }) => m.externalId).sort()).toEqual([
      "garage-1",
      "garage-2",
    ]);
    expect(exported.find((m: { externalId: string }) => m.externalId === "garage-1")).toMatchObject({
      title: "Garage solidaire d'Évreux",
      status: "draft",
      originTerritory: null,
    });
  });

  it("keeps a Fabrique's drafts from another Fabrique, the public and the search (404, not 403)", async () => {
    const search = await app.inject({
      method: "GET",
      url: "/api/v1/models/search?q=garage",
      headers: as("officerA"),
    });
    const draft = search.json().results.find((r: { externalId: string }) => r.externalId === "garage-2");
    expect(draft).toMatchObject({ status: "draft" });

    for (const headers of [as("officerB"), {}]) {
      const read = await app.inject({ method: "GET", url: `/api/v1/models/${draft.id}`, headers });
      expect(read.statusCode).toBe(404);
      const found = await app.inject({ method: "GET", url: "/api/v1/models/search?q=garage", headers });
      expect(found.json().results).toEqual([]);
    }
    const byPartner = await app.inject({
      method: "GET",
      url: `/api/v1/models/${draft.id}`,
      headers: as("partnerA"),
    });
    expect(byPartner.statusCode).toBe(200);
    const byAnimator = await app.inject({
      method: "GET",
      url: `/api/v1/models/${draft.id}`,
      headers: as("animator"),
    });
    expect(byAnimator.json()).toMatchObject({
      externalId: "garage-2",
      ownerFabrique: { id: fabriqueA },
      originTerritory: { kind: "commune", code: "27229", name: "Évreux" },
    });
  });

  it("refuses another Fabrique's externalId on import", async () => {
    const response = await importRows("officerB", [row("garage-1")]);
    expect(response.statusCode).toBe(400);
    expect(response.json().rejected[0].errors.externalId).toContain("ne pouvez pas modifier");
  });

  it("lets only the network animator publish; the model then becomes public with its sources", async () => {
    const draftId = (
      await app.inject({ method: "GET", url: "/api/v1/models/search?q=garage", headers: as("officerA") })
    ).json().results[0].id;
    const byOfficer = await app.inject({
      method: "POST",
      url: `/api/v1/models/${draftId}/transitions`,
      headers: as("officerA"),
      payload: { to: "published" },
    });
    expect(byOfficer.statusCode).toBe(403);
    const published = await app.inject({
      method: "POST",
      url: `/api/v1/models/${draftId}/transitions`,
      headers: as("animator"),
      payload: { to: "published" },
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ fromStatus: "draft", status: "published" });

    const publicSearch = (await app.inject({ method: "GET", url: "/api/v1/models/search?q=garage" })).json();
    expect(publicSearch.total).toBe(1);
    expect(publicSearch.results[0]).toMatchObject({
      id: draftId,
      externalId: expect.any(String),
      sourceUrls: ["https://exemple.fr/garage"],
      why: [expect.objectContaining({ kind: "term", word: "garage" })],
    });
    const archive = await app.inject({
      method: "POST",
      url: `/api/v1/models/${draftId}/transitions`,
      headers: as("animator"),
      payload: { to: "archived" },
    });
    expect(archive.statusCode).toBe(409);
    expect(archive.json().message).toContain("motif");
  });

  it("exports CSV that imports back unchanged", async () => {
    const csv = await app.inject({
      method: "GET",
      url: "/api/v1/models/export?format=csv",
      headers: as("officerA"),
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    const draftsOnly = [lines[0], ...lines.slice(1).filter((line) => line.includes(",draft"))].join("\r\n");
    const back = await app.inject({
      method: "POST",
      url: "/api/v1/models/import/csv",
      headers: { ...as("officerA"), "content-type": "text/csv" },
      payload: draftsOnly,
    });
    expect(back.json()).toEqual({ imported: 0, updated: 1, rejected: [] });
  });

  it("documents the import schema and the search response in the OpenAPI document", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const importBody = JSON.stringify(doc.paths["/api/v1/models/import"].post.requestBody);
    for (const field of ["externalId", "title", "summary", "description", "themes", "tags", "sourceUrl"]) {
      expect(importBody).toContain(`"${field}"`);
    }
    expect(JSON.stringify(doc.paths["/api/v1/models/search"].get.responses["200"])).toContain('"why"');
  });
});
