import ExcelJS from "exceljs";
import { parseFrenchNumber } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { columnLetter, formulaSafe } from "../core/spreadsheet-csv";
import type { CallRow } from "./call-access";
import { type ApplicationsExport, type ExportQuestion, type JuryExport, juryOrder } from "./export-call-data";

const text = fr.callExports;
const DATE_FORMAT = "dd/mm/yyyy hh:mm";
const MARK_FORMAT = "0.0";
/** Rows 1 and 2 are the sheet's title and heads: data starts on row 3. */
const FIRST = 3;

/** Every text cell goes through here: a name typed as `=HYPERLINK(…)` opens as text. */
const safe = (value: string) => formulaSafe(value);

function newWorkbook(title: string, now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Essaim";
  workbook.created = now;
  workbook.title = title;
  return workbook;
}

function heading(row: CallRow): string {
  return t(text.heading, { title: row.title, deadline: formatDateTime(row.deadlineAt) });
}

/** A sheet with its title row and its bold, frozen heads. */
function sheetWithHeads(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  heads: string[],
  widths: number[],
) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow([safe(title)]).font = { bold: true, size: 13 };
  sheet.addRow(heads.map(safe)).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  return sheet;
}

/** The last sheet: what each figure means, and what the file leaves out. */
function definitionsSheet(
  workbook: ExcelJS.Workbook,
  row: CallRow,
  now: Date,
  notes: string[],
  terms: [string, string][],
) {
  const sheet = workbook.addWorksheet(text.sheets.definitions);
  sheet.columns = [{ width: 30 }, { width: 110 }];
  sheet.addRow([safe(heading(row))]).font = { bold: true, size: 13 };
  sheet.addRow([t(text.generated, { date: formatDate(now) })]);
  for (const note of [...notes, text.conflictNote]) sheet.addRow([note]);
  sheet.addRow([]);
  sheet.addRow([text.columns.term, text.columns.definition]).font = { bold: true };
  for (const [term, definition] of terms) {
    sheet.addRow([safe(term), definition]).alignment = { wrapText: true, vertical: "top" };
  }
}

/** An answer as a cell: a number question's answer as a number, a file by its stored name. */
function answerCell(question: ExportQuestion, application: ApplicationsExport["applications"][number]) {
  if (question.kind === "file") {
    const file = application.files[question.id];
    return file ? safe(file.filename) : null;
  }
  const value = application.answers[question.id];
  if (value === undefined || value === "") return null;
  const number = question.kind === "number" ? parseFrenchNumber(value) : null;
  return number ?? safe(value);
}

/**
 * The applications of a call as a workbook: one row per submitted or withdrawn application with
 * its identity, its state, the decision and every answer (files by their stored name), a count
 * and the number questions' totals as live formulas; the definitions last.
 */
export async function applicationsToXlsx(data: ApplicationsExport, now: Date): Promise<Buffer> {
  const { call: row, questions, applications } = data;
  const c = text.columns;
  const fixed = [
    c.name,
    c.siren,
    c.legalForm,
    c.agrements,
    c.postcode,
    c.contactName,
    c.contactEmail,
    c.status,
    c.submittedAt,
    c.outcome,
    c.keepForOtherCalls,
  ];
  const heads = [
    ...fixed,
    ...questions.map((q) => (q.kind === "file" ? t(c.attachment, { label: q.label }) : q.label)),
  ];
  const workbook = newWorkbook(heading(row), now);
  const sheet = sheetWithHeads(
    workbook,
    text.sheets.applications,
    heading(row),
    heads,
    heads.map((_, i) => (i === 0 ? 34 : 20)),
  );
  for (const a of applications) {
    const line = sheet.addRow([
      safe(a.name),
      a.siren,
      fr.calls.legalForms[a.legalForm],
      a.agrements.map((code) => fr.calls.agrements[code]).join(", "),
      safe(a.postcode),
      safe(a.contactName),
      safe(a.contactEmail),
      fr.calls.applicationStatuses[a.status],
      a.submittedAt,
      a.outcome ? fr.calls.outcomes[a.outcome] : null,
      a.keepForOtherCalls ? text.yes : text.no,
      ...questions.map((q) => answerCell(q, a)),
    ]);
    line.getCell(9).numFmt = DATE_FORMAT;
  }
  const last = FIRST + applications.length - 1;
  const total = sheet.addRow([text.count]);
  total.font = { bold: true };
  total.getCell(2).value = {
    formula: applications.length ? `COUNTA(A${FIRST}:A${last})` : "0",
    result: applications.length,
  };
  questions.forEach((q, i) => {
    if (q.kind !== "number") return;
    const col = columnLetter(fixed.length + i + 1);
    const sum = applications.reduce((acc, a) => {
      const cell = answerCell(q, a);
      return acc + (typeof cell === "number" ? cell : 0);
    }, 0);
    total.getCell(fixed.length + i + 1).value = {
      formula: applications.length ? `SUM(${col}${FIRST}:${col}${last})` : "0",
      result: sum,
    };
  });
  definitionsSheet(
    workbook,
    row,
    now,
    [t(text.draftCount, { count: String(data.draftCount) })],
    [
      [text.sheets.applications, text.definitions.applications],
      [text.count, text.definitions.applications],
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Each juror's mark out of 100, one row per application in the table's order. */
function marksSheet(workbook: ExcelJS.Workbook, data: JuryExport, rows: ReturnType<typeof juryOrder>) {
  const heads = [text.columns.name, ...data.jurors.map((j) => j.name)];
  const sheet = sheetWithHeads(
    workbook,
    text.sheets.marks,
    heading(data.call),
    heads,
    heads.map((_, i) => (i === 0 ? 34 : 16)),
  );
  for (const r of rows) {
    const marks = data.marks.get(r.applicationId);
    const line = sheet.addRow([safe(r.name), ...data.jurors.map((j) => marks?.get(j.userId) ?? null)]);
    for (let i = 2; i <= heads.length; i++) line.getCell(i).numFmt = MARK_FORMAT;
  }
}

/** A row's figure as a live formula over the juror marks sheet, with the service's figure cached. */
function figureFormula(formula: string, result: number | null): ExcelJS.CellValue {
  return { formula, result: result ?? "" };
}

function tableSheet(
  workbook: ExcelJS.Workbook,
  data: JuryExport,
  rows: ReturnType<typeof juryOrder>,
  marks: string,
) {
  const c = text.columns;
  const { criteria } = data.table;
  const heads = [
    c.rank,
    c.name,
    c.reviewCount,
    c.mean,
    c.spread,
    ...criteria.map((k) => t(c.criterionMean, { label: k.label, max: String(k.scaleMax) })),
    c.outcome,
  ];
  const sheet = sheetWithHeads(
    workbook,
    text.sheets.table,
    heading(data.call),
    heads,
    heads.map((_, i) => (i === 1 ? 34 : 16)),
  );
  const lastJuror = columnLetter(Math.max(data.jurors.length + 1, 2));
  rows.forEach((r, index) => {
    const at = FIRST + index;
    const range = `'${marks}'!B${at}:${lastJuror}${at}`;
    const outcome = r.outcome ? fr.calls.outcomes[r.outcome] : null;
    if (!r.figuresVisible) {
      sheet.addRow([
        r.proposedRank,
        safe(r.name),
        text.hidden,
        text.hidden,
        text.hidden,
        ...criteria.map(() => text.hidden),
        outcome,
      ]);
      return;
    }
    const line = sheet.addRow([
      r.proposedRank,
      safe(r.name),
      figureFormula(`COUNT(${range})`, r.reviewCount),
      figureFormula(`IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),1))`, r.mean),
      figureFormula(`IF(COUNT(${range})=0,"",ROUND(MAX(${range})-MIN(${range}),1))`, r.spread),
      ...r.perCriterion,
      outcome,
    ]);
    for (let i = 4; i <= 5 + criteria.length; i++) line.getCell(i).numFmt = MARK_FORMAT;
  });
}

function gridSheet(workbook: ExcelJS.Workbook, data: JuryExport) {
  const c = text.columns;
  const sheet = sheetWithHeads(
    workbook,
    text.sheets.grid,
    heading(data.call),
    [c.criterion, c.weight, c.scaleMax],
    [50, 12, 12],
  );
  for (const k of data.table.criteria) sheet.addRow([safe(k.label), k.weight, k.scaleMax]);
  const last = FIRST + data.table.criteria.length - 1;
  const total = sheet.addRow([text.total]);
  total.font = { bold: true };
  total.getCell(2).value = {
    formula: data.table.criteria.length ? `SUM(B${FIRST}:B${last})` : "0",
    result: data.table.criteria.reduce((sum, k) => sum + k.weight, 0),
  };
}

/**
 * The jury's table as a workbook: the table (rank, reviews, mean, spread, per-criterion means),
 * each juror's mark (the table's count, mean and spread are live formulas over it), the grid and
 * the definitions. Figures a juror may not read yet say « Masqué ».
 */
export async function juryToXlsx(data: JuryExport, now: Date): Promise<Buffer> {
  const workbook = newWorkbook(heading(data.call), now);
  const rows = juryOrder(data);
  // The table's formulas name the marks sheet, written right after it.
  tableSheet(workbook, data, rows, text.sheets.marks);
  marksSheet(workbook, data, rows);
  gridSheet(workbook, data);
  const d = text.definitions;
  const c = text.columns;
  definitionsSheet(
    workbook,
    data.call,
    now,
    [],
    [
      [c.reviewCount, d.reviewCount],
      [text.sheets.marks, d.mark],
      [c.mean, d.mean],
      [c.spread, d.spread],
      [fr.callExports.columns.criterion, d.criterionMean],
      [text.hidden, d.hidden],
      [c.rank, d.rank],
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
