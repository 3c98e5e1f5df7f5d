import { spreadsheetCsv } from "../core/spreadsheet-csv";
import { type OpenActivity, openActivityColumns } from "./open-data-schemas";

/**
 * The open data as CSV: the JSON field names as the header (a stable schema, not a translation),
 * `;` separators, numbers with a decimal point, an empty cell for null; cells a spreadsheet
 * would take for a formula are guarded.
 */
export function openActivitiesToCsv(items: readonly OpenActivity[]): string {
  return spreadsheetCsv(
    openActivityColumns,
    items.map((item) => openActivityColumns.map((column) => String(item[column] ?? ""))),
  );
}
