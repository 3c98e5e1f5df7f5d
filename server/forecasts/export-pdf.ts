import PDFDocument from "pdfkit";
import { warningText } from "../../shared/i18n/forecast-warnings";
import { formatEuros, formatPercent } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { pdfBytes } from "../core/pdf-bytes";
import {
  type ForecastStatements,
  type IncomeStatementKey,
  operatingCharges,
  operatingProducts,
} from "./compute";
import type { Forecast } from "./forecast-access";

const text = fr.forecasts;
// The standard PDF fonts use WinAnsi: Intl's narrow no-break spaces become plain spaces.
const plain = (value: string) => value.replace(/[\u202f\u00a0]/g, " ");
const money = (cents: number) => plain(formatEuros(cents));

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN; // A4

function table(
  doc: PDFKit.PDFDocument,
  header: string[],
  rows: { cells: string[]; bold?: boolean }[],
  widths: number[],
  textColumns: readonly number[] = [0],
) {
  const draw = (cells: string[], bold: boolean) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    let x = MARGIN;
    let height = 0;
    cells.forEach((cell, i) => {
      const options = { width: widths[i]! - 4, align: textColumns.includes(i) ? "left" : "right" } as const;
      doc.text(cell, x, y, options);
      height = Math.max(height, doc.heightOfString(cell, options));
      x += widths[i]!;
    });
    doc.x = MARGIN;
    doc.y = y + height + 3;
  };
  draw(header, true);
  doc
    .moveTo(MARGIN, doc.y - 1)
    .lineTo(MARGIN + WIDTH, doc.y - 1)
    .lineWidth(0.5)
    .stroke("#555555");
  for (const row of rows) {
    if (doc.y > 780) doc.addPage();
    draw(row.cells, row.bold ?? false);
  }
  doc.moveDown(0.5);
}

/** Month-end cash as bars (vector shapes), the zero line and the low point labelled. */
function cashChart(doc: PDFKit.PDFDocument, statements: ForecastStatements) {
  const values = statements.cashPlan.cumulative;
  const height = 160;
  const top = doc.y + 10;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const zeroY = top + (max / span) * height;
  const barWidth = WIDTH / values.length;
  values.forEach((value, m) => {
    const y = top + ((max - Math.max(value, 0)) / span) * height;
    const h = (Math.abs(value) / span) * height;
    const isLow = m + 1 === statements.cashPlan.low.month;
    doc
      .rect(MARGIN + m * barWidth + 1, value >= 0 ? y : zeroY, barWidth - 2, Math.max(h, 0.5))
      .fill(isLow ? "#B00020" : value >= 0 ? "#2E6B4F" : "#C77700");
  });
  doc
    .moveTo(MARGIN, zeroY)
    .lineTo(MARGIN + WIDTH, zeroY)
    .lineWidth(0.7)
    .stroke("#000000");
  doc.fillColor("#000000").font("Helvetica").fontSize(8);
  for (const m of [0, 11, 23, 35]) {
    const label = t(text.monthN, { month: m + 1 });
    doc.text(label, MARGIN + m * barWidth - 10, top + height + 4, { width: 50, lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = top + height + 18;
  const low = statements.cashPlan.low;
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .text(
      plain(t(text.cashPlan.low, { amount: money(low.cents), month: t(text.monthN, { month: low.month }) })),
    );
  doc.moveDown(0.5);
}

function breakEvenLabel(statements: ForecastStatements): string {
  if (statements.empty) return text.nothingToCompute;
  const month = statements.breakEven.month;
  return month === null ? text.never : t(text.monthN, { month });
}

/** The initial financing plan: needs, resources, and the gap between them. */
function initialPlanTable(doc: PDFKit.PDFDocument, initial: ForecastStatements["financingPlan"]["initial"]) {
  const f = text.financingPlan;
  const r = initial.resources;
  heading(doc, f.initialTitle);
  table(
    doc,
    [f.needs, text.total, f.resources, text.total],
    [
      { cells: [f.investments, money(initial.needs.investments), f.equity, money(r.equity)] },
      { cells: [f.startingCash, money(initial.needs.startingCash), f.loans, money(r.loans)] },
      { cells: ["", "", f.honourLoans, money(r.honourLoans)] },
      { cells: ["", "", f.investmentGrants, money(r.investmentGrants)] },
      { cells: ["", "", f.openingCash, money(r.openingCash)] },
      {
        cells: [f.totalNeeds, money(initial.totalNeeds), f.totalResources, money(initial.totalResources)],
        bold: true,
      },
      { cells: ["", "", f.gap, money(initial.gap)], bold: true },
    ],
    [150, 80, 145, 80],
    [0, 2],
  );
}

const years = [1, 2, 3].map((year) => t(text.yearN, { year }));

function heading(doc: PDFKit.PDFDocument, title: string) {
  doc.font("Helvetica-Bold").fontSize(13).text(title);
  doc.moveDown(0.3);
}

/** Revenue, result, break-even threshold and jobs per year, the break-even month, and the warnings. */
function keyFigures(doc: PDFKit.PDFDocument, statements: ForecastStatements) {
  const is = statements.incomeStatement;
  heading(doc, text.pdf.keyFigures);
  table(
    doc,
    ["", ...years],
    [
      { cells: [text.incomeStatement.revenue, ...is.lines.revenue.map(money)] },
      { cells: [text.incomeStatement.result, ...is.result.map(money)], bold: true },
      {
        cells: [
          text.breakEven.threshold,
          ...statements.breakEven.years.map((y) =>
            y.breakEvenRevenue === null ? text.breakEven.unreachable : money(y.breakEvenRevenue),
          ),
        ],
      },
      {
        cells: [
          text.jobs.fte,
          ...statements.jobs.years.map((y) =>
            plain((y.ftePermille / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 2 })),
          ),
        ],
      },
    ],
    [215, 80, 80, 80],
  );
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(`${text.breakEven.month} : ${breakEvenLabel(statements)}`);
  doc.moveDown();
  if (statements.warnings.length) {
    doc.font("Helvetica-Bold").fontSize(11).text(text.warnings.title);
    doc.font("Helvetica").fontSize(9);
    for (const warning of statements.warnings) doc.text(`• ${plain(warningText(warning))}`);
    doc.moveDown();
  }
}

/** The income statement over three years, subtotals in bold. */
function incomeStatementTable(doc: PDFKit.PDFDocument, is: ForecastStatements["incomeStatement"]) {
  heading(doc, text.incomeStatement.title);
  const line = (key: IncomeStatementKey) => ({
    cells: [text.incomeStatement[key], ...is.lines[key].map(money)],
  });
  table(
    doc,
    ["", ...years],
    [
      ...operatingProducts.map(line),
      { cells: [text.incomeStatement.operatingProducts, ...is.operatingProducts.map(money)], bold: true },
      ...operatingCharges.map(line),
      { cells: [text.incomeStatement.operatingCharges, ...is.operatingCharges.map(money)], bold: true },
      { cells: [text.incomeStatement.operatingResult, ...is.operatingResult.map(money)], bold: true },
      line("financialCharges"),
      line("investmentGrantShare"),
      { cells: [text.incomeStatement.result, ...is.result.map(money)], bold: true },
      { cells: [text.incomeStatement.volunteering, ...is.volunteering.map(money)] },
      { cells: [text.incomeStatement.inKind, ...is.inKind.map(money)] },
    ],
    [215, 80, 80, 80],
  );
}

/** Where the resources come from (market, public, private non-market, volunteering), and the cross-subsidies. */
function resourcesTables(doc: PDFKit.PDFDocument, statements: ForecastStatements) {
  heading(doc, text.resourceMix.title);
  const mix = statements.resourceMix;
  table(
    doc,
    ["", text.total, text.resourceMix.share],
    (["market", "public", "privateNonMarket", "volunteering"] as const).map((kind) => ({
      cells: [
        text.resourceMix[kind],
        money(mix.total[kind]),
        plain(formatPercent(mix.sharesBp[kind] / 10_000)),
      ],
    })),
    [255, 110, 90],
  );
  if (!statements.crossSubsidies.length) return;
  heading(doc, text.crossSubsidies.title);
  table(
    doc,
    [text.crossSubsidies.to, ...years],
    statements.crossSubsidies.map((c) => ({
      cells: [`${c.to} (${c.from})`, ...c.assigned.map(money)],
    })),
    [215, 80, 80, 80],
  );
}

/** A copil-ready summary: key figures, income statement, cash-plan chart, financing and resources. */
export function forecastToPdf(
  forecast: Pick<Forecast, "name">,
  initiativeTitle: string,
  statements: ForecastStatements,
  today: Date,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: plain(t(text.pdf.title, { name: forecast.name })), Author: "Essaim", CreationDate: today },
  });
  const done = pdfBytes(doc);
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text(plain(t(text.pdf.title, { name: forecast.name })));
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(plain(t(text.pdf.subtitle, { initiative: initiativeTitle })));
  doc.fontSize(9).fillColor("#444444").text(text.vatNotice).fillColor("#000000");
  doc.moveDown();
  keyFigures(doc, statements);
  incomeStatementTable(doc, statements.incomeStatement);
  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(13).text(text.cashPlan.chartTitle);
  cashChart(doc, statements);
  initialPlanTable(doc, statements.financingPlan.initial);
  resourcesTables(doc, statements);
  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor("#444444")
    .text(plain(t(text.pdf.generated, { date: formatDate(today) })));
  doc.end();
  return done;
}
