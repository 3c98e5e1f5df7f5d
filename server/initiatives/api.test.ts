import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

describe("the initiatives API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "officerB", string>;
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  let id = "";

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "api-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "api-b", name: "Fabrique B" });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await createBearerToken(deps.db, officerA.id);
    tokens.officerB = await createBearerToken(deps.db, officerB.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("creates an initiative with the minimum fields; the Fabrique is the user's", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/initiatives",
      headers: as("officerA"),
      payload: {
        title: "Conciergerie seniors",
        territory: { kind: "commune", code: "76540" },
        entryPoint: "need",
        themes: ["bien-vieillir"],
      },
    });
    expect(response.statusCode).toBe(201);
    id = response.json().id;
    expect(response.json().reference).toMatch(/^API-P-2026-\d{3}$/);
  });

  it("bad input answers 400 with a French message naming the field", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/initiatives",
      headers: as("officerA"),
      payload: { title: "x", territory: { kind: "commune", code: "76540" }, entryPoint: "besoin" },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toEqual(expect.arrayContaining(["title", "entryPoint"]));
  });

  it("signalIds in the body take references too, only among the caller's own Fabriques", async () => {
    const record = async (who: keyof typeof tokens) => {
      const created = await app.inject({
        method: "POST",
        url: "/api/v1/signals",
        headers: as(who),
        payload: {
          kind: "need",
          title: "Plus de commerce de proximité pour les aînés",
          description: "Les personnes âgées du quartier n'ont plus de commerce à moins d'un kilomètre.",
          territory: { kind: "commune", code: "76540" },
          channel: "commissioner",
        },
      });
      expect(created.statusCode).toBe(201);
      return created.json() as { id: string; reference: string };
    };
    const own = await record("officerA");
    const others = await record("officerB");
    const create = (signalIds: string[]) =>
      app.inject({
        method: "POST",
        url: "/api/v1/initiatives",
        headers: as("officerA"),
        payload: {
          title: "Épicerie de quartier pour les aînés",
          territory: { kind: "commune", code: "76540" },
          entryPoint: "need",
          signalIds,
        },
      });
    const unknown = await create(["00000000-0000-4000-8000-000000000000"]);
    const foreign = await create([others.reference]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toEqual(unknown.json());
    const fromReference = await create([own.reference.toLowerCase()]);
    expect(fromReference.statusCode).toBe(201);
    const signal = await app.inject({
      method: "GET",
      url: `/api/v1/signals/${own.id}`,
      headers: as("officerA"),
    });
    expect(signal.json().status).toBe("converted");
  });

  it("a blocked move answers 409 TRANSITION_REFUSED with what blocks it", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${id}/transitions`,
      headers: as("officerA"),
      payload: { to: "detection" },
    });
    expect(response.statusCode).toBe(409);
    const body = response.json();
    expect(body.error).toBe("TRANSITION_REFUSED");
    expect(body.message).toMatch(/saisine/i);
    expect(body.blockedBy).toHaveLength(1);
  });

  it("a move to dormant with its reason and wake-up date answers 200 and is journaled", async () => {
    const moved = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${id}/transitions`,
      headers: as("officerA"),
      payload: { to: "dormant", reason: "En attente du budget municipal", wakeUpOn: "2027-02-01" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ from: "referral", stage: "dormant" });
    const journal = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${id}/journal`,
      headers: as("officerA"),
    });
    expect(journal.json().entries.map((e: { toStage: string }) => e.toStage)).toEqual([
      "referral",
      "dormant",
    ]);
  });

  it("PATCH with a stale version answers 409 and keeps the stored text", async () => {
    const current = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${id}`,
      headers: as("officerA"),
    });
    const version = current.json().version;
    const first = await app.inject({
      method: "PATCH",
      url: `/api/v1/initiatives/${id}`,
      headers: as("officerA"),
      payload: { version, summary: "Des services pour bien vieillir" },
    });
    expect(first.statusCode).toBe(200);
    const stale = await app.inject({
      method: "PATCH",
      url: `/api/v1/initiatives/${id}`,
      headers: as("officerA"),
      payload: { version, summary: "Écrasement" },
    });
    expect(stale.statusCode).toBe(409);
    const after = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${id}`,
      headers: as("officerA"),
    });
    expect(after.json().summary).toBe("Des services pour bien vieillir");
  });

  it("another Fabrique's token gets 404 and does not list it", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${id}`,
      headers: as("officerB"),
    });
    expect(response.statusCode).toBe(404);
    const list = await app.inject({ method: "GET", url: "/api/v1/initiatives", headers: as("officerB") });
    expect(list.json().total).toBe(0);
  });

  it("without a token the API answers 401", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/initiatives" });
    expect(response.statusCode).toBe(401);
  });
});
