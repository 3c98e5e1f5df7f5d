/**
 * Layout helpers of the exported PDFs (the reports, a call's jury table; pdfkit, standard fonts):
 * an A4 landscape page, tables with a repeated head on each page, and the text the standard fonts
 * can write.
 */
export const PAGE = { width: 841.89, height: 595.28, margin: 40 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

/** The standard PDF fonts use WinAnsi: Intl's narrow no-break spaces become plain spaces. */
export const plain = (value: string) => value.replace(/[\u202f\u00a0]/g, " ");

export type PdfColumn = { label: string; align: "left" | "right"; weight: number };

const ROW = 13;
const CELL_SIZE = 8.5;

/** Column widths in proportion to their weights, filling the page's width. */
function widthsOf(columns: PdfColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => (c.weight / total) * CONTENT_WIDTH);
}

/**
 * The longest start of `text` that fits `width` with an ellipsis, measured with the font's own
 * widths. Cutting here, then writing without line breaking, is what keeps a 10 000-row table fast:
 * pdfkit's line wrapper (`width` + `ellipsis`) costs about a millisecond a cell.
 */
function fitted(doc: PDFKit.PDFDocument, text: string, width: number, size: number, bold: boolean): string {
  // No glyph of the standard fonts is wider than the font's size: a short text fits unmeasured.
  if (text.length * size <= width || widthOf(doc, text, bold) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (widthOf(doc, `${text.slice(0, middle).trimEnd()}…`, bold) <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** Widths of the table cells already measured, per document (cell font: regular or bold). */
const measured = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

/**
 * The width of a cell's text in the cell font, measured once per document (decision record 0152):
 * pdfkit measures a standard font's text glyph by glyph with a kerning-pair lookup each, and a long
 * table repeats the same names, days and numbers thousands of times.
 */
function widthOf(doc: PDFKit.PDFDocument, text: string, bold: boolean): number {
  const widths = measured.get(doc) ?? new Map<string, number>();
  measured.set(doc, widths);
  const key = bold ? `b${text}` : `r${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const width = doc.widthOfString(text);
  widths.set(key, width);
  return width;
}

function drawLine(
  doc: PDFKit.PDFDocument,
  cells: string[],
  columns: PdfColumn[],
  widths: number[],
  bold: boolean,
) {
  const y = doc.y;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(CELL_SIZE);
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    // One line per row: a longer cell is cut with an ellipsis rather than pushing the row down.
    const room = widths[i]! - 4;
    const text = fitted(doc, plain(cell), room, CELL_SIZE, bold);
    const shift = columns[i]!.align === "right" ? room - widthOf(doc, text, bold) : 0;
    doc.text(text, x + 2 + shift, y, { lineBreak: false });
    x += widths[i]!;
  });
  doc.x = PAGE.margin;
  doc.y = y + ROW;
}

/** The heads may wrap on a few lines: a narrow number column keeps its whole label. */
function drawHeads(doc: PDFKit.PDFDocument, columns: PdfColumn[], widths: number[]) {
  const y = doc.y;
  doc.font("Helvetica-Bold").fontSize(8.5);
  let x = PAGE.margin;
  let height = ROW;
  columns.forEach((column, i) => {
    const options = { width: widths[i]! - 4, align: column.align } as const;
    doc.text(plain(column.label), x + 2, y, options);
    height = Math.max(height, doc.heightOfString(plain(column.label), options) + 3);
    x += widths[i]!;
  });
  doc.x = PAGE.margin;
  doc.y = y + height;
}

function rule(doc: PDFKit.PDFDocument) {
  doc
    .moveTo(PAGE.margin, doc.y - 2)
    .lineTo(PAGE.margin + CONTENT_WIDTH, doc.y - 2)
    .lineWidth(0.5)
    .stroke("#555555");
}

/** A table: its heads, its rows (a new page repeats the heads), then an optional bold total row. */
export function pdfTable(
  doc: PDFKit.PDFDocument,
  columns: PdfColumn[],
  rows: string[][],
  foot?: string[],
): void {
  const widths = widthsOf(columns);
  const heads = () => {
    drawHeads(doc, columns, widths);
    rule(doc);
  };
  if (doc.y + 3 * ROW > BOTTOM) doc.addPage();
  heads();
  for (const row of rows) {
    if (doc.y + ROW > BOTTOM) {
      doc.addPage();
      heads();
    }
    drawLine(doc, row, columns, widths, false);
  }
  if (foot) {
    if (doc.y + ROW > BOTTOM) doc.addPage();
    rule(doc);
    drawLine(doc, foot, columns, widths, true);
  }
  doc.moveDown(0.8);
}

/** A heading that never sits alone at the foot of a page. */
export function pdfHeading(doc: PDFKit.PDFDocument, title: string, size = 13): void {
  if (doc.y + 80 > BOTTOM) doc.addPage();
  doc.font("Helvetica-Bold").fontSize(size).fillColor("#000000").text(plain(title), PAGE.margin);
  doc.moveDown(0.3);
}
