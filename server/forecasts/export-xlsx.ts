import ExcelJS from "exceljs";
import { warningText } from "../../shared/i18n/forecast-warnings";
import { fr } from "../../shared/i18n/fr";
import { columnLetter } from "../core/spreadsheet-csv";
import {
  type CashFlowKey,
  cashFlowKeys,
  cashOutflows,
  type ForecastStatements,
  type IncomeStatementKey,
  operatingCharges,
  operatingProducts,
  type SensitivityRow,
} from "./compute";
import type { Forecast } from "./forecast-access";

const text = fr.forecasts;
/**
 * Number formats are stored in the file in the neutral (en-US) notation and shown by the
 * spreadsheet in the reader's locale: `#,##0.00 "€"` displays `1 234,56 €` in French.
 */
export const EURO_FORMAT = '#,##0.00 "€"';
const PERCENT_FORMAT = "0.0 %";
const euros = (cents: number) => cents / 100;

type Formula = { formula: string; result: number };
const formula = (f: string, resultCents: number): Formula => ({ formula: f, result: euros(resultCents) });

const yearColumns = ["B", "C", "D"];
type IncomeStatement = ForecastStatements["incomeStatement"];
type LineKey = IncomeStatementKey | "operatingProducts" | "operatingCharges" | "operatingResult";

/** A bold row whose three years are formulas (`f` of the year's column), with their computed values. */
function formulaRow(sheet: ExcelJS.Worksheet, label: string, f: (col: string) => string, values: number[]) {
  const row = sheet.addRow([label]);
  row.font = { bold: true };
  yearColumns.forEach((col, y) => {
    const cell = row.getCell(col);
    cell.value = formula(f(col), values[y]!);
    cell.numFmt = EURO_FORMAT;
  });
  return row;
}

/** A line of the income statement: its total in bold, the sum of its detail rows written under it. */
function detailedLine(sheet: ExcelJS.Worksheet, is: IncomeStatement, key: IncomeStatementKey) {
  const details = is.details[key];
  const row = sheet.addRow([text.incomeStatement[key]]);
  row.font = { bold: true };
  const first = row.number + 1;
  for (const detail of details) {
    const detailRow = sheet.addRow([`    ${detail.label}`, ...detail.years.map(euros)]);
    for (const col of yearColumns) detailRow.getCell(col).numFmt = EURO_FORMAT;
  }
  const last = first + details.length - 1;
  yearColumns.forEach((col, y) => {
    const cell = row.getCell(col);
    cell.value = details.length ? formula(`SUM(${col}${first}:${col}${last})`, is.lines[key][y]!) : 0;
    cell.numFmt = EURO_FORMAT;
  });
  return row.number;
}

/** Volunteering and contributions in kind, under the result (they do not enter it). */
function contributionRows(sheet: ExcelJS.Worksheet, is: IncomeStatement) {
  sheet.addRow([]);
  sheet.addRow([text.incomeStatement.contributions]).font = { italic: true };
  for (const [label, values] of [
    [text.incomeStatement.volunteering, is.volunteering],
    [text.incomeStatement.inKind, is.inKind],
  ] as const) {
    const row = sheet.addRow([`    ${label}`, ...values.map(euros)]);
    for (const col of yearColumns) row.getCell(col).numFmt = EURO_FORMAT;
  }
}

function incomeStatementSheet(workbook: ExcelJS.Workbook, s: ForecastStatements) {
  const sheet = workbook.addWorksheet(text.incomeStatement.title.slice(0, 31));
  const is = s.incomeStatement;
  sheet.columns = [{ width: 62 }, { width: 16 }, { width: 16 }, { width: 16 }];
  sheet.addRow([text.incomeStatement.caption]).font = { bold: true };
  sheet.addRow(["", ...[1, 2, 3].map((year) => text.yearN.replace("{year}", String(year)))]).font = {
    bold: true,
  };
  const lineRows = new Map<LineKey, number>();
  const at = (col: string, key: LineKey) => `${col}${lineRows.get(key)}`;
  const writeLine = (key: IncomeStatementKey) => lineRows.set(key, detailedLine(sheet, is, key));
  const writeTotal = (key: "operatingProducts" | "operatingCharges", keys: IncomeStatementKey[]) =>
    lineRows.set(
      key,
      formulaRow(sheet, text.incomeStatement[key], (col) => keys.map((k) => at(col, k)).join("+"), is[key])
        .number,
    );
  for (const key of operatingProducts) writeLine(key);
  writeTotal("operatingProducts", operatingProducts);
  for (const key of operatingCharges) writeLine(key);
  writeTotal("operatingCharges", operatingCharges);
  const operatingResult = formulaRow(
    sheet,
    text.incomeStatement.operatingResult,
    (col) => `${at(col, "operatingProducts")}-${at(col, "operatingCharges")}`,
    is.operatingResult,
  );
  lineRows.set("operatingResult", operatingResult.number);
  writeLine("financialCharges");
  writeLine("investmentGrantShare");
  const result = formulaRow(
    sheet,
    text.incomeStatement.result,
    (col) =>
      `${at(col, "operatingResult")}-${at(col, "financialCharges")}+${at(col, "investmentGrantShare")}`,
    is.result,
  );
  contributionRows(sheet, is);
  return { sheet, resultRow: result.number, lineRows };
}

function cashPlanSheet(workbook: ExcelJS.Workbook, s: ForecastStatements) {
  const sheet = workbook.addWorksheet(text.cashPlan.title.slice(0, 31));
  const cash = s.cashPlan;
  const months = s.months;
  sheet.getColumn(1).width = 40;
  for (let m = 0; m < months.length; m++) sheet.getColumn(m + 2).width = 14;
  const header = sheet.addRow([
    text.cashPlan.month,
    ...months.map((m) => `${String(m.calendarMonth).padStart(2, "0")}/${m.calendarYear}`),
  ]);
  header.font = { bold: true };
  const openingRow = sheet.addRow([text.cashPlan.opening, euros(cash.openingCents)]);
  openingRow.getCell(2).numFmt = EURO_FORMAT;
  const outflowSet = new Set<CashFlowKey>(cashOutflows);
  const inflowKeys = cashFlowKeys.filter((k) => !outflowSet.has(k));
  const writeFlows = (keys: CashFlowKey[]) => {
    const first = sheet.rowCount + 1;
    for (const key of keys) {
      const row = sheet.addRow([text.cashPlan[key], ...cash.flows[key].map(euros)]);
      for (let m = 0; m < months.length; m++) row.getCell(m + 2).numFmt = EURO_FORMAT;
    }
    return { first, last: sheet.rowCount };
  };
  const totalRow = (label: string, f: (col: string, m: number) => string, values: number[]) => {
    const row = sheet.addRow([label]);
    row.font = { bold: true };
    for (let m = 0; m < months.length; m++) {
      const col = columnLetter(m + 2);
      const cell = row.getCell(m + 2);
      cell.value = formula(f(col, m), values[m]!);
      cell.numFmt = EURO_FORMAT;
    }
    return row.number;
  };
  const inRange = writeFlows(inflowKeys);
  const inflowsRow = totalRow(
    text.cashPlan.inflows,
    (col) => `SUM(${col}${inRange.first}:${col}${inRange.last})`,
    cash.inflows,
  );
  const outRange = writeFlows(cashOutflows);
  const outflowsRow = totalRow(
    text.cashPlan.outflows,
    (col) => `SUM(${col}${outRange.first}:${col}${outRange.last})`,
    cash.outflows,
  );
  const netRow = totalRow(text.cashPlan.net, (col) => `${col}${inflowsRow}-${col}${outflowsRow}`, cash.net);
  const cumulativeRow = totalRow(
    text.cashPlan.cumulative,
    (col, m) =>
      m === 0 ? `B${openingRow.number}+B${netRow}` : `${columnLetter(m + 1)}${netRow + 1}+${col}${netRow}`,
    cash.cumulative,
  );
  // The low point, marked in the sheet as it is on the page (by a note, not by colour alone).
  const lowCell = sheet.getRow(cumulativeRow).getCell(cash.low.month + 1);
  lowCell.note = text.cashPlan.lowMarker;
  lowCell.font = { bold: true, color: { argb: "FFB00020" } };
  return { sheet, cumulativeRow, inflowsRow, outflowsRow };
}

function financingSheet(workbook: ExcelJS.Workbook, s: ForecastStatements) {
  const sheet = workbook.addWorksheet(text.financingPlan.title.slice(0, 31));
  const t = text.financingPlan;
  sheet.columns = [{ width: 44 }, { width: 16 }, { width: 16 }, { width: 16 }];
  initialPlanRows(sheet, s.financingPlan.initial);
  sheet.addRow([]);
  sheet.addRow([t.threeYearTitle]).font = { bold: true };
  sheet.addRow(["", ...[1, 2, 3].map((year) => text.yearN.replace("{year}", String(year)))]).font = {
    bold: true,
  };
  const years = s.financingPlan.years;
  const block = (title: string, rows: [string, number[]][]) => {
    sheet.addRow([title]).font = { bold: true };
    const first = sheet.rowCount + 1;
    for (const [label, values] of rows) {
      const row = sheet.addRow([`    ${label}`, ...values.map(euros)]);
      for (const col of ["B", "C", "D"]) row.getCell(col).numFmt = EURO_FORMAT;
    }
    const last = sheet.rowCount;
    const total = sheet.addRow([title === t.needs ? t.totalNeeds : t.totalResources]);
    total.font = { bold: true };
    ["B", "C", "D"].forEach((col, y) => {
      const cell = total.getCell(col);
      const values = rows.reduce((sum, [, v]) => sum + v[y]!, 0);
      cell.value = formula(`SUM(${col}${first}:${col}${last})`, values);
      cell.numFmt = EURO_FORMAT;
    });
    return total.number;
  };
  const needsRow = block(t.needs, [
    [t.investments, years.map((y) => y.needs.investments)],
    [t.loanRepayments, years.map((y) => y.needs.loanRepayments)],
  ]);
  const resourcesRow = block(t.resources, [
    [t.selfFinancing, years.map((y) => y.resources.selfFinancing)],
    [t.equity, years.map((y) => y.resources.equity)],
    [t.loans, years.map((y) => y.resources.loans)],
    [t.honourLoans, years.map((y) => y.resources.honourLoans)],
    [t.investmentGrants, years.map((y) => y.resources.investmentGrants)],
    [t.openingCash, years.map((y) => y.resources.openingCash)],
  ]);
  const balance = sheet.addRow([t.balance]);
  balance.font = { bold: true };
  ["B", "C", "D"].forEach((col, y) => {
    const cell = balance.getCell(col);
    cell.value = formula(`${col}${resourcesRow}-${col}${needsRow}`, years[y]!.balance);
    cell.numFmt = EURO_FORMAT;
  });
}

/** The initial plan: needs and resources with their totals as formulas, and the gap between them. */
function initialPlanRows(sheet: ExcelJS.Worksheet, initial: ForecastStatements["financingPlan"]["initial"]) {
  const t = text.financingPlan;
  sheet.addRow([t.initialTitle]).font = { bold: true };
  const total = (label: string, first: number, last: number, cents: number) => {
    const row = sheet.addRow([label]);
    row.font = { bold: true };
    row.getCell("B").value = formula(`SUM(B${first}:B${last})`, cents);
    row.getCell("B").numFmt = EURO_FORMAT;
    return row.number;
  };
  const lines = (rows: [string, number][]) => {
    const first = sheet.rowCount + 1;
    for (const [label, cents] of rows) {
      const row = sheet.addRow([`    ${label}`, euros(cents)]);
      row.getCell("B").numFmt = EURO_FORMAT;
    }
    return { first, last: sheet.rowCount };
  };
  sheet.addRow([t.needs]).font = { bold: true };
  const needs = lines([
    [t.investments, initial.needs.investments],
    [t.startingCash, initial.needs.startingCash],
  ]);
  const needsRow = total(t.totalNeeds, needs.first, needs.last, initial.totalNeeds);
  sheet.addRow([t.resources]).font = { bold: true };
  const r = initial.resources;
  const resources = lines([
    [t.equity, r.equity],
    [t.loans, r.loans],
    [t.honourLoans, r.honourLoans],
    [t.investmentGrants, r.investmentGrants],
    [t.openingCash, r.openingCash],
  ]);
  const resourcesRow = total(t.totalResources, resources.first, resources.last, initial.totalResources);
  const gap = sheet.addRow([t.gap]);
  gap.font = { bold: true };
  gap.getCell("B").value = formula(`B${resourcesRow}-B${needsRow}`, initial.gap);
  gap.getCell("B").numFmt = EURO_FORMAT;
  sheet.addRow([t.startingCashHelp]).font = { italic: true };
}

function sensitivitySheet(workbook: ExcelJS.Workbook, sensitivity: { rows: SensitivityRow[] }) {
  const sheet = workbook.addWorksheet(text.sensitivity.title);
  const t = text.sensitivity;
  sheet.columns = [{ width: 24 }, { width: 10 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  sheet.addRow([
    t.variable,
    "%",
    ...[1, 2, 3].map(
      (year) => `${text.incomeStatement.result} ${text.yearN.replace("{year}", String(year))}`,
    ),
    t.cashLow,
  ]).font = { bold: true };
  for (const row of sensitivity.rows) {
    const r = sheet.addRow([
      t.variables[row.variable],
      row.deltaBp / 10_000,
      ...row.result.map(euros),
      euros(row.cashLow.cents),
    ]);
    r.getCell(2).numFmt = PERCENT_FORMAT;
    for (const col of ["C", "D", "E", "F"]) r.getCell(col).numFmt = EURO_FORMAT;
  }
}

/** The scenario as a workbook whose totals are live formulas over the line cells. */
export async function forecastToXlsx(
  forecast: Pick<Forecast, "name">,
  statements: ForecastStatements,
  sensitivity: { rows: SensitivityRow[] },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Essaim";
  workbook.title = forecast.name;
  const notes = workbook.addWorksheet("Notes");
  notes.getColumn(1).width = 100;
  notes.addRow([forecast.name]).font = { bold: true, size: 14 };
  notes.addRow([text.vatNotice]);
  if (statements.warnings.length) {
    notes.addRow([]);
    notes.addRow([text.warnings.title]).font = { bold: true };
    for (const warning of statements.warnings) {
      notes.addRow([warningText(warning)]).alignment = { wrapText: true };
    }
  }
  incomeStatementSheet(workbook, statements);
  cashPlanSheet(workbook, statements);
  financingSheet(workbook, statements);
  sensitivitySheet(workbook, sensitivity);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
