import { sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { addSearchWords } from "./add-search-words";
import { COG_YEAR } from "./cog-year";
import { readCsvRecords } from "./csv";
import { type Position, readFeatureCollection, toMultiPolygon } from "./geojson";
import {
  emptyReport,
  type ImportOptions,
  type ImportReport,
  importStateKey,
  recordImport,
} from "./import-report";
import { normaliseSearchText } from "./normalise-search-text";

type QpvInput = { row: number; values: Record<string, unknown>; geometry: unknown | undefined };

type QpvRow = {
  code: string;
  name: string;
  search_name: string;
  population: number | null;
  commune_codes: string[];
  epci_code: string | null;
  departement_code: string | null;
  region_code: string | null;
  geometry: { type: "MultiPolygon"; coordinates: Position[][][] } | null;
};

const requiredColumns = ["code_qp", "lib_qp", "insee_com"];

/** The rows of an ANCT QPV file: CSV, or GeoJSON whose features carry the same properties. */
function readQpvFile(text: string): { ok: true; rows: QpvInput[] } | { ok: false; error: string } {
  if (text.trimStart().startsWith("{")) {
    const read = readFeatureCollection(text);
    if (!read.ok) return read;
    return {
      ok: true,
      rows: read.value.features.map((feature, index) => ({
        row: index + 1,
        values: feature?.properties ?? {},
        geometry: feature?.geometry ?? undefined,
      })),
    };
  }
  const { header, records } = readCsvRecords(text);
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length) return { ok: false, error: `colonne(s) manquante(s) : ${missing.join(", ")}.` };
  return { ok: true, rows: records.map((r) => ({ row: r.line, values: r.values, geometry: undefined })) };
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

type QpvReferences = {
  communes: Map<string, { epci_code: string | null; departement_code: string; region_code: string }>;
  aliases: Map<string, string>;
  epcis: Set<string>;
};

/** The communes (with their EPCI, département, région), the communes' old codes and the EPCI codes. */
async function loadQpvReferences(db: Deps["db"]): Promise<QpvReferences> {
  const communes = await db.execute<{
    code: string;
    epci_code: string | null;
    departement_code: string;
    region_code: string;
  }>(sql`select code, epci_code, departement_code, region_code from territory where kind = 'commune'`);
  const aliases = await db.execute<{ code: string; target_code: string }>(
    sql`select code, target_code from territory_alias where kind = 'commune'`,
  );
  const epcis = await db.execute<{ code: string }>(sql`select code from territory where kind = 'epci'`);
  return {
    communes: new Map(communes.rows.map((c) => [c.code, c])),
    aliases: new Map(aliases.rows.map((a) => [a.code, a.target_code])),
    epcis: new Set(epcis.rows.map((r) => r.code)),
  };
}

/** The current codes of the communes listed in insee_com, and those that match no commune. */
function communesOf(inseeCom: string, refs: QpvReferences) {
  const communeCodes: string[] = [];
  const unknown: string[] = [];
  for (const raw of inseeCom.split(/[,;|\s]+/).filter(Boolean)) {
    const current = refs.communes.has(raw) ? raw : refs.aliases.get(raw);
    if (current) {
      if (!communeCodes.includes(current)) communeCodes.push(current);
    } else unknown.push(raw);
  }
  return { communeCodes, unknown };
}

/** One line of the file as a QPV row, or the reason it is rejected. */
function qpvRowOf(input: QpvInput, refs: QpvReferences): { row: QpvRow } | { reason: string } {
  const code = text(input.values.code_qp).toUpperCase();
  const name = text(input.values.lib_qp);
  if (!/^Q[NP][0-9A-Z]{4,}$/.test(code))
    return { reason: "code_qp manquant ou invalide (QN04901M par exemple)" };
  if (!name) return { reason: "lib_qp manquant" };
  const { communeCodes, unknown } = communesOf(text(input.values.insee_com), refs);
  if (unknown.length || communeCodes.length === 0)
    return { reason: unknown.length ? `commune inconnue : ${unknown.join(", ")}` : "insee_com manquant" };
  const first = refs.communes.get(communeCodes[0] as string);
  const siren = text(input.values.siren_epci);
  if (siren && !refs.epcis.has(siren)) return { reason: `EPCI inconnu : ${siren}` };
  let geometry: QpvRow["geometry"] = null;
  if (input.geometry) {
    const multi = toMultiPolygon(input.geometry);
    if (!multi.ok) return { reason: multi.error };
    geometry = { type: "MultiPolygon", coordinates: multi.value };
  }
  const population = Number.parseInt(text(input.values.population ?? input.values.pop), 10);
  return {
    row: {
      code,
      name,
      search_name: normaliseSearchText(name),
      population: Number.isFinite(population) ? population : null,
      commune_codes: communeCodes,
      epci_code: siren || first?.epci_code || null,
      departement_code: first?.departement_code ?? null,
      region_code: first?.region_code ?? null,
      geometry,
    },
  };
}

/** Upsert the QPV and their geometries in batches of 500, in one transaction, and note the import. */
async function writeQpv(deps: Pick<Deps, "db" | "clock">, all: QpvRow[], source: string) {
  const importedAt = deps.clock.now().toISOString();
  await deps.db.transaction(async (tx) => {
    for (let i = 0; i < all.length; i += 500) {
      const batch = JSON.stringify(all.slice(i, i + 500));
      await tx.execute(sql`
        insert into territory (kind, code, name, search_name, population, commune_codes, epci_code,
                               departement_code, region_code, cog_year)
        select 'qpv', r.code, r.name, r.search_name, r.population,
               array(select jsonb_array_elements_text(r.commune_codes)), r.epci_code, r.departement_code,
               r.region_code, ${COG_YEAR}
        from jsonb_to_recordset(${batch}::jsonb) as r(code text, name text, search_name text, population integer,
          commune_codes jsonb, epci_code text, departement_code text, region_code text)
        on conflict (kind, code) do update set
          name = excluded.name, search_name = excluded.search_name, population = excluded.population,
          commune_codes = excluded.commune_codes, epci_code = excluded.epci_code,
          departement_code = excluded.departement_code, region_code = excluded.region_code`);
      await tx.execute(sql`
        insert into territory_geometry (kind, code, geometry, source, imported_at)
        select 'qpv', r.code, r.geometry, ${source}, ${importedAt}::timestamptz
        from jsonb_to_recordset(${batch}::jsonb) as r(code text, geometry jsonb)
        where r.geometry is not null and jsonb_typeof(r.geometry) = 'object'
        on conflict (kind, code) do update set
          geometry = excluded.geometry, source = excluded.source, imported_at = excluded.imported_at`);
    }
    await addSearchWords(tx, "qpv");
    await recordImport(tx, importStateKey("qpv"), { source, at: importedAt, count: all.length });
  });
  await deps.db.execute(sql`analyze territory`);
}

/**
 * Import the QPV list (ANCT format: code_qp, lib_qp, insee_com, siren_epci; geometry optional) as
 * territories of kind `qpv`, each tied to its communes, EPCI, département and région. A QPV
 * straddling communes lists them in insee_com separated by commas or semicolons. All or nothing
 * unless `allowRejected`; re-running updates the QPV in the file.
 */
export async function importQpv(
  deps: Pick<Deps, "db" | "clock">,
  fileText: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport("qpv", options.source);
  const read = readQpvFile(fileText);
  if (!read.ok) return { ...report, error: read.error };
  const refs = await loadQpvReferences(deps.db);
  const rows = new Map<string, QpvRow>();
  for (const input of read.rows) {
    const parsed = qpvRowOf(input, refs);
    if ("reason" in parsed) {
      const code = text(input.values.code_qp).toUpperCase();
      report.rejected.push({ row: input.row, code: code || null, reason: parsed.reason });
    } else if (rows.has(parsed.row.code)) {
      report.skipped.push({
        row: input.row,
        code: parsed.row.code,
        reason: "code_qp en double : seule la première ligne compte",
      });
    } else rows.set(parsed.row.code, parsed.row);
  }
  report.details["lignes lues"] = read.rows.length;
  if (report.rejected.length && !options.allowRejected) return report;
  await writeQpv(deps, [...rows.values()], options.source);
  return { ...report, written: true, imported: rows.size };
}
