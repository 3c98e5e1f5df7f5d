import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

describe("the Fabriques API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"animator" | "officerA" | "partnerA", string>;

  const tokenFor = (userId: string) => createBearerToken(deps.db, userId);

  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, {
      slug: "api-a",
      name: "Fabrique A",
      regionCode: "28",
      carryingStructure: "Association A",
      createdAt: new Date("2025-01-01T00:00:00.000Z"),
    });
    await createFabrique(deps.db, { slug: "api-b", name: "Fabrique B", regionCode: "27" });
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    const officer = await createUser(deps.db);
    const partner = await createUser(deps.db);
    await addMembership(deps.db, { userId: officer.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: partner.id, fabriqueId: a.id, role: "partner" });
    tokens.animator = await tokenFor(animator.id);
    tokens.officerA = await tokenFor(officer.id);
    tokens.partnerA = await tokenFor(partner.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("needs a token", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/fabriques" });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: "UNAUTHENTICATED" });
  });

  it("lists every Fabrique for the animator and only their own for a member", async () => {
    const all = await app.inject({ method: "GET", url: "/api/v1/fabriques", headers: as("animator") });
    expect(all.statusCode).toBe(200);
    expect(all.json().fabriques.map((f: { slug: string }) => f.slug)).toEqual(["api-a", "api-b"]);
    const own = await app.inject({ method: "GET", url: "/api/v1/fabriques", headers: as("officerA") });
    expect(own.json().fabriques).toEqual([
      expect.objectContaining({
        slug: "api-a",
        regionName: "Normandie",
        memberCount: 2,
        statusChangedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it("answers 404 for a Fabrique the caller cannot read, as for one that does not exist", async () => {
    const own = await app.inject({ method: "GET", url: "/api/v1/fabriques/api-a", headers: as("partnerA") });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ slug: "api-a", name: "Fabrique A" });
    const other = await app.inject({
      method: "GET",
      url: "/api/v1/fabriques/api-b",
      headers: as("officerA"),
    });
    const unknown = await app.inject({
      method: "GET",
      url: "/api/v1/fabriques/inconnue",
      headers: as("officerA"),
    });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(unknown.json());
    expect(other.json()).toMatchObject({ error: "NOT_FOUND" });
  });

  it("lets the animator create a Fabrique and answers 403 to anyone else", async () => {
    const body = {
      name: "PTCE Ancrage Guyane",
      slug: "ancrage-guyane",
      regionCode: "03",
      carryingStructure: "PTCE Ancrage",
    };
    const refused = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques",
      headers: as("officerA"),
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: "FORBIDDEN" });
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques",
      headers: as("animator"),
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: "ancrage-guyane",
      status: "candidate",
      regionName: "Guyane",
    });
  });

  it("explains an invalid or taken slug field by field, in French", async () => {
    const invalid = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques",
      headers: as("animator"),
      payload: { name: "X Y", slug: "Pas Bon", regionCode: "28" },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({
      error: "INVALID_INPUT",
      fields: { slug: expect.stringMatching(/minuscules/) },
    });
    const taken = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques",
      headers: as("animator"),
      payload: { name: "Autre A", slug: "api-a", regionCode: "28" },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      error: "CONFLICT",
      fields: { slug: expect.stringMatching(/déjà utilisée/) },
    });
  });

  it("changes a status, or answers 409 TRANSITION_REFUSED with the reason", async () => {
    const moved = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques/api-a/transitions",
      headers: as("animator"),
      payload: { to: "experimentation", reason: "Convention signée" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ fromStatus: "candidate", status: "experimentation" });
    const refused = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques/api-a/transitions",
      headers: as("animator"),
      payload: { to: "withdrawn" },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      error: "TRANSITION_REFUSED",
      message: "Indiquez le motif du retrait, en 5 caractères au moins.",
      reasons: ["Indiquez le motif du retrait, en 5 caractères au moins."],
    });
    const byMember = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques/api-a/transitions",
      headers: as("officerA"),
      payload: { to: "withdrawn", reason: "Fin de l'activité" },
    });
    expect(byMember.statusCode).toBe(403);
    const elsewhere = await app.inject({
      method: "POST",
      url: "/api/v1/fabriques/api-b/transitions",
      headers: as("officerA"),
      payload: { to: "withdrawn", reason: "Fin de l'activité" },
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const paths = response.json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/fabriques",
        "/api/v1/fabriques/{slug}",
        "/api/v1/fabriques/{slug}/transitions",
      ]),
    );
    const body = paths["/api/v1/fabriques"].post.requestBody.content["application/json"].schema;
    expect(body.properties.slug.description).toMatch(/Adresse courte/);
  });
});
