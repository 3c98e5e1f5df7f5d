import { describe, expect, it } from "vitest";
import { importModelRow } from "./import-models";
import { csvToModelRows, modelsToCsv } from "./model-csv";

describe("the catalogue's CSV", () => {
  it("writes lists with “ | ” and quotes cells holding commas, quotes or line breaks", () => {
    const csv = modelsToCsv([
      {
        externalId: "x-1",
        title: 'Le "Reflet", Nantes',
        themes: ["handicap-inclusion", "alimentation-durable"],
      },
    ]);
    const [header, line] = csv.split("\r\n");
    expect(header?.startsWith("externalId,title,summary,description,themes,")).toBe(true);
    expect(line?.startsWith('x-1,"Le ""Reflet"", Nantes",,,handicap-inclusion | alimentation-durable,')).toBe(
      true,
    );
  });

  it("reads back what it wrote into rows the import schema accepts", () => {
    const csv = modelsToCsv([
      {
        externalId: "x-1",
        title: "Garage solidaire",
        summary: "Réparer les voitures à prix social.",
        description: "Un garage qui répare, loue et vend des véhicules à prix social, sur prescription.",
        themes: ["mobilite", "insertion-emploi"],
        tags: ["garage", "voiture"],
        originTerritory: "commune:27229",
        jobsFte: 4.5,
        sourceUrl: "https://exemple.fr/garage",
      },
    ]);
    const rows = csvToModelRows(csv);
    expect(rows).toHaveLength(1);
    const parsed = importModelRow.parse(rows![0]);
    expect(parsed).toMatchObject({
      themes: ["mobilite", "insertion-emploi"],
      tags: ["garage", "voiture"],
      originTerritory: { kind: "commune", code: "27229" },
      jobsFte: 4.5,
    });
  });

  it("writes a cell a spreadsheet would run as a formula as text, and reads it back as typed", () => {
    const csv = modelsToCsv([
      {
        externalId: "x-1",
        title: '=HYPERLINK("http://evil.example","Cliquez")',
        summary: "@SUM(A1)",
        tags: ["-2+3"],
      },
    ]);
    const line = csv.split("\r\n")[1] ?? "";
    expect(line.startsWith(`x-1,"'=HYPERLINK(""http://evil.example"",""Cliquez"")",'@SUM(A1),`)).toBe(true);
    expect(line).toContain(",'-2+3,");
    expect(csvToModelRows(csv)?.[0]).toMatchObject({
      title: '=HYPERLINK("http://evil.example","Cliquez")',
      summary: "@SUM(A1)",
      tags: "-2+3",
    });
  });

  it("refuses a file without the header line", () => {
    expect(csvToModelRows("x-1,Garage\n")).toBeNull();
  });
});
