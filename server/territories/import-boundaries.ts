import { sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { type Position, readFeatureCollection, toMultiPolygon } from "./geojson";
import {
  emptyReport,
  type ImportOptions,
  type ImportReport,
  importStateKey,
  recordImport,
} from "./import-report";

export type BoundaryLevel = "region" | "departement" | "epci";

/** The property that carries each level's official code in ANCT/IGN files. */
export const boundaryCodeProperty: Record<BoundaryLevel, string> = {
  region: "insee_reg",
  departement: "insee_dep",
  epci: "siren_epci",
};

/** EPCI files also carry insee_dep and insee_reg, département files insee_reg: test the finest first. */
export function detectBoundaryLevel(
  properties: Record<string, unknown> | null | undefined,
): BoundaryLevel | null {
  if (!properties) return null;
  if ("siren_epci" in properties) return "epci";
  if ("insee_dep" in properties) return "departement";
  if ("insee_reg" in properties) return "region";
  return null;
}

/**
 * Import boundaries of régions, départements or EPCI from an ANCT/IGN GeoJSON file. Features of
 * one territory (an EPCI split by département) are merged into one MultiPolygon. All or nothing:
 * one rejected feature (unknown code, bad geometry, wrong CRS) and nothing is written, unless
 * `allowRejected`. Re-running replaces the geometry of the territories in the file.
 */
export async function importBoundaries(
  deps: Pick<Deps, "db" | "clock">,
  text: string,
  options: ImportOptions & { level?: BoundaryLevel },
): Promise<ImportReport> {
  const report = emptyReport("boundaries", options.source);
  const read = readFeatureCollection(text);
  if (!read.ok) return { ...report, error: read.error };
  const { features } = read.value;
  const level = options.level ?? detectBoundaryLevel(features[0]?.properties);
  if (!level) {
    return {
      ...report,
      error: "niveau introuvable : les propriétés insee_reg, insee_dep ou siren_epci sont absentes.",
    };
  }
  const property = boundaryCodeProperty[level];
  report.details.niveau = level;

  const known = new Set(
    (await deps.db.execute<{ code: string }>(sql`select code from territory where kind = ${level}`)).rows.map(
      (r) => r.code,
    ),
  );
  const merged = new Map<string, Position[][][]>();
  features.forEach((feature, index) => {
    const row = index + 1;
    const raw = feature?.properties?.[property];
    const code = raw === null || raw === undefined || raw === "" ? null : String(raw);
    if (code === null) {
      if (level === "epci") {
        report.skipped.push({ row, code: null, reason: "siren_epci vide : communes hors EPCI, ignorées" });
      } else {
        report.rejected.push({ row, code: null, reason: `propriété ${property} absente` });
      }
      return;
    }
    if (!known.has(code)) {
      report.rejected.push({ row, code, reason: `code inconnu du Code officiel géographique (${level})` });
      return;
    }
    const geometry = toMultiPolygon(feature.geometry);
    if (!geometry.ok) {
      report.rejected.push({ row, code, reason: geometry.error });
      return;
    }
    merged.set(code, [...(merged.get(code) ?? []), ...geometry.value]);
  });
  report.details["entités lues"] = features.length;
  report.details["territoires distincts"] = merged.size;

  if (report.rejected.length && !options.allowRejected) return report;
  const importedAt = deps.clock.now();
  const rows = [...merged.entries()].map(([code, coordinates]) => ({
    code,
    geometry: { type: "MultiPolygon", coordinates },
  }));
  await deps.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx.execute(sql`
        insert into territory_geometry (kind, code, geometry, source, imported_at)
        select ${level}, r.code, r.geometry, ${options.source}, ${importedAt.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 200))}::jsonb) as r(code text, geometry jsonb)
        on conflict (kind, code) do update set
          geometry = excluded.geometry, source = excluded.source, imported_at = excluded.imported_at`);
    }
    await recordImport(tx, importStateKey(`boundaries.${level}`), {
      source: options.source,
      at: importedAt.toISOString(),
      count: rows.length,
    });
  });
  return { ...report, written: true, imported: rows.length };
}
