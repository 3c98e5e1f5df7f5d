import PDFDocument from "pdfkit";
import { formatFteHundredths, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { pdfBytes } from "../core/pdf-bytes";
import { CONTENT_WIDTH, PAGE, pdfHeading, pdfTable, plain } from "../core/pdf-layout";
import { type JuryExport, juryOrder } from "./export-call-data";

const text = fr.callExports;

/** A mark as the page shows it, one decimal at most: `72,5`; a dash where there is none. */
const shown = (value: number | null) => (value === null ? "—" : formatFteHundredths(Math.round(value * 100)));

function paragraph(doc: PDFKit.PDFDocument, value: string, size = 10, bold = false) {
  doc
    .font(bold ? "Helvetica-Bold" : "Helvetica")
    .fontSize(size)
    .text(plain(value), PAGE.margin, undefined, { width: CONTENT_WIDTH });
}

function cover(doc: PDFKit.PDFDocument, data: JuryExport, now: Date) {
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(plain(`${text.pdf.title} — ${data.call.title}`), { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  paragraph(doc, t(text.pdf.initiative, { title: data.initiativeTitle }), 12);
  paragraph(doc, t(text.heading, { title: data.call.title, deadline: formatDateTime(data.call.deadlineAt) }));
  paragraph(doc, t(text.pdf.jurors, { count: formatInteger(data.table.jurorCount) }));
  doc.fillColor("#444444");
  paragraph(doc, t(text.generated, { date: formatDate(now) }), 9);
  paragraph(doc, text.conflictNote, 9);
  doc.fillColor("#000000").moveDown(0.8);
}

function grid(doc: PDFKit.PDFDocument, data: JuryExport) {
  const c = text.columns;
  pdfHeading(doc, text.pdf.grid, 12);
  pdfTable(
    doc,
    [
      { label: c.criterion, align: "left", weight: 5 },
      { label: c.weight, align: "right", weight: 1 },
      { label: c.scaleMax, align: "right", weight: 1 },
    ],
    data.table.criteria.map((k) => [k.label, formatInteger(k.weight), `0 – ${formatInteger(k.scaleMax)}`]),
  );
}

function table(doc: PDFKit.PDFDocument, data: JuryExport) {
  const c = text.columns;
  pdfHeading(doc, text.pdf.table, 12);
  const rows = juryOrder(data);
  if (!rows.length) {
    paragraph(doc, text.pdf.none);
    doc.moveDown(0.8);
    return;
  }
  const { criteria } = data.table;
  pdfTable(
    doc,
    [
      { label: c.rank, align: "right", weight: 0.8 },
      { label: c.name, align: "left", weight: 3 },
      { label: c.reviewCount, align: "right", weight: 0.9 },
      { label: c.mean, align: "right", weight: 1.1 },
      { label: c.spread, align: "right", weight: 1 },
      ...criteria.map((k) => ({
        label: t(c.criterionMean, { label: k.label, max: String(k.scaleMax) }),
        align: "right" as const,
        weight: 1.2,
      })),
      { label: c.outcome, align: "left", weight: 1.8 },
    ],
    rows.map((r) => [
      r.proposedRank === null ? "" : formatInteger(r.proposedRank),
      r.name,
      ...(r.figuresVisible
        ? [formatInteger(r.reviewCount), shown(r.mean), shown(r.spread), ...r.perCriterion.map(shown)]
        : [text.hidden, text.hidden, text.hidden, ...criteria.map(() => text.hidden)]),
      r.outcome ? fr.calls.outcomes[r.outcome] : "",
    ]),
  );
}

function decisionRecord(doc: PDFKit.PDFDocument, data: JuryExport) {
  pdfHeading(doc, text.pdf.decision, 12);
  if (!data.decision) {
    paragraph(doc, text.pdf.noDecision);
    return;
  }
  const d = data.decision;
  paragraph(doc, t(text.pdf.decidedOn, { date: formatDate(d.decidedOn), by: d.decidedBy }), 10, true);
  for (const r of juryOrder(data).filter((row) => row.outcome)) {
    paragraph(doc, `${r.name} : ${fr.calls.outcomes[r.outcome!]}`);
  }
  doc.moveDown(0.3);
  paragraph(doc, t(text.pdf.rationale, { text: d.rationale }));
}

function definitions(doc: PDFKit.PDFDocument) {
  doc.moveDown(1);
  pdfHeading(doc, text.pdf.definitions, 12);
  const d = text.definitions;
  const c = text.columns;
  for (const [term, definition] of [
    [c.reviewCount, d.reviewCount],
    [text.sheets.marks, d.mark],
    [c.mean, d.mean],
    [c.spread, d.spread],
    [c.criterion, d.criterionMean],
    [text.hidden, d.hidden],
    [c.rank, d.rank],
  ] as const) {
    paragraph(doc, term, 9.5, true);
    paragraph(doc, definition, 9);
    doc.moveDown(0.3);
  }
}

/**
 * The jury's table for the copil's file: the call, the grid, every application the reader may see
 * with its reviews, mean, spread and per-criterion means (the same figures as the page and the
 * workbook), the decision once recorded, and the definitions. Jurors' individual marks stay in
 * the team's workbook.
 */
export function juryToPdf(data: JuryExport, now: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    info: { Title: plain(`${text.pdf.title} — ${data.call.title}`), Author: "Essaim", CreationDate: now },
  });
  const done = pdfBytes(doc);
  cover(doc, data, now);
  grid(doc, data);
  table(doc, data);
  decisionRecord(doc, data);
  definitions(doc);
  doc.end();
  return done;
}
