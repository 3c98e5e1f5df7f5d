/**
 * A list as CSV for a French spreadsheet: `;` separators and a BOM so it opens as is, CRLF line
 * ends. A cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`) is prefixed with
 * an apostrophe (CSV injection).
 */
export function spreadsheetCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(spreadsheetCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
