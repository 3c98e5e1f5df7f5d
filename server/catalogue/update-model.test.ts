import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { model } from "../db/schema";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { writeModelStatus } from "./change-model-status";
import { createModel } from "./create-model";
import { findModel, getModel } from "./get-model";
import { insertModel } from "./model-factory";
import { modelTransitionsFrom } from "./model-workflow";
import { searchModels } from "./search-models";
import { updateModel } from "./update-model";

const proposal = {
  title: "Atelier vélo solidaire",
  summary: "Réparer les vélos avec les habitants et revendre des vélos d'occasion.",
  description:
    "Un atelier où chacun apprend à réparer son vélo, avec des bénévoles et un salarié en insertion.",
  themes: "mobilite",
  tags: "vélo, réparation",
  originTerritory: "commune:25462",
  sourceUrls: "https://exemple.fr/atelier-velo",
};

const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
};

describe("editing a model", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let officerA: Actor;
  let officerB: Actor;
  let animator: Actor;
  const tokens = {} as Record<"officerA" | "officerB", string>;

  const propose = async (title = proposal.title) => {
    const id = value(await createModel(deps, officerA, { ...proposal, title })).id;
    const row = await findModel(deps, id);
    return { id, updatedAt: row!.updatedAt.toISOString() };
  };
  const search = async (actor: Actor | null, q: string) =>
    value(await searchModels(deps, actor, { q })).results.map((r) => r.id);

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "edit-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "edit-b", name: "Fabrique B" });
    const userA = await createUser(deps.db);
    const userB = await createUser(deps.db);
    const userAnimator = await createUser(deps.db, { isNetworkAnimator: true });
    await addMembership(deps.db, { userId: userA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: userB.id, fabriqueId: b.id, role: "officer" });
    officerA = (await loadActor(deps, userA.id))!;
    officerB = (await loadActor(deps, userB.id))!;
    animator = (await loadActor(deps, userAnimator.id))!;
    tokens.officerA = await createBearerToken(deps.db, userA.id);
    tokens.officerB = await createBearerToken(deps.db, userB.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("lets a Fabrique edit its draft, and the search finds the new title, not the old one", async () => {
    const draft = await propose("Atelier cyclotechnique partagé");
    expect(await search(officerA, "cyclotechnique")).toContain(draft.id);
    const saved = value(
      await updateModel(deps, officerA, draft.id, {
        ...proposal,
        title: "Vélocistes solidaires du Haut-Doubs",
        updatedAt: draft.updatedAt,
      }),
    );
    expect(saved.updatedAt.getTime()).toBeGreaterThan(new Date(draft.updatedAt).getTime());
    const stored = value(await getModel(deps, officerA, draft.id));
    expect(stored).toMatchObject({
      title: "Vélocistes solidaires du Haut-Doubs",
      status: "draft",
      originTerritoryName: "Pontarlier",
    });
    expect(await search(officerA, "vélocistes")).toContain(draft.id);
    expect(await search(officerA, "cyclotechnique")).not.toContain(draft.id);
  });

  it("keeps the fields an edit leaves out", async () => {
    const draft = await propose();
    value(
      await updateModel(deps, officerA, draft.id, {
        summary: "Un atelier d'autoréparation pour tous les cyclistes.",
        updatedAt: draft.updatedAt,
      }),
    );
    const stored = value(await getModel(deps, officerA, draft.id));
    expect(stored).toMatchObject({
      title: proposal.title,
      summary: "Un atelier d'autoréparation pour tous les cyclistes.",
      tags: ["vélo", "réparation"],
      sourceUrls: ["https://exemple.fr/atelier-velo"],
    });
  });

  it("answers not found to another Fabrique, and writes nothing", async () => {
    const draft = await propose();
    expect(
      await updateModel(deps, officerB, draft.id, { title: "Pris par B", updatedAt: draft.updatedAt }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await findModel(deps, draft.id))?.title).toBe(proposal.title);
  });

  it("refuses a stale edit and keeps the version saved meanwhile", async () => {
    const draft = await propose();
    value(
      await updateModel(deps, officerA, draft.id, { title: "Première version", updatedAt: draft.updatedAt }),
    );
    // Same clock, same token: the first save moved the token even within one millisecond.
    const stale = await updateModel(deps, animator, draft.id, {
      title: "Version écrasante",
      updatedAt: draft.updatedAt,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "CONFLICT",
      message: expect.stringContaining("rien n'a été écrasé"),
    });
    expect((await findModel(deps, draft.id))?.title).toBe("Première version");
  });

  it("accepts the token of a model whose date holds microseconds", async () => {
    const draft = await propose();
    await deps.db
      .update(model)
      .set({ updatedAt: sql`'2026-11-20 10:11:12.345678+00'::timestamptz` })
      .where(eq(model.id, draft.id));
    const token = (await findModel(deps, draft.id))!.updatedAt.toISOString();
    expect(token).toBe("2026-11-20T10:11:12.345Z");
    value(await updateModel(deps, officerA, draft.id, { title: "Lu à la milliseconde", updatedAt: token }));
  });

  it("leaves a published model to the network animator, who must keep a source", async () => {
    const published = await insertModel(deps.db, {
      title: proposal.title,
      summary: proposal.summary,
      description: proposal.description,
      themes: ["mobilite"],
      sourceUrls: ["https://exemple.fr/atelier-velo"],
      status: "published",
      ownerFabriqueId: officerA.memberships[0]!.fabriqueId,
    });
    const token = published.updatedAt.toISOString();
    expect(
      await updateModel(deps, officerA, published.id, { title: "Par la Fabrique", updatedAt: token }),
    ).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(
      await updateModel(deps, animator, published.id, { sourceUrls: "", updatedAt: token }),
    ).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { sourceUrls: expect.any(String) },
    });
    value(await updateModel(deps, animator, published.id, { title: "Relu par le réseau", updatedAt: token }));
    expect(await search(null, "relu réseau")).toContain(published.id);
  });

  it("answers the API's PATCH with the new token, 409 when stale and 404 to another Fabrique", async () => {
    const draft = await propose();
    const patch = (who: keyof typeof tokens, payload: object) =>
      app.inject({
        method: "PATCH",
        url: `/api/v1/models/${draft.id}`,
        headers: { authorization: `Bearer ${tokens[who]}` },
        payload,
      });
    const saved = await patch("officerA", { title: "Par l'API", updatedAt: draft.updatedAt });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id: draft.id, updatedAt: expect.any(String) });
    expect(saved.json().updatedAt).not.toBe(draft.updatedAt);
    const stale = await patch("officerA", { title: "Encore", updatedAt: draft.updatedAt });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: "CONFLICT" });
    expect(
      (await patch("officerB", { title: "Pris par B", updatedAt: saved.json().updatedAt })).statusCode,
    ).toBe(404);
    const invalid = await patch("officerA", { title: "", updatedAt: saved.json().updatedAt });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fields).toHaveProperty("title");
    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const patchDoc = doc.paths["/api/v1/models/{id}"]?.patch ?? doc.paths["/api/v1/models/:id"]?.patch;
    expect(JSON.stringify(patchDoc.requestBody)).toContain('"updatedAt"');
    expect(Object.keys(patchDoc.responses)).toContain("409");
  });

  it("names the concurrency token `version`: each save and each status change moves it on", async () => {
    const draft = await propose("Ressourcerie de quartier");
    const patch = (payload: object) =>
      app.inject({
        method: "PATCH",
        url: `/api/v1/models/${draft.id}`,
        headers: { authorization: `Bearer ${tokens.officerA}` },
        payload,
      });
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/models/${draft.id}`,
      headers: { authorization: `Bearer ${tokens.officerA}` },
    });
    expect(read.json().version).toBe(1);
    const saved = await patch({ title: "Ressourcerie du quartier", version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id: draft.id, version: 2 });
    const stale = await patch({ title: "Ressourcerie en retard", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: "CONFLICT", currentVersion: 2 });
    const missing = await patch({ title: "Sans jeton" });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields)).toEqual(["version"]);

    const publish = modelTransitionsFrom("draft").find((transition) => transition.to === "published")!;
    expect(await writeModelStatus(deps.db, draft.id, publish, new Date())).toBe(true);
    expect((await findModel(deps, draft.id))!.version).toBe(3);
    value(await updateModel(deps, animator, draft.id, { title: "Relu par le réseau", version: 3 }));
    expect((await findModel(deps, draft.id))!.version).toBe(4);

    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const body = doc.paths["/api/v1/models/{id}"].patch.requestBody.content["application/json"].schema;
    expect(body.properties.version.type).toBe("integer");
    expect(body.properties.updatedAt.deprecated).toBe(true);
  });
});
