import { sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { readCsvRecords } from "./csv";
import {
  emptyReport,
  type ImportOptions,
  type ImportReport,
  importStateKey,
  recordImport,
} from "./import-report";

/**
 * Import the Petites villes de demain list (ANCT CSV: id_pvd, insee_com, lib_com…). The list
 * replaces the previous one (a commune that left the programme loses the flag). All or nothing
 * unless `allowRejected`; an old commune code counts for the commune that absorbed it.
 */
export async function importPvd(
  deps: Pick<Deps, "db" | "clock">,
  fileText: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport("pvd", options.source);
  const { header, records } = readCsvRecords(fileText);
  if (!header.includes("insee_com")) return { ...report, error: "colonne insee_com manquante." };

  const communes = new Set(
    (
      await deps.db.execute<{ code: string }>(sql`select code from territory where kind = 'commune'`)
    ).rows.map((r) => r.code),
  );
  const aliases = new Map(
    (
      await deps.db.execute<{ code: string; target_code: string }>(
        sql`select code, target_code from territory_alias where kind = 'commune'`,
      )
    ).rows.map((a) => [a.code, a.target_code]),
  );
  const rows = new Map<string, string | null>();
  for (const record of records) {
    const raw = record.values.insee_com ?? "";
    const code = communes.has(raw) ? raw : aliases.get(raw);
    if (!code) {
      report.rejected.push({
        row: record.line,
        code: raw || null,
        reason: raw ? "commune inconnue du Code officiel géographique" : "insee_com manquant",
      });
      continue;
    }
    if (rows.has(code)) {
      report.skipped.push({ row: record.line, code, reason: "commune en double : déjà dans la liste" });
      continue;
    }
    rows.set(code, record.values.id_pvd || null);
  }
  report.details["lignes lues"] = records.length;
  if (report.rejected.length && !options.allowRejected) return report;

  const importedAt = deps.clock.now().toISOString();
  const payload = JSON.stringify([...rows.entries()].map(([code, reference]) => ({ code, reference })));
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`delete from territory_programme where programme = 'pvd'`);
    await tx.execute(sql`
      insert into territory_programme (kind, code, programme, reference, source, imported_at)
      select 'commune', r.code, 'pvd', r.reference, ${options.source}, ${importedAt}::timestamptz
      from jsonb_to_recordset(${payload}::jsonb) as r(code text, reference text)`);
    await recordImport(tx, importStateKey("pvd"), {
      source: options.source,
      at: importedAt,
      count: rows.size,
    });
  });
  return { ...report, written: true, imported: rows.size };
}
