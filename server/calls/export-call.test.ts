import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n/fr";
import { fixedClock } from "../core/clock";
import { pdfText } from "../forecasts/pdf-text";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall, updateApplication } from "./apply-to-call";
import { attachFile } from "./attach-file";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { decideCall } from "./decide-call";
import { declareConflict } from "./declare-conflict";
import { type CallExportFile, exportCall } from "./export-call";
import { getJuryTable } from "./get-jury-table";
import { getPublicCall } from "./public-calls";
import { publishCall } from "./publish-call";
import { reviewApplication } from "./review-application";
import { createCall } from "./save-call";

const pdf = Buffer.from("%PDF-1.7\n");
const text = fr.callExports;

async function workbookOf(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values (a formula cell as `{ formula, result }`). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/**
 * The exports of the Pontarlier call, read back from the files: the applications' workbook, the
 * jury's workbook and the copil's PDF, for the team only, without the applications the reader
 * declared a conflict on, and with nothing an applicant typed taken for a formula.
 */
describe("the exports of a call for carriers", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createCallWorld>>;
  let callId: string;
  const ids: Record<string, string> = {};

  const exported = (actor: typeof world.officer | null, file: CallExportFile, initiativeId?: string) =>
    exportCall(deps, actor, initiativeId ?? world.initiative.id, callId, file);

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createCallWorld(deps.db);
    const created = await createCall(deps, world.officer, world.initiative.id, restaurantCallInput());
    if (!created.ok) throw new Error("call not created");
    callId = created.value.id;
    await publishCall(deps, world.officer, callId);
    const shown = await getPublicCall(deps, callId);
    if (!shown.ok) throw new Error("not public");
    const [project, jobs, start, accounts] = shown.value.questions;
    for (const [key, siren, name, contact, jobCount] of [
      ["solivers", "775670417", "EA Solivers", "Sophie Solivers", "6"],
      ["adapei", "412345670", "Adapei du Doubs", "Direction", "4,5"],
      ["hostile", "382123453", '=HYPERLINK("http://evil.test","clic")', "@SUM(1+1)", "2"],
    ] as const) {
      const values = {
        siren,
        name,
        legalForm: "association",
        postcode: "25300",
        contactName: contact,
        contactEmail: `${siren}@exemple.test`,
        consent: true,
        answers: {
          [project!.id]: key === "hostile" ? "+cmd|' /C calc'!A0" : `Le projet de ${name}.`,
          [jobs!.id]: jobCount,
          [start!.id]: "Oui",
        },
      };
      const applied = await applyToCall(deps, callId, values);
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      await attachFile(deps, applied.value.token, accounts!.id, pdf);
      const submitted = await updateApplication(deps, applied.value.token, { ...values, submit: true });
      if (!submitted.ok) throw new Error(JSON.stringify(submitted));
      ids[key] = applied.value.id;
    }
    await declareConflict(deps, world.colleague, ids.adapei!);
    deps.clock = fixedClock("2026-12-16T09:00:00Z");
    const table = await getJuryTable(deps, world.officer, callId);
    if (!table.ok) throw new Error("no table");
    const [solid, local] = table.value.criteria.map((c) => c.id) as [string, string];
    const score = (actor: typeof world.officer, id: string, a: number, b: number) =>
      reviewApplication(deps, actor, id, { scores: { [solid]: a, [local]: b }, submit: true });
    await score(world.officer, ids.solivers!, 5, 4);
    await score(world.colleague, ids.solivers!, 4, 5);
    await score(world.franceActive, ids.solivers!, 5, 5);
    await score(world.officer, ids.adapei!, 4, 4);
    await score(world.franceActive, ids.adapei!, 3, 2);
  });
  afterAll(async () => deps.close());

  it("the applications' workbook lists each application with its answers, a live count and the numbers' total", async () => {
    const result = await exported(world.officer, "candidatures.xlsx");
    if (!result.ok) throw new Error("no export");
    expect(result.value.fileName).toBe(
      "candidatures-appel-a-candidatures-restaurant-inclusif-de-pontarlier.xlsx",
    );
    const workbook = await workbookOf(result.value.file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      text.sheets.applications,
      text.sheets.definitions,
    ]);
    const rows = rowsOf(workbook.getWorksheet(text.sheets.applications));
    expect(rows[1]!.slice(0, 3)).toEqual([text.columns.name, text.columns.siren, text.columns.legalForm]);
    const solivers = rows.find((r) => r[0] === "EA Solivers")!;
    expect(solivers).toContain("Le projet de EA Solivers.");
    expect(solivers).toContain(6);
    expect(solivers).toContain("piece-4.pdf");
    expect(solivers[1]).toBe("775670417");
    expect(rows.find((r) => r[0] === "Adapei du Doubs")).toContain(4.5);
    const total = rows.at(-1)!;
    expect(total[0]).toBe(text.count);
    expect(total[1]).toMatchObject({ formula: "COUNTA(A3:A5)", result: 3 });
    expect(total).toContainEqual({ formula: "SUM(M3:M5)", result: 12.5 });
  });

  it("nothing an applicant typed opens as a formula", async () => {
    const result = await exported(world.officer, "candidatures.xlsx");
    const rows = rowsOf((await workbookOf(result.ok ? result.value.file : Buffer.alloc(0))).worksheets[0]);
    const hostile = rows.find((r) => String(r[0]).includes("HYPERLINK"))!;
    expect(hostile[0]).toBe('\'=HYPERLINK("http://evil.test","clic")');
    expect(hostile[5]).toBe("'@SUM(1+1)");
    expect(hostile).toContain("'+cmd|' /C calc'!A0");
    for (const cell of rows.flat()) {
      if (typeof cell === "object" && cell && "formula" in cell) {
        expect(String((cell as { formula: string }).formula)).toMatch(/^(COUNTA|SUM)\(/);
      }
    }
  });

  it("the jury's workbook holds the table, each juror's mark, the grid and the definitions, with live means", async () => {
    const result = await exported(world.officer, "jury.xlsx");
    if (!result.ok) throw new Error("no export");
    const workbook = await workbookOf(result.value.file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      text.sheets.table,
      text.sheets.marks,
      text.sheets.grid,
      text.sheets.definitions,
    ]);
    const table = rowsOf(workbook.getWorksheet(text.sheets.table));
    // Solivers: marks 95, 85 and 100 → mean 93.3, spread 15; first by mean.
    const first = table[2]!;
    expect(first[1]).toBe("EA Solivers");
    const range = `'${text.sheets.marks}'!B3:D3`;
    expect(first[2]).toEqual({ formula: `COUNT(${range})`, result: 3 });
    expect(first[3]).toEqual({
      formula: `IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),1))`,
      result: 93.3,
    });
    expect(first[4]).toEqual({
      formula: `IF(COUNT(${range})=0,"",ROUND(MAX(${range})-MIN(${range}),1))`,
      result: 15,
    });
    expect(first.slice(5, 7)).toEqual([4.7, 4.7]);
    const marks = rowsOf(workbook.getWorksheet(text.sheets.marks));
    expect(marks[1]).toEqual([text.columns.name, "Claire Chargée", "Fanny France Active", "Karim Collègue"]);
    expect(marks[2]).toEqual(["EA Solivers", 95, 100, 85]);
    const grid = rowsOf(workbook.getWorksheet(text.sheets.grid));
    expect(grid.at(-1)).toEqual([text.total, { formula: "SUM(B3:B4)", result: 4 }]);
  });

  it("a team member never finds in a file the application they declared a conflict on", async () => {
    for (const file of ["candidatures.xlsx", "jury.xlsx"] as const) {
      const result = await exported(world.colleague, file);
      if (!result.ok) throw new Error("no export");
      const workbook = await workbookOf(result.value.file);
      const cells = workbook.worksheets.flatMap((s) => rowsOf(s)).flat();
      expect(cells).not.toContain("Adapei du Doubs");
      expect(cells).toContain("EA Solivers");
    }
    const colleaguePdf = await exported(world.colleague, "jury.pdf");
    expect(colleaguePdf.ok && pdfText(colleaguePdf.value.file)).not.toContain("Adapei");
  });

  it("the copil's PDF shows the grid, the table and, once taken, the decision", async () => {
    const before = await exported(world.officer, "jury.pdf");
    if (!before.ok) throw new Error("no export");
    expect(before.value.contentType).toBe("application/pdf");
    expect(before.value.fileName).toMatch(/^table-du-jury-.*\.pdf$/);
    const shown = pdfText(before.value.file);
    for (const expected of [
      "Solidité du projet",
      "EA Solivers",
      "93,3",
      "Adapei du Doubs",
      text.pdf.noDecision,
    ]) {
      expect(shown).toContain(expected);
    }
    const decided = await decideCall(deps, world.officer, callId, {
      leadApplicationId: ids.solivers,
      coCarrierApplicationIds: [ids.adapei],
      rationale: "Le projet le plus solide, avec l'appui d'Adapei.",
      decidedOn: "16/12/2026",
      message: "Merci à toutes les structures.",
    });
    expect(decided.ok).toBe(true);
    const after = await exported(world.officer, "jury.pdf");
    const record = after.ok ? pdfText(after.value.file) : "";
    expect(record).toContain("Le projet le plus solide");
    expect(record).toContain(fr.calls.outcomes.lead);
    expect(record).not.toContain(text.pdf.noDecision);
  });

  it("only the call's team downloads: a juror from outside, another Fabrique or the wrong initiative get NOT_FOUND", async () => {
    for (const file of ["candidatures.xlsx", "jury.xlsx", "jury.pdf"] as const) {
      expect(await exported(world.franceActive, file)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await exported(world.outsider, file)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await exported(world.elsewhere, file)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await exported(null, file)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await exported(world.officer, file, world.fabrique.id)).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
    }
    expect(
      await exportCall(deps, world.officer, world.initiative.id, "pas-un-uuid", "jury.pdf"),
    ).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });
});
