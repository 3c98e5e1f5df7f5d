import PDFDocument from "pdfkit";
import { formatEuros, formatFteHundredths, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CONTENT_WIDTH, PAGE, pdfHeading, pdfTable, plain } from "../core/pdf-layout";
import type { Chart } from "./charts/chart-model";
import { drawChart } from "./charts/chart-pdf";
import type { ExportColumn, ExportContext, ExportTable, ExportValue } from "./export-sections";
import { exportTables } from "./export-sections";

const text = fr.reportExports.pdf;

/** A value as the page shows it: `1 234`, `1,5`, `31/12/2026`, a dash where a figure does not apply. */
export function shownValue(column: ExportColumn, value: ExportValue): string {
  if (value === null) return "—";
  if (column.kind === "count") return formatInteger(Number(value));
  if (column.kind === "fte") return formatFteHundredths(Number(value));
  if (column.kind === "euros") return formatEuros(Number(value));
  if (column.kind === "decimal") return formatFteHundredths(Math.round(Number(value) * 100));
  if (column.kind === "date") return formatDate(String(value));
  return String(value);
}

function drawTable(doc: PDFKit.PDFDocument, table: ExportTable): void {
  pdfHeading(doc, table.title, 11);
  if (table.rows.length === 0) {
    doc.font("Helvetica").fontSize(9).text(fr.reports.noneInPeriod);
    doc.moveDown(0.8);
    return;
  }
  const sums = table.columns.some((c) => c.sum);
  pdfTable(
    doc,
    table.columns.map((c) => ({
      label: c.label,
      align: c.kind === "text" ? "left" : "right",
      weight: c.weight ?? (c.kind === "text" ? 3 : c.kind === "date" ? 1.7 : 1.4),
    })),
    table.rows.map((row) => row.map((value, i) => shownValue(table.columns[i]!, value))),
    sums
      ? table.columns.map((c, i) =>
          i === 0
            ? fr.reports.total
            : c.sum
              ? shownValue(
                  c,
                  table.rows.reduce((sum, r) => sum + Number(r[i] ?? 0), 0),
                )
              : "",
        )
      : undefined,
  );
}

function cover(doc: PDFKit.PDFDocument, context: ExportContext, now: Date): void {
  const { report } = context;
  doc.moveDown(6);
  doc.font("Helvetica-Bold").fontSize(26).text(text.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  doc
    .fontSize(16)
    .text(plain(t(text.cover, { from: formatDate(report.period.from), to: formatDate(report.period.to) })));
  doc
    .font("Helvetica")
    .fontSize(14)
    .text(plain(t(text.scope, { scope: report.scope.name })));
  doc.moveDown(0.5);
  doc.fontSize(11).text(
    plain(
      t(text.previous, {
        from: formatDate(report.previous.period.from),
        to: formatDate(report.previous.period.to),
      }),
    ),
  );
  doc.moveDown(2);
  doc
    .fontSize(9)
    .fillColor("#444444")
    .text(plain(t(text.generated, { date: formatDate(now) })))
    .fillColor("#000000");
}

function definitions(doc: PDFKit.PDFDocument, context: ExportContext): void {
  doc.addPage();
  pdfHeading(doc, text.definitions);
  for (const d of context.report.definitions) {
    doc.font("Helvetica-Bold").fontSize(9.5).text(plain(d.label), { width: CONTENT_WIDTH });
    doc.font("Helvetica").fontSize(9).text(plain(d.definition), { width: CONTENT_WIDTH });
    doc.moveDown(0.4);
  }
}

const listed = new Set<ExportTable["id"]>(["launches", "planned"]);

/**
 * The report as a PDF a Fabrique sends to a funder: a cover with the period and the scope, the
 * figures, the charts, the launched activities with their territory and jobs, and the
 * definitions; every number from the same report as the page and the XLSX.
 */
export function reportToPdf(context: ExportContext, charts: Chart[], now: Date): Promise<Buffer> {
  const { report } = context;
  const title = plain(`${text.title} — ${report.scope.name}`);
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    info: { Title: title, Author: "Essaim", CreationDate: now },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  cover(doc, context, now);
  const tables = exportTables(context);
  doc.addPage();
  pdfHeading(doc, text.figures, 16);
  for (const table of tables.filter((tb) => !listed.has(tb.id))) drawTable(doc, table);
  for (const chart of charts) drawChart(doc, chart);
  doc.addPage();
  pdfHeading(doc, text.activities, 16);
  for (const table of tables.filter((tb) => listed.has(tb.id))) drawTable(doc, table);
  definitions(doc, context);
  doc.end();
  return done;
}
