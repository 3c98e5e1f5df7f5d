import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiative } from "../db/schema";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

describe("the organisations and partners API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let initiativeId: string;
  const tokens = {} as Record<"officerA" | "officerB" | "animator", string>;
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "org-api-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "org-api-b", name: "Fabrique B" });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await createBearerToken(deps.db, officerA.id);
    tokens.officerB = await createBearerToken(deps.db, officerB.id);
    tokens.animator = await createBearerToken(deps.db, animator.id);
    const [row] = await deps.db
      .insert(initiative)
      .values({
        fabriqueId: a.id,
        reference: "ORG-P-2026-001",
        title: "Recyclerie de Pontarlier",
        territoryKind: "commune",
        territoryCode: "25462",
        entryPoint: "replication",
      })
      .returning();
    initiativeId = row!.id;
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("an officer adds an organisation, reads it back and another Fabrique's token gets 404", async () => {
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: as("officerA"),
      payload: {
        name: "Google France",
        kind: "company",
        siret: "443 061 841 00047",
        esusUntil: "2026-01-31",
      },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/organisations/${id}`,
      headers: as("officerA"),
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      name: "Google France",
      siren: "443061841",
      siret: "44306184100047",
      esusExpired: true,
      version: 1,
      fabrique: { slug: "org-api-a" },
    });
    const other = await app.inject({
      method: "GET",
      url: `/api/v1/organisations/${id}`,
      headers: as("officerB"),
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toBe("NOT_FOUND");
    const patchOther = await app.inject({
      method: "PATCH",
      url: `/api/v1/organisations/${id}`,
      headers: as("officerB"),
      payload: { version: 1, name: "Pris" },
    });
    expect(patchOther.statusCode).toBe(404);
    const listOther = await app.inject({
      method: "GET",
      url: "/api/v1/organisations",
      headers: as("officerB"),
    });
    expect(listOther.json()).toMatchObject({ organisations: [], total: 0 });
  });

  it("an invalid SIRET answers 400 with the French message on its field", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: as("officerA"),
      payload: { name: "Mauvais numéro", kind: "company", siret: "443 061 841 00048" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: "INVALID_INPUT",
      fields: { siret: "Le SIRET n'est pas valide (clé de contrôle)." },
    });
  });

  it("a stale version answers 409 and a fresh one saves", async () => {
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: as("officerA"),
      payload: { name: "Communauté de communes du Grand Pontarlier", kind: "local_authority" },
    });
    const { id } = created.json();
    const first = await app.inject({
      method: "PATCH",
      url: `/api/v1/organisations/${id}`,
      headers: as("officerA"),
      payload: { version: 1, legalForm: "EPCI" },
    });
    expect(first.json()).toEqual({ id, version: 2 });
    const stale = await app.inject({
      method: "PATCH",
      url: `/api/v1/organisations/${id}`,
      headers: as("officerA"),
      payload: { version: 1, notes: "Trop tard" },
    });
    expect(stale.statusCode).toBe(409);
    const filtered = await app.inject({
      method: "GET",
      url: "/api/v1/organisations?kind=local_authority&q=pontarlier",
      headers: as("officerA"),
    });
    expect(filtered.json().organisations.map((o: { name: string }) => o.name)).toEqual([
      "Communauté de communes du Grand Pontarlier",
    ]);
  });

  it("partners of an initiative are added, listed and removed; other Fabriques get 404, the animator 403 on writes", async () => {
    const added = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: as("officerA"),
      payload: {
        role: "funder",
        newOrganisation: { name: "France Active Franche-Comté", kind: "funder" },
        note: "Prêt d'honneur",
      },
    });
    expect(added.statusCode).toBe(201);
    const partner = added.json();
    expect(partner).toMatchObject({
      role: "funder",
      roleLabel: "Financeur",
      organisation: { name: "France Active Franche-Comté" },
      contact: null,
      note: "Prêt d'honneur",
    });
    const listed = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: as("officerA"),
    });
    expect(listed.json().partners).toHaveLength(1);
    for (const [method, url] of [
      ["GET", `/api/v1/initiatives/${initiativeId}/partners`],
      ["DELETE", `/api/v1/initiatives/${initiativeId}/partners/${partner.id}`],
    ] as const) {
      const response = await app.inject({ method, url, headers: as("officerB") });
      expect(response.statusCode).toBe(404);
    }
    const post = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: as("officerB"),
      payload: { role: "funder", newOrganisation: { name: "Intrus", kind: "funder" } },
    });
    expect(post.statusCode).toBe(404);
    const byAnimator = await app.inject({
      method: "DELETE",
      url: `/api/v1/initiatives/${initiativeId}/partners/${partner.id}`,
      headers: as("animator"),
    });
    expect(byAnimator.statusCode).toBe(403);
    const removed = await app.inject({
      method: "DELETE",
      url: `/api/v1/initiatives/${initiativeId}/partners/${partner.id}`,
      headers: as("officerA"),
    });
    expect(removed.statusCode).toBe(200);
    const after = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: as("officerA"),
    });
    expect(after.json().partners).toEqual([]);
  });

  it("a partner without role or anyone to name is refused with a field message", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: as("officerA"),
      payload: { role: "boss" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.role).toBe("Choisissez le rôle du partenaire.");
  });

  it("the OpenAPI document describes the directory and partner routes", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths["/api/v1/organisations"] ?? {})).toEqual(
      expect.arrayContaining(["get", "post"]),
    );
    expect(Object.keys(paths["/api/v1/organisations/{id}"] ?? {})).toEqual(
      expect.arrayContaining(["get", "patch"]),
    );
    expect(Object.keys(paths["/api/v1/initiatives/{id}/partners"] ?? {})).toEqual(
      expect.arrayContaining(["get", "post"]),
    );
    expect(Object.keys(paths["/api/v1/initiatives/{id}/partners/{partnerId}"] ?? {})).toEqual(["delete"]);
  });
});
