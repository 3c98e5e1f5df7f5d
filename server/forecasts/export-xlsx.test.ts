import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { computeForecast, computeSensitivity } from "./compute";
import { forecastToXlsx } from "./export-xlsx";
import { parse } from "./test-inputs";

/*
 * Issue 14's probe: text a user typed never becomes a formula in an exported workbook. A scenario's
 * name and its line labels starting with `=`, `+`, `-` or `@` stay plain text cells.
 */
describe("the forecast workbook and formula injection", () => {
  it("keeps a scenario name and line labels that look like formulas as plain text", async () => {
    const hostile = '=HYPERLINK("https://evil.example";"cliquez")';
    const inputs = parse({
      revenues: [
        { kind: "sales", id: "s", label: "+cmd|' /C calc'!A0", volumePerMonth: 10, unitPriceCents: 20_00 },
        {
          kind: "sales",
          id: "t",
          label: "@SUM(1+1)*cmd|' /C calc'!A0",
          volumePerMonth: 5,
          unitPriceCents: 10_00,
        },
      ],
    });
    const file = await forecastToXlsx(
      { name: hostile },
      computeForecast(inputs, {}),
      computeSensitivity(inputs, {}),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const typed: string[] = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          const value = cell.value;
          if (cell.type === ExcelJS.ValueType.Formula) {
            // The workbook's own totals are formulas over cell ranges; no user text is among them.
            expect(cell.formula, `${sheet.name} ${cell.address}`).toMatch(/^[A-Z0-9:+\-*/(), ]+$/);
          } else if (typeof value === "string") {
            typed.push(value.trim());
          }
        });
      });
    });
    expect(typed).toContain(hostile);
    expect(typed).toContain("+cmd|' /C calc'!A0");
    expect(typed).toContain("@SUM(1+1)*cmd|' /C calc'!A0");
    expect(workbook.title).toBe(hostile);
  });
});
