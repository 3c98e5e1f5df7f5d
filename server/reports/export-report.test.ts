import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFteHundredths, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import { followUp, forecast, initiative, studyVersion } from "../db/schema";
import { pdfText } from "../forecasts/pdf-text";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { exportReport, type ReportExportFormat } from "./export-report";
import type { Report } from "./get-report";
import { insertReportInitiative, insertReportOutcome } from "./report-fixtures";
import { buildWorld, reportOf, type World, year2026 } from "./report-world-fixtures";

const sheets = fr.reportExports.sheets;
const hostile = '=HYPERLINK("https://evil.example";"cliquez")';

async function workbookOf(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows below its title and heads, as plain values (a formula cell as its cached result). */
function bodyOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n <= 2) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      values.map((v) => (v && typeof v === "object" && "formula" in v && "result" in v ? v.result : v)),
    );
  });
  return rows;
}

/** A follow-up recorded and a retained forecast with a grant, a loan and volunteering. */
async function followUpsAndMoney(deps: TestDeps): Promise<void> {
  const idOf = async (title: string) =>
    (await deps.db.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, title)))[0]!.id;
  await deps.db.insert(followUp).values({
    initiativeId: await idOf("Épicerie sociale"),
    milestoneMonths: 6,
    measuredOn: "2026-03-05",
    jobsFteHundredths: 250,
    beneficiaries: 40,
  });
  const initiativeId = await idOf("Conciergerie des Hauts de Rouen");
  const settings = { startYear: 2026, startMonth: 1, openingCashCents: 0, assumptions: "" };
  const revenues = [
    { kind: "grant", id: "g", label: "Subvention", funder: "Ville de Rouen", funderKind: "public" },
    { kind: "volunteering", id: "b", label: "Bénévoles", monthlyValueCents: 30_000, startMonth: 1 },
  ].map((r) => ({ ...r, status: "agreed", amountCents: 2_000_000, endMonth: 12, paymentMonths: [] }));
  const financing = [{ kind: "loan", id: "pret", label: "Prêt", amountCents: 1_000_000, month: 1 }];
  const [row] = await deps.db
    .insert(forecast)
    .values({ initiativeId, name: "Scénario", inputs: { settings, revenues, financing } })
    .returning();
  await deps.db.insert(studyVersion).values({ initiativeId, version: 1, sections: {}, forecastId: row!.id });
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("a report's XLSX and PDF", () => {
  let deps: TestDeps;
  let world: World;
  let network: Report;
  const exported = async (actor: Actor, input: Record<string, unknown>, format: ReportExportFormat) => {
    const result = await exportReport(deps, actor, input, format);
    if (!result.ok) throw new Error(`export refused: ${result.error}`);
    return result.value;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
    // An activity whose name a spreadsheet would take for a formula.
    const fabriqueB = (await reportOf(deps, world.animator, { ...year2026, scope: "fabrique:rpt-b" }))
      .byFabrique[0]!;
    const risky = await insertReportInitiative(deps.db, {
      fabriqueId: fabriqueB.fabriqueId,
      title: "Tiers-lieu",
      createdAt: "2026-02-01T09:00:00Z",
      moves: [{ at: "2026-03-01T09:00:00Z", to: "launch" }],
    });
    await insertReportOutcome(deps.db, {
      initiativeId: risky.id,
      kind: "new_organisation",
      activityName: hostile,
      openedOn: "2026-08-15",
      jobsFteHundredths: 35,
    });
    await followUpsAndMoney(deps);
    network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
  });
  afterAll(async () => deps.close());

  it("writes the summary, each breakdown on its sheet, with the report's own numbers and the definitions last", async () => {
    const file = await exported(world.animator, { ...year2026, scope: "network" }, "xlsx");
    expect(file.fileName).toBe("rapport-2026-01-01-2026-12-31-network.xlsx");
    const workbook = await workbookOf(file.file);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.at(-1)).toBe(sheets.definitions);
    expect(names).toEqual(
      expect.arrayContaining([sheets.totals, sheets.stages, sheets.launches, sheets.byFabrique]),
    );
    const totals = bodyOf(workbook.getWorksheet(sheets.totals)!);
    const t = network.totals;
    const p = network.previous.totals;
    expect(totals.map((r) => r.slice(1))).toEqual([
      [t.signalsReceived, p.signalsReceived],
      [t.initiativesCreated, p.initiativesCreated],
      [t.abandonments, p.abandonments],
      [t.launches, p.launches],
      [t.planned, p.planned],
    ]);
    const stages = bodyOf(workbook.getWorksheet(sheets.stages)!);
    expect(stages.slice(0, -1).map((r) => r[1])).toEqual(network.pipeline.stages.map((s) => s.atEnd));
    const definitions = bodyOf(workbook.getWorksheet(sheets.definitions)!).map((r) => r[0]);
    for (const d of network.definitions) expect(definitions).toContain(d.label);
  });

  it("lists the launched activities with their territory and jobs, totals as live SUM formulas", async () => {
    const workbook = await workbookOf(
      (await exported(world.animator, { ...year2026, scope: "network" }, "xlsx")).file,
    );
    const sheet = workbook.getWorksheet(sheets.launches)!;
    const rows = bodyOf(sheet);
    const launched = network.launches.launched;
    expect(rows.slice(0, -1).map((r) => [r[0], r[7]])).toEqual(
      launched.map((a) => [
        a.activityName.startsWith("=") ? `'${a.activityName}` : a.activityName,
        a.jobsFteHundredths / 100,
      ]),
    );
    // Every activity of the hand-laid network is in Rouen (commune 76540), Normandie.
    expect(rows.slice(0, -1).every((r) => String(r[3]).startsWith("Rouen") && r[4] === "Normandie")).toBe(
      true,
    );
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(8).formula).toBe(`SUM(H3:H${launched.length + 2})`);
    expect(total.getCell(8).result).toBe(network.launches.jobs.jobsFteHundredths / 100);
    const byFabrique = workbook.getWorksheet(sheets.byFabrique)!;
    const last = byFabrique.getRow(byFabrique.rowCount);
    expect(last.getCell(5).formula).toMatch(/^SUM\(E3:E\d+\)$/);
    expect(last.getCell(5).result).toBe(network.totals.launches);
  });

  it("carries the time per stage, the dormant, the follow-ups, the replications, the money and the régions of the page", async () => {
    const workbook = await workbookOf(
      (await exported(world.animator, { ...year2026, scope: "network" }, "xlsx")).file,
    );
    const more = fr.reports.more;
    /** A sheet's rows, without its total row when it has one. */
    const rowsOf = (sheet: keyof typeof sheets, total: boolean) => {
      const rows = bodyOf(workbook.getWorksheet(sheets[sheet])!);
      return total ? rows.slice(0, -1) : rows;
    };
    const n = network;
    const ended = n.pipeline.stages.filter((s) => s.staysEnded > 0);
    expect(ended.length).toBeGreaterThan(0);
    expect(rowsOf("stageTime", true)).toEqual(
      ended.map((s) => [fr.initiatives.stages[s.stage], s.staysEnded, s.medianDays]),
    );
    expect(rowsOf("dormant", false)).toEqual(
      n.pipeline.dormant.initiatives.map((d) => [
        `${d.title} (${d.reference})`,
        d.fabriqueName,
        fr.initiatives.stages[d.stage],
        day(d.lastNewsOn),
      ]),
    );
    expect(rowsOf("followUps", true)).toEqual(
      n.followUps.milestones.map((m) => [
        t(more.months, { months: m.months }),
        m.due,
        m.recorded,
        m.overdue,
        m.stillRunning,
        m.announced.jobsFteHundredths / 100,
        m.measured.jobsFteHundredths / 100,
        m.beneficiaries,
      ]),
    );
    expect(n.followUps.milestones[0]!.recorded).toBe(1);
    expect(n.followUps.overdue.length).toBeGreaterThan(0);
    expect(rowsOf("overdueFollowUps", false)).toEqual(
      n.followUps.overdue.map((o) => [
        `${o.title} (${o.reference})`,
        o.fabriqueName,
        t(more.months, { months: o.months }),
        day(o.dueOn),
      ]),
    );
    const r = n.replications;
    expect(rowsOf("replicationShare", false)).toEqual([
      [
        r.replications,
        r.newModels,
        r.replicationSharePercent,
        n.previous.replications.replicationSharePercent,
      ],
    ]);
    expect(rowsOf("replicationsByModel", true)).toEqual(
      r.byModel.map((m) => [m.modelTitle ?? more.noModel, m.count]),
    );
    const m = n.money;
    expect(m.volunteeringCents).toBeGreaterThan(0);
    expect(rowsOf("money", false)).toEqual([[m.activitiesWithForecast, m.volunteeringCents / 100]]);
    expect(rowsOf("grantsByFunder", true)).toEqual(
      m.grantsByFunder.map((g) => [g.funder || more.unnamedFunder, g.amountCents / 100]),
    );
    expect(rowsOf("financing", true)).toEqual(
      m.financingByKind.map((f) => [more.financingKinds[f.key], f.amountCents / 100]),
    );
    expect(rowsOf("byProgramme", true)).toEqual(
      m.byProgramme.map((p) => [p.name, p.funderName ?? "—", p.activities, p.grantsCents / 100]),
    );
    const before = new Map(n.previous.byRegion.map((x) => [x.regionCode, x]));
    expect(rowsOf("byRegion", true)).toEqual(
      n.byRegion.map((x) => {
        const p = before.get(x.regionCode);
        return [
          x.name ?? more.noRegion,
          x.signalsReceived,
          p?.signalsReceived ?? 0,
          x.initiativesCreated,
          p?.initiativesCreated ?? 0,
          x.abandonments,
          p?.abandonments ?? 0,
          x.launches,
          p?.launches ?? 0,
          x.jobsFteHundredths / 100,
          (p?.jobsFteHundredths ?? 0) / 100,
        ];
      }),
    );
    const regions = workbook.getWorksheet(sheets.byRegion)!;
    expect(regions.getRow(regions.rowCount).getCell(8).result).toBe(n.totals.launches);
  });

  it("never writes a formula out of what a user typed", async () => {
    const workbook = await workbookOf(
      (await exported(world.animator, { ...year2026, scope: "network" }, "xlsx")).file,
    );
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            expect(cell.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$|^0$/);
        }),
      ),
    );
    const names = bodyOf(workbook.getWorksheet(sheets.launches)!).map((r) => r[0]);
    expect(names).toContain(`'${hostile}`);
  });

  it("writes a PDF with the period, the scope, the figures and every launched activity", async () => {
    const file = await exported(world.animator, { ...year2026, scope: "network" }, "pdf");
    expect(file.contentType).toBe("application/pdf");
    expect(file.file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(file.file);
    expect(text).toContain(`Du ${formatDate("2026-01-01")} au ${formatDate("2026-12-31")}`);
    expect(text).toContain(fr.reports.scopes.network);
    // A long name is cut with an ellipsis to keep one line per activity.
    for (const a of network.launches.launched) expect(text).toContain(a.activityName.slice(0, 18));
    expect(text).toContain(formatFteHundredths(network.launches.jobs.jobsFteHundredths));
    expect(text).toContain(fr.reportExports.charts.funnel.title);
    expect(text).toContain(formatInteger(network.totals.signalsReceived ?? 0));
    expect(text).toContain(fr.reports.figures.stageTime.label);
    expect(text).toContain(fr.reports.more.overdueList);
    expect(text).toContain(fr.reports.figures.byRegion.label);
  });

  it("gives a funder the exports of its programme only, and 404 for another's", async () => {
    const own = await exportReport(
      deps,
      world.funderP1,
      { ...year2026, scope: `programme:${world.p1}` },
      "pdf",
    );
    expect(own.ok).toBe(true);
    const text = own.ok ? pdfText(own.value.file) : "";
    expect(text).toContain("Conciergerie solidaire");
    expect(text).not.toContain("VERT'uOSE du Haut-Doubs");
    for (const format of ["xlsx", "pdf"] as const) {
      const other = await exportReport(
        deps,
        world.funderP1,
        { ...year2026, scope: `programme:${world.p2}` },
        format,
      );
      expect(other).toMatchObject({ ok: false, error: "NOT_FOUND" });
      const network = await exportReport(deps, world.funderP1, { ...year2026, scope: "network" }, format);
      expect(network).toMatchObject({ ok: false, error: "NOT_FOUND" });
    }
    const workbook = await workbookOf(
      (await exported(world.funderP1, { ...year2026, scope: `programme:${world.p1}` }, "xlsx")).file,
    );
    // No programme covers a signal: no signal sheet.
    expect(workbook.getWorksheet(sheets.signalsByKind)).toBeUndefined();
    const names = bodyOf(workbook.getWorksheet(sheets.launches)!).map((r) => r[0]);
    expect(names).not.toContain("VERT'uOSE du Haut-Doubs");
  });

  it("refuses a wrong period as the report does", async () => {
    const result = await exportReport(deps, world.animator, { from: "2026-12-31", to: "2026-01-01" }, "xlsx");
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fields: { to: expect.any(String) } });
  });
});
