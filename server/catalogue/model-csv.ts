import { formulaSafe, formulaUnguarded } from "../core/spreadsheet-csv";
import { parseCsv } from "../territories/csv";

/**
 * The catalogue's CSV format: one model per line, the columns named like the JSON fields, lists
 * joined with " | ". The same columns are exported and imported, so an export edited in a
 * spreadsheet can be imported back. A cell a spreadsheet would take for a formula is written with
 * an apostrophe first (CSV injection), removed again when the file is read back.
 */
export const modelCsvColumns = [
  "externalId",
  "title",
  "summary",
  "description",
  "themes",
  "publics",
  "tags",
  "legalForms",
  "replicationType",
  "originOrganisation",
  "originTerritory",
  "presence",
  "contact",
  "revenueMix",
  "typicalBudgetCents",
  "jobsFte",
  "insertionJobsFte",
  "disabilityJobsFte",
  "investmentCents",
  "premises",
  "prerequisites",
  "sourceUrl",
  "sourceUrls",
  "status",
] as const;
export type ModelCsvColumn = (typeof modelCsvColumns)[number];

export const CSV_LIST_SEPARATOR = " | ";

function cell(value: unknown): string {
  const text = formulaSafe(
    Array.isArray(value)
      ? value.join(CSV_LIST_SEPARATOR)
      : value === null || value === undefined
        ? ""
        : String(value),
  );
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (objects keyed by column) as CSV text with a header line, CRLF line ends (RFC 4180). */
export function modelsToCsv(rows: readonly Partial<Record<ModelCsvColumn, unknown>>[]): string {
  const lines = [modelCsvColumns.join(",")];
  for (const row of rows) lines.push(modelCsvColumns.map((column) => cell(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * CSV text to one object per line, keyed by the header's column names (case as written), empty
 * cells left out so the schema's defaults apply. Null when there is no header line.
 */
export function csvToModelRows(text: string): Record<string, string>[] | null {
  const [header, ...lines] = parseCsv(text);
  if (!header?.some((name) => name.trim() === "externalId")) return null;
  const columns = header.map((name) => name.trim());
  return lines.map((cells) => {
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = formulaUnguarded((cells[i] ?? "").trim()).trim();
      if (value !== "") row[column] = value;
    });
    return row;
  });
}
