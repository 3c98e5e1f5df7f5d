import { CONTENT_WIDTH, PAGE, pdfHeading, pdfTable, plain } from "../../core/pdf-layout";
import type { Chart, ChartMark } from "./chart-model";

type Frame = { left: number; top: number; k: number; chart: Chart };

function drawMark(doc: PDFKit.PDFDocument, mark: ChartMark, { left, top, k, chart }: Frame) {
  const x = (value: number) => left + (value - chart.viewBox.x) * k;
  const y = (value: number) => top + (value - chart.viewBox.y) * k;
  switch (mark.kind) {
    case "rect":
      if (mark.width > 0 && mark.height > 0)
        doc.rect(x(mark.x), y(mark.y), mark.width * k, mark.height * k).fill(mark.fill);
      return;
    case "line":
      doc.moveTo(x(mark.x1), y(mark.y1)).lineTo(x(mark.x2), y(mark.y2)).lineWidth(0.7).stroke(mark.stroke);
      return;
    case "text": {
      const size = Math.max(7, mark.size * k);
      const words = plain(mark.text);
      doc
        .font(mark.bold ? "Helvetica-Bold" : "Helvetica")
        .fontSize(size)
        .fillColor("#1a1a1a");
      const width = doc.widthOfString(words);
      const shift = mark.anchor === "middle" ? width / 2 : mark.anchor === "end" ? width : 0;
      doc.text(words, x(mark.x) - shift, y(mark.y) - size * 0.55, { lineBreak: false });
      return;
    }
    case "shape":
      doc.save();
      doc.translate(left - chart.viewBox.x * k, top - chart.viewBox.y * k).scale(k);
      for (const d of mark.paths) doc.path(d);
      doc
        .lineWidth(0.5 / k)
        .fillColor(mark.fill)
        .strokeColor("#6b6b6b")
        .fillAndStroke(mark.fill, "#6b6b6b");
      doc.restore();
      return;
  }
}

/**
 * A chart on its own page of the PDF: its title, the picture drawn with the same marks as the
 * page's SVG, its description, legend and notes, then the table of its figures.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: Chart): void {
  doc.addPage();
  pdfHeading(doc, chart.title);
  const maxHeight = chart.id === "map" ? 360 : 260;
  const k = Math.min((CONTENT_WIDTH * 0.7) / chart.viewBox.width, maxHeight / chart.viewBox.height);
  const frame = { left: PAGE.margin, top: doc.y + 4, k, chart };
  for (const mark of chart.marks) drawMark(doc, mark, frame);
  doc.fillColor("#000000");
  doc.x = PAGE.margin;
  doc.y = frame.top + chart.viewBox.height * k + 10;
  doc.font("Helvetica").fontSize(8.5).text(plain(chart.description), { width: CONTENT_WIDTH });
  for (const entry of chart.legend) {
    const y = doc.y + 2;
    doc.rect(PAGE.margin, y, 9, 9).fillAndStroke(entry.color, "#6b6b6b");
    doc.fillColor("#000000").text(plain(entry.label), PAGE.margin + 14, y, { lineBreak: false });
    doc.x = PAGE.margin;
    doc.y = y + 12;
  }
  for (const note of chart.notes) doc.text(plain(note), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  const { heads, rows, foot } = chart.table;
  pdfTable(
    doc,
    heads.map((h) => ({ label: h.label, align: h.num ? "right" : "left", weight: h.num ? 1 : 3 })),
    rows.map((r) => r.cells.map((c) => c.value)),
    foot?.map((c) => c.value),
  );
}
