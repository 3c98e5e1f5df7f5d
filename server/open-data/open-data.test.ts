import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertModel } from "../catalogue/model-factory";
import { formulaUnguarded } from "../core/spreadsheet-csv";
import { fabrique as fabriqueTable } from "../db/schema";
import { buildServer } from "../http/server";
import { insertReportInitiative, insertReportOutcome } from "../reports/report-fixtures";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { openActivityColumns } from "./open-data-schemas";

/** Private words written on the rows: none may come out of the open data. */
const secrets = [
  "Titre interne du projet",
  "Note confidentielle",
  "Fabrique Discrète",
  "OD-SECRET",
  "Brouillon privé",
];

describe("the open data of launched activities", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const get = (url: string) => app.inject({ method: "GET", url });

  beforeAll(async () => {
    deps = await createTestDeps();
    // A withdrawn Fabrique: no public page; its launched activity is public by its fields only.
    const fabrique = await createFabrique(deps.db, { slug: "od-discrete", name: "Fabrique Discrète" });
    const published = await insertModel(deps.db, {
      title: "Jardin partagé",
      summary: "Un jardin en pied d'immeuble.",
      description: "Un jardin partagé en pied d'immeuble, animé par les habitants.",
      status: "published",
    });
    const draft = await insertModel(deps.db, {
      title: "Brouillon privé",
      summary: "Pas encore publié.",
      description: "Un modèle que sa Fabrique n'a pas encore publié.",
      status: "draft",
    });
    const launch = async (
      title: string,
      openedOn: string,
      values: Record<string, unknown>,
      stage = "launch",
    ) => {
      const row = await insertReportInitiative(deps.db, {
        fabriqueId: fabrique.id,
        title,
        createdAt: "2025-01-10T09:00:00Z",
        moves: [{ at: "2025-03-01T09:00:00Z", to: stage as "launch" }],
      });
      await insertReportOutcome(deps.db, {
        initiativeId: row.id,
        kind: "replication",
        openedOn,
        note: "Note confidentielle",
        ...values,
      });
    };
    await launch("Titre interne du projet", "2025-06-01", {
      activityName: "Jardin des Sapins",
      modelId: published.id,
      jobsFteHundredths: 150,
      insertionFteHundredths: 50,
    });
    await launch("Titre interne du projet", "2026-02-01", {
      activityName: "Jardin du Port",
      modelId: draft.id,
    });
    await launch("Titre interne du projet", "2026-03-01", { activityName: "=1+1" });
    // Opening after today (27 November 2026): planned, not published.
    await launch("Titre interne du projet", "2027-01-01", { activityName: "Jardin à venir" });
    // An outcome written before the launch stage: work in progress, not published.
    await launch("Titre interne du projet", "2025-05-01", { activityName: "Jardin en étude" }, "handover");
    await deps.db.update(fabriqueTable).set({ status: "withdrawn" }).where(eq(fabriqueTable.id, fabrique.id));
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("lists the launched activities without an account, with exactly the public fields and the licence", async () => {
    const response = await get("/api/v1/open-data/activities");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.licence.name).toBe("Licence Ouverte 2.0");
    expect(body.schema).toBe("docs/open-data/activities.md");
    expect(body.total).toBe(3);
    expect(body.items).toEqual([
      {
        name: "Jardin des Sapins",
        model: "Jardin partagé",
        territoryKind: "commune",
        territoryCode: "76540",
        territoryName: "Rouen",
        year: 2025,
        kind: "replication",
        jobsFte: 1.5,
        insertionFte: 0.5,
        disabilityFte: 0,
      },
      // The draft model is not named.
      expect.objectContaining({ name: "Jardin du Port", model: null, year: 2026 }),
      expect.objectContaining({ name: "=1+1" }),
    ]);
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual([...openActivityColumns].sort());
    for (const secret of secrets) expect(response.body).not.toContain(secret);
    expect(response.headers.link).toContain('rel="license"');
  });

  it("pages the list, the next page named in the Link header", async () => {
    const first = await get("/api/v1/open-data/activities?perPage=2");
    expect(first.json().items.map((i: { name: string }) => i.name)).toEqual([
      "Jardin des Sapins",
      "Jardin du Port",
    ]);
    expect(first.headers.link).toContain('</api/v1/open-data/activities?page=2&perPage=2>; rel="next"');
    const second = await get("/api/v1/open-data/activities?perPage=2&page=2");
    expect(second.json().items.map((i: { name: string }) => i.name)).toEqual(["=1+1"]);
    expect(second.headers.link).not.toContain('rel="next"');
    const wrong = await get("/api/v1/open-data/activities?perPage=5000");
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().fields)).toEqual(["perPage"]);
  });

  it("gives the same rows as CSV, the JSON field names as header, a formula-looking name as text", async () => {
    const response = await get("/api/v1/open-data/activities.csv");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["x-total-count"]).toBe("3");
    const [header, ...lines] = response.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header!.split(";")).toEqual([...openActivityColumns]);
    expect(lines[0]!.split(";")).toEqual([
      "Jardin des Sapins",
      "Jardin partagé",
      "commune",
      "76540",
      "Rouen",
      "2025",
      "replication",
      "1.5",
      "0.5",
      "0",
    ]);
    expect(lines[2]!.split(";")[0]).toBe("'=1+1");
    expect(formulaUnguarded(lines[2]!.split(";")[0]!)).toBe("=1+1");
    for (const secret of secrets) expect(response.body).not.toContain(secret);
  });

  it("is documented in the OpenAPI document as public", async () => {
    const doc = (await get("/api/v1/openapi.json")).json();
    const route = doc.paths["/api/v1/open-data/activities"].get;
    expect(route.security ?? []).toEqual([]);
    expect(doc.paths["/api/v1/open-data/activities.csv"]).toBeDefined();
  });
});
