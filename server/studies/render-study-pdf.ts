import PDFDocument from "pdfkit";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { pdfBytes } from "../core/pdf-bytes";
import { toWinAnsi } from "./study-pdf-text";
import { type StudySectionCode, studySectionCodes } from "./study-sections";

export type StudyPdfInput = {
  initiativeTitle: string;
  reference: string;
  fabriqueName: string;
  territoryName: string;
  version: number;
  status: "draft" | "final";
  savedAt: Date;
  printedAt: Date;
  forecastName: string | null;
  sections: Record<StudySectionCode, string>;
};

const text = fr.studies;
const MARGIN = 56;

/**
 * The study as a document a steering committee reads on paper: a title block (initiative,
 * Fabrique, territory, version, date), each section under its title, page numbers in the footer.
 */
export function renderStudyPdf(input: StudyPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "fr-FR",
    displayTitle: true,
    info: {
      Title: toWinAnsi(`${text.study.title} — ${input.initiativeTitle}`),
      Author: toWinAnsi(input.fabriqueName),
      Subject: toWinAnsi(input.reference),
      CreationDate: input.printedAt,
    },
  });
  const done = pdfBytes(doc);
  titleBlock(doc, input);
  sections(doc, input.sections);
  pageFooters(doc, input.reference);
  doc.end();
  return done;
}

const w = (value: string) => toWinAnsi(value);

/** The initiative, Fabrique, territory, version and dates, above the first section. */
function titleBlock(doc: PDFKit.PDFDocument, input: StudyPdfInput) {
  doc.font("Helvetica").fontSize(10).fillColor("#444444").text(w(input.reference));
  doc.moveDown(0.3);
  doc.font("Helvetica-Bold").fontSize(20).fillColor("#000000").text(w(text.study.title));
  doc.font("Helvetica-Bold").fontSize(15).text(w(input.initiativeTitle));
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(11);
  doc.text(w(t(text.study.pdfFabrique, { name: input.fabriqueName })));
  doc.text(w(t(text.study.pdfTerritory, { name: input.territoryName })));
  doc.text(
    w(
      t(text.study.currentNoAuthor, {
        version: input.version,
        status: text.study.statuses[input.status],
        date: formatDate(input.savedAt),
      }),
    ),
  );
  doc.text(
    w(
      t(text.study.printed, {
        version: input.version,
        status: text.study.statuses[input.status],
        date: formatDate(input.printedAt),
      }),
    ),
  );
  if (input.forecastName) doc.text(w(t(text.study.pdfForecast, { name: input.forecastName })));
  doc.moveDown(1);
}

/** Each section under its numbered title; an empty one says so. */
function sections(doc: PDFKit.PDFDocument, bodies: StudyPdfInput["sections"]) {
  studySectionCodes.forEach((code, index) => {
    const body = bodies[code];
    doc
      .font("Helvetica-Bold")
      .fontSize(13)
      .fillColor("#000000")
      .text(w(`${index + 1}. ${text.sections[code].title}`));
    doc.moveDown(0.3);
    doc
      .font(body ? "Helvetica" : "Helvetica-Oblique")
      .fontSize(11)
      .fillColor(body ? "#000000" : "#555555")
      .text(w(body || text.study.emptySection), { align: "left", paragraphGap: 4 });
    doc.moveDown(0.8);
  });
}

/** "reference — page n of N" at the foot of every page. */
function pageFooters(doc: PDFKit.PDFDocument, reference: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would open a new page: lift the margin for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#444444")
      .text(
        w(`${reference} — ${t(text.study.pdfPage, { page: i - range.start + 1, pages: range.count })}`),
        MARGIN,
        doc.page.height - MARGIN / 2 - 6,
        { width: doc.page.width - 2 * MARGIN, align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}
