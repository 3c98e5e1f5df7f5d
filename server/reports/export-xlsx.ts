import ExcelJS from "exceljs";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { columnLetter, formulaSafe } from "../core/spreadsheet-csv";
import type { ExportColumn, ExportContext, ExportTable, ExportValue } from "./export-sections";
import { exportTables } from "./export-sections";

const text = fr.reportExports;
/** Stored in the neutral notation, shown in the reader's locale: `1,5` in French. */
const FTE_FORMAT = "0.00";
const DATE_FORMAT = "dd/mm/yyyy";
const EUROS_FORMAT = '#,##0.00 "€"';
const DECIMAL_FORMAT = "0.0#";
/** The number format of a column's cells, if it has one. */
const formats: Partial<Record<ExportColumn["kind"], string>> = {
  fte: FTE_FORMAT,
  euros: EUROS_FORMAT,
  decimal: DECIMAL_FORMAT,
  date: DATE_FORMAT,
};
/** FTE and euros are stored in hundredths. */
const inHundredths = (column: ExportColumn) => column.kind === "fte" || column.kind === "euros";

/** A cell's value: FTE as a decimal number, a day as a date, text guarded against formulas. */
function cellValue(column: ExportColumn, value: ExportValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (inHundredths(column)) return Number(value) / 100;
  if (column.kind === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  if (typeof value === "string") return formulaSafe(value);
  return value;
}

/** A unique sheet name of at most 31 characters, without the characters Excel refuses. */
function sheetName(workbook: ExcelJS.Workbook, title: string): string {
  const base = title.replace(/[\\/?*[\]:]/g, " ").slice(0, 28);
  let name = base;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${base} ${n}`;
  return name;
}

/**
 * One table on its sheet: a title row, the heads, the rows, and a total row whose summed
 * columns are live `=SUM` formulas (their cached result is the report's own total).
 */
function writeTable(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, text.sheets[table.id]));
  sheet.columns = table.columns.map((c) => ({ width: c.kind === "text" ? 40 : 16 }));
  sheet.addRow([formulaSafe(table.title)]).font = { bold: true, size: 13 };
  const head = sheet.addRow(table.columns.map((c) => c.label));
  head.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  const first = head.number + 1;
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((v, i) => cellValue(table.columns[i]!, v)));
    table.columns.forEach((c, i) => {
      const format = formats[c.kind];
      if (format) row.getCell(i + 1).numFmt = format;
    });
  }
  const last = first + table.rows.length - 1;
  if (!table.columns.some((c) => c.sum)) return;
  const total = sheet.addRow([fr.reports.total]);
  total.font = { bold: true };
  table.columns.forEach((c, i) => {
    if (!c.sum) return;
    const letter = columnLetter(i + 1);
    const sum = table.rows.reduce((acc, r) => acc + Number(r[i] ?? 0), 0);
    const cell = total.getCell(i + 1);
    cell.value = {
      formula: table.rows.length ? `SUM(${letter}${first}:${letter}${last})` : "0",
      result: inHundredths(c) ? sum / 100 : sum,
    };
    const format = formats[c.kind];
    if (format) cell.numFmt = format;
  });
}

/** The last sheet: each figure's label and definition, as on the page. */
function writeDefinitions(workbook: ExcelJS.Workbook, context: ExportContext): void {
  const { report } = context;
  const sheet = workbook.addWorksheet(text.sheets.definitions);
  sheet.columns = [{ width: 36 }, { width: 110 }];
  sheet.addRow([text.sheets.definitions]).font = { bold: true, size: 13 };
  sheet.addRow([
    t(fr.reports.heading, {
      from: formatDate(report.period.from),
      to: formatDate(report.period.to),
      scope: formulaSafe(report.scope.name),
    }),
  ]);
  sheet.addRow([text.columns.figure, text.columns.definition]).font = { bold: true };
  for (const d of report.definitions) {
    const row = sheet.addRow([d.label, d.definition]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
}

/** The report as a workbook: one sheet per table, totals as formulas, the definitions last. */
export async function reportToXlsx(context: ExportContext, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Essaim";
  workbook.created = now;
  workbook.title = t(fr.reports.heading, {
    from: formatDate(context.report.period.from),
    to: formatDate(context.report.period.to),
    scope: context.report.scope.name,
  });
  for (const table of exportTables(context)) writeTable(workbook, table);
  writeDefinitions(workbook, context);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
