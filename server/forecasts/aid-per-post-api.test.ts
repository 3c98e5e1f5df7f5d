import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDeps } from "../testing/test-deps";
import { bearer, createForecastApiWorld, inputs } from "./api-fixtures";
import { pdfText } from "./pdf-text";

let deps: TestDeps;
let app: FastifyInstance;
let officer: string;
let initiativeId: string;

beforeAll(async () => {
  ({ deps, app, officer, initiativeId } = await createForecastApiWorld());
});

afterAll(async () => {
  await app.close();
  await deps.close();
});

describe("aids per post in the forecast API", () => {
  it("refuses an entreprise adaptée aid on a CDDI post, naming the field, unless the exception is confirmed", async () => {
    const staff = (aidRateCode: string, aidRateException?: boolean) => [
      {
        ...inputs.staff![0]!,
        ftePermille: 4000,
        aidRateCode,
        ...(aidRateException === undefined ? {} : { aidRateException }),
      },
    ];
    const post = (payload: object) =>
      app.inject({
        method: "POST",
        url: `/api/v1/initiatives/${initiativeId}/forecasts`,
        headers: bearer(officer),
        payload,
      });
    const refused = await post({
      name: "EA sur CDDI",
      inputs: { ...inputs, staff: staff("ea-socle-moins-50") },
    });
    expect(refused.statusCode).toBe(400);
    const message = refused.json().fields["inputs.staff.0.aidRateCode"];
    expect(message).toContain("L'aide au poste « Aide au poste entreprise adaptée");
    expect(message).toContain(
      "prévue pour les contrats Entreprise adaptée, pas pour un contrat CDDI (insertion)",
    );

    const confirmed = await post({
      name: "EA sur CDDI, exception",
      inputs: { ...inputs, staff: staff("ea-socle-moins-50", true) },
    });
    expect(confirmed.statusCode).toBe(201);
    const statements = (
      await app.inject({
        method: "GET",
        url: `/api/v1/forecasts/${confirmed.json().id}/statements`,
        headers: bearer(officer),
      })
    ).json().statements;
    // 4 FTE × 18 230 €, counted because the exception is confirmed, and said.
    expect(statements.incomeStatement.lines.postAids[0]).toBe(72_920_00);
    expect(statements.warnings).toContainEqual(
      expect.objectContaining({
        code: "aid-rate-exception",
        aidRateCode: "ea-socle-moins-50",
        contractKind: "cddi",
      }),
    );
    const pdf = await app.inject({
      method: "GET",
      url: `/api/v1/forecasts/${confirmed.json().id}.pdf`,
      headers: bearer(officer),
    });
    expect(pdfText(pdf.rawPayload)).toContain(
      "Exception confirmée : le poste « Esthéticienne en insertion »",
    );
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(
      (
        await app.inject({
          method: "GET",
          url: `/api/v1/forecasts/${confirmed.json().id}.xlsx`,
          headers: bearer(officer),
        })
      ).rawPayload as unknown as ArrayBuffer,
    );
    const notes: string[] = [];
    xlsx.getWorksheet("Notes")!.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes.join("\n")).toContain("Exception confirmée : le poste « Esthéticienne en insertion »");
  });

  it("refuses an aid code the reference table does not have", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/forecasts`,
      headers: bearer(officer),
      payload: {
        name: "Code inconnu",
        inputs: { ...inputs, staff: [{ ...inputs.staff![0]!, aidRateCode: "iae-inventee" }] },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields["inputs.staff.0.aidRateCode"]).toBe(
      "L'aide au poste « iae-inventee » n'existe pas dans la table de référence : choisissez une aide de la liste, ou « Aucune ».",
    );
  });
});
