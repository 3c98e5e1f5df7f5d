/**
 * A small RFC 4180 reader for the official CSV lists: quoted fields, doubled quotes, CRLF, a BOM,
 * and `;` as separator when the header uses it (French spreadsheets). Returns rows of strings.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.slice(0, source.search(/\r?\n/) === -1 ? source.length : source.search(/\r?\n/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

/** CSV rows as objects keyed by the header's (trimmed, lower-cased) column names, with line numbers. */
export function readCsvRecords(text: string): {
  header: string[];
  records: { line: number; values: Record<string, string> }[];
} {
  const [header = [], ...rows] = parseCsv(text);
  const columns = header.map((name) => name.trim().toLowerCase());
  return {
    header: columns,
    records: rows.map((cells, index) => ({
      line: index + 2,
      values: Object.fromEntries(columns.map((name, i) => [name, (cells[i] ?? "").trim()])),
    })),
  };
}
