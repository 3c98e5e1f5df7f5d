import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertReportInitiative, insertReportOutcome } from "./report-fixtures";

describe("the reports API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "officerB" | "animator", string>;
  const get = (who: keyof typeof tokens, query: string) =>
    app.inject({
      method: "GET",
      url: `/api/v1/reports${query}`,
      headers: { authorization: `Bearer ${tokens[who]}` },
    });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "rapi-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "rapi-b", name: "Fabrique B" });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await createBearerToken(deps.db, officerA.id);
    tokens.officerB = await createBearerToken(deps.db, officerB.id);
    tokens.animator = await createBearerToken(deps.db, animator.id);
    const launched = await insertReportInitiative(deps.db, {
      fabriqueId: a.id,
      title: "Conciergerie",
      createdAt: "2026-01-10T09:00:00Z",
      moves: [{ at: "2026-05-01T09:00:00Z", to: "launch" }],
    });
    await insertReportOutcome(deps.db, {
      initiativeId: launched.id,
      kind: "new_organisation",
      openedOn: "2026-06-01",
      jobsFteHundredths: 150,
    });
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("answers a team the figures of its Fabrique for the period asked, with each figure's definition", async () => {
    const response = await get("officerA", "?from=2026-01-01&to=2026-12-31&scope=fabrique:rapi-a");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.scope).toEqual({ code: "fabrique:rapi-a", kind: "fabrique", name: "Fabrique A" });
    expect(body.totals).toMatchObject({ launches: 1, jobsFteHundredths: 150, initiativesCreated: 1 });
    expect(body.launches.byKind).toContainEqual({ key: "new_organisation", count: 1 });
    expect(body.definitions.map((d: { id: string }) => d.id)).toContain("launches");
    expect(body.previous.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("answers 404 for another Fabrique's scope, and the network to its animator only", async () => {
    const other = await get("officerB", "?from=2026-01-01&to=2026-12-31&scope=fabrique:rapi-a");
    expect(other.statusCode).toBe(404);
    expect((await get("officerB", "?scope=network")).statusCode).toBe(404);
    const own = await get("officerB", "?from=2026-01-01&to=2026-12-31");
    expect(own.json().totals.launches).toBe(0);
    const network = await get("animator", "?from=2026-01-01&to=2026-12-31&scope=network");
    expect(network.json().byFabrique.map((f: { slug: string }) => f.slug)).toEqual(["rapi-a", "rapi-b"]);
  });

  it("refuses a wrong period or scope in French, naming the field", async () => {
    const missing = await get("officerA", "?from=2026-01-01");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual({ to: "Indiquez la date de fin, par exemple 31/12/2026." });
    const reversed = await get("officerA", "?from=2026-12-31&to=2026-01-01");
    expect(Object.keys(reversed.json().fields)).toEqual(["to"]);
    const scope = await get("officerA", "?scope=tout");
    expect(scope.statusCode).toBe(400);
    expect(scope.json().fields.scope).toContain("périmètre");
    const typo = await get("officerA", "?form=2026-01-01");
    expect(typo.statusCode).toBe(400);
  });

  it("asks for a token", async () => {
    expect((await app.inject({ method: "GET", url: "/api/v1/reports" })).statusCode).toBe(401);
  });
});
