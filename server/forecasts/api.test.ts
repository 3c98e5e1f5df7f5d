import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiativeEvent } from "../db/schema";
import type { TestDeps } from "../testing/test-deps";
import { getAidRateMap } from "./aid-rates";
import { bearer, createForecastApiWorld, inputs } from "./api-fixtures";
import { computeForecast } from "./compute";

let deps: TestDeps;
let app: FastifyInstance;
let officer: string;
let otherFabrique: string;
let animator: string;
let initiativeId: string;

beforeAll(async () => {
  ({ deps, app, officer, otherFabrique, animator, initiativeId } = await createForecastApiWorld());
});

afterAll(async () => {
  await app.close();
  await deps.close();
});

describe("forecast API", () => {
  let forecastId: string;

  it("an officer creates a scenario, and the journal records it", async () => {
    const created = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/forecasts`,
      headers: bearer(officer),
      payload: { name: "Central", scenarioKind: "central", inputs },
    });
    expect(created.statusCode).toBe(201);
    forecastId = created.json().id;
    expect(created.json().version).toBe(1);
    const events = await deps.db
      .select()
      .from(initiativeEvent)
      .where(eq(initiativeEvent.initiativeId, initiativeId));
    expect(events.map((e) => e.kind)).toContain("forecast");
  });

  it("refuses invalid inputs with the field named", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/forecasts`,
      headers: bearer(officer),
      payload: {
        name: "Faux",
        inputs: {
          ...inputs,
          costs: [
            { id: "x", label: "X", category: "purchases", mode: "share_of_sales", salesLineId: "inconnue" },
          ],
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toContain("inputs.costs.0.salesLineId");
  });

  it("another Fabrique's officer gets 404 on the scenario, its statements and its exports", async () => {
    for (const url of [
      `/api/v1/initiatives/${initiativeId}/forecasts`,
      `/api/v1/forecasts/${forecastId}`,
      `/api/v1/forecasts/${forecastId}/statements`,
      `/api/v1/forecasts/${forecastId}.xlsx`,
      `/api/v1/forecasts/${forecastId}.pdf`,
    ]) {
      const response = await app.inject({ method: "GET", url, headers: bearer(otherFabrique) });
      expect(response.statusCode, url).toBe(404);
    }
    const patch = await app.inject({
      method: "PATCH",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(otherFabrique),
      payload: { version: 1, name: "Piraté" },
    });
    expect(patch.statusCode).toBe(404);
  });

  it("the network animator reads the scenario but may not change it", async () => {
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(animator),
    });
    expect(read.statusCode).toBe(200);
    const patch = await app.inject({
      method: "PATCH",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(animator),
      payload: { version: 1, name: "Autre" },
    });
    expect(patch.statusCode).toBe(403);
  });

  it("a stale version is a 409 and changes nothing", async () => {
    const first = await app.inject({
      method: "PATCH",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(officer),
      payload: { version: 1, name: "Central révisé" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await app.inject({
      method: "PATCH",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(officer),
      payload: { version: 1, name: "Écrasé" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe("CONFLICT");
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(officer),
    });
    expect(read.json().name).toBe("Central révisé");
  });

  it("statements are the engine's figures with the reference aid rates", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}/statements`,
      headers: bearer(officer),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const rates = await getAidRateMap(deps);
    expect(rates["iae-ei"]).toMatchObject({ annualAmountCents: 12_459_00, contractKinds: ["cddi"] });
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}`,
      headers: bearer(officer),
    });
    const expected = computeForecast(read.json().inputs, rates);
    expect(body.statements.incomeStatement.result).toEqual(expected.incomeStatement.result);
    // 0.8 FTE × 12 459 € a year.
    expect(body.statements.incomeStatement.lines.postAids[0]).toBe(9_967_20);
    expect(body.sensitivity.rows).toHaveLength(16);
  });

  it("copies a scenario, and lists both with their key figures", async () => {
    const copy = await app.inject({
      method: "POST",
      url: `/api/v1/forecasts/${forecastId}/copy`,
      headers: bearer(officer),
      payload: { name: "Prudent" },
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json().inputs).toEqual(
      (
        await app.inject({ method: "GET", url: `/api/v1/forecasts/${forecastId}`, headers: bearer(officer) })
      ).json().inputs,
    );
    const list = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/forecasts`,
      headers: bearer(officer),
    });
    expect(list.json().forecasts.map((f: { name: string }) => f.name)).toEqual(["Central révisé", "Prudent"]);
    expect(list.json().forecasts[0].keyFigures.cashLow.month).toBeGreaterThan(0);
  });

  it("exports an XLSX whose totals are formulas matching the computed totals", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}.xlsx`,
      headers: bearer(officer),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const statements = (
      await app.inject({
        method: "GET",
        url: `/api/v1/forecasts/${forecastId}/statements`,
        headers: bearer(officer),
      })
    ).json().statements;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Compte de résultat prévisionnel")!;
    const rowOf = (label: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === label) found = n;
      });
      expect(found, label).toBeGreaterThan(0);
      return sheet.getRow(found);
    };
    const checks: [string, number[]][] = [
      ["Chiffre d'affaires", statements.incomeStatement.lines.revenue],
      ["Total des produits d'exploitation", statements.incomeStatement.operatingProducts],
      ["Total des charges d'exploitation", statements.incomeStatement.operatingCharges],
      ["Résultat", statements.incomeStatement.result],
    ];
    for (const [label, values] of checks) {
      const row = rowOf(label);
      ["B", "C", "D"].forEach((col, y) => {
        const cell = row.getCell(col);
        expect(cell.formula, `${label} ${col}`).toBeTruthy();
        expect(Math.round((cell.result as number) * 100)).toBe(values[y]);
        expect(cell.numFmt).toContain("€");
      });
    }
    const cash = workbook.getWorksheet("Plan de trésorerie sur 36 mois")!;
    let cumulativeRow = 0;
    cash.eachRow((row, n) => {
      if (row.getCell(1).value === "Trésorerie fin de mois") cumulativeRow = n;
    });
    const last = cash.getRow(cumulativeRow).getCell(37);
    expect(last.formula).toMatch(/^AJ\d+\+AK\d+$/);
    expect(Math.round((last.result as number) * 100)).toBe(statements.cashPlan.cumulative[35]);
    // The initial financing plan, with the start-of-activity cash need and its gap as a formula.
    const financing = workbook.getWorksheet("Plan de financement")!;
    const cellOf = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      financing.eachRow((row) => {
        if (!found && String(row.getCell(1).value).trim() === label) found = row.getCell(2);
      });
      expect(found, label).toBeDefined();
      return found!;
    };
    const initial = statements.financingPlan.initial;
    expect(Math.round((cellOf("Besoin de trésorerie de démarrage").value as number) * 100)).toBe(
      initial.needs.startingCash,
    );
    const gap = cellOf("Écart (ressources − besoins)");
    expect(gap.formula).toMatch(/^B\d+-B\d+$/);
    expect(Math.round((gap.result as number) * 100)).toBe(initial.gap);
  });

  it("exports a two-page PDF summary", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${forecastId}.pdf`,
      headers: bearer(officer),
    });
    expect(response.statusCode).toBe(200);
    const pdf = response.rawPayload.toString("latin1");
    expect(pdf.startsWith("%PDF")).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(pdf).toContain("(Essaim)");
    expect(pdf).toContain("/Title");
  });

  it("documents the forecast routes in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/initiatives/{id}/forecasts",
        "/api/v1/forecasts/{id}",
        "/api/v1/forecasts/{id}/statements",
        "/api/v1/forecasts/{id}.xlsx",
        "/api/v1/forecasts/{id}.pdf",
      ]),
    );
    const pdf = response.json().paths["/api/v1/forecasts/{id}.pdf"].get.responses["200"];
    expect(Object.keys(pdf.content)).toEqual(["application/pdf"]);
  });
});
