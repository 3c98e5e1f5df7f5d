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
