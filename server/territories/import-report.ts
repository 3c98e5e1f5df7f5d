import { type SQL, sql } from "drizzle-orm";

export type ImportKind = "boundaries" | "qpv" | "pvd";

/** A row left out of an import, with the reason in French (shown in the CLI and the upload page). */
export type RejectedRow = {
  /** Line number in a CSV (header = 1) or feature number in a GeoJSON (first = 1). */
  row: number;
  code: string | null;
  reason: string;
};

/**
 * What an import did. `written` is false when nothing was written: a file-level error, or rejected
 * rows while `allowRejected` was not set (all-or-nothing: see docs/decisions/0011-territory-imports.md).
 */
export type ImportReport = {
  kind: ImportKind;
  source: string;
  written: boolean;
  /** Territories written (created or updated). */
  imported: number;
  /** Rows rejected: the import is refused unless `allowRejected`. */
  rejected: RejectedRow[];
  /** Rows left out by rule, which never block an import (e.g. communes outside any EPCI). */
  skipped: RejectedRow[];
  /** File-level error (not JSON, wrong CRS, missing columns…): nothing written. */
  error: string | null;
  details: Record<string, number | string>;
};

export type ImportOptions = {
  /** Write the valid rows even when some are rejected (the rejected ones are still reported). */
  allowRejected?: boolean;
  /** Name shown as the source of the data (file name). */
  source: string;
};

export const importStateKey = (kind: ImportKind | `boundaries.${string}`) => `territories.import.${kind}`;

export function emptyReport(kind: ImportKind, source: string): ImportReport {
  return { kind, source, written: false, imported: 0, rejected: [], skipped: [], error: null, details: {} };
}

/** Plain-text report for the command line. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.error) lines.push(`Import refusé : ${report.error}`);
  else if (report.written)
    lines.push(`Import terminé : ${report.imported} territoire(s) écrit(s) depuis ${report.source}.`);
  else
    lines.push(
      `Import refusé : ${report.rejected.length} ligne(s) rejetée(s), rien n'a été écrit. ` +
        "Corrigez le fichier, ou relancez avec --partiel pour importer les lignes valides.",
    );
  for (const [key, value] of Object.entries(report.details)) lines.push(`  ${key} : ${value}`);
  if (report.rejected.length) {
    lines.push(`Lignes rejetées (${report.rejected.length}) :`);
    for (const r of report.rejected) lines.push(`  n° ${r.row}${r.code ? ` (${r.code})` : ""} : ${r.reason}`);
  }
  if (report.skipped.length) {
    lines.push(`Lignes ignorées (${report.skipped.length}) :`);
    for (const r of report.skipped) lines.push(`  n° ${r.row}${r.code ? ` (${r.code})` : ""} : ${r.reason}`);
  }
  return lines.join("\n");
}

/** Remember that a list was imported (the flags it feeds are then known), in the import's transaction. */
export async function recordImport(
  db: { execute: (query: SQL) => Promise<unknown> },
  key: string,
  value: Record<string, unknown>,
): Promise<void> {
  await db.execute(sql`
    insert into system_state (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()`);
}
