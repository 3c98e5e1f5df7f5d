import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertReportInitiative, insertReportOutcome } from "./report-fixtures";

describe("the report's XLSX and PDF in the API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "officerB", string>;
  const get = (url: string, who?: keyof typeof tokens) =>
    app.inject({ method: "GET", url, headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "rexp-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "rexp-b", name: "Fabrique B" });
    for (const [key, fabriqueId] of [
      ["officerA", a.id],
      ["officerB", b.id],
    ] as const) {
      const user = await createUser(deps.db);
      await addMembership(deps.db, { userId: user.id, fabriqueId, role: "officer" });
      tokens[key] = await createBearerToken(deps.db, user.id);
    }
    const launched = await insertReportInitiative(deps.db, {
      fabriqueId: a.id,
      title: "Conciergerie",
      createdAt: "2026-01-10T09:00:00Z",
      moves: [{ at: "2026-05-01T09:00:00Z", to: "launch" }],
    });
    await insertReportOutcome(deps.db, {
      initiativeId: launched.id,
      kind: "new_organisation",
      activityName: "Conciergerie de quartier",
      openedOn: "2026-06-01",
      jobsFteHundredths: 150,
    });
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("downloads the team's report as XLSX and PDF for the period and scope asked", async () => {
    const query = "?from=2026-01-01&to=2026-12-31&scope=fabrique:rexp-a";
    const xlsx = await get(`/api/v1/reports.xlsx${query}`, "officerA");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.headers["content-disposition"]).toContain(
      "rapport-2026-01-01-2026-12-31-fabrique-rexp-a.xlsx",
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const pdf = await get(`/api/v1/reports.pdf${query}`, "officerA");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("answers 404 for another Fabrique's report, 400 naming the field for a wrong period, 401 without a token", async () => {
    for (const format of ["xlsx", "pdf"]) {
      const other = await get(`/api/v1/reports.${format}?scope=fabrique:rexp-a`, "officerB");
      expect(other.statusCode).toBe(404);
      const wrong = await get(`/api/v1/reports.${format}?from=2026-12-31&to=2026-01-01`, "officerA");
      expect(wrong.statusCode).toBe(400);
      expect(Object.keys(wrong.json().fields)).toEqual(["to"]);
      expect((await get(`/api/v1/reports.${format}`)).statusCode).toBe(401);
    }
  });

  it("documents both downloads in the OpenAPI document", async () => {
    const doc = (await get("/api/v1/openapi.json")).json();
    expect(doc.paths["/api/v1/reports.xlsx"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["from", "to", "scope"]),
    );
    expect(Object.keys(doc.paths["/api/v1/reports.pdf"].get.responses["200"].content)).toEqual([
      "application/pdf",
    ]);
  });
});
