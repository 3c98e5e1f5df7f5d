const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first), prefixed with an apostrophe so it opens as text (CSV injection). Every CSV we write
 * goes through it.
 */
export function formulaSafe(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The inverse of `formulaSafe` for a CSV we read back: the apostrophe it added is removed. */
export function formulaUnguarded(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * A list as CSV for a French spreadsheet: `;` separators and a BOM so it opens as is, CRLF line
 * ends. A cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`) is prefixed with
 * an apostrophe (CSV injection).
 */
export function spreadsheetCell(value: string): string {
  const safe = formulaSafe(value);
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(spreadsheetCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The letters of a spreadsheet column, 1-based: 1 → `A`, 27 → `AA`. */
export function columnLetter(index: number): string {
  let n = index;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
