import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../db/database";

/** The COG year shipped by the pinned @etalab/decoupage-administratif. */
export const COG_YEAR = 2026;

type CommuneJson = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
};
type EpciJson = {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string }[];
};
type DepartementJson = { code: string; nom: string; region: string };
type RegionJson = { code: string; nom: string };

export type TerritoryRow = {
  kind: "region" | "departement" | "epci" | "commune";
  code: string;
  name: string;
  population: number | null;
  region_code: string | null;
  departement_code: string | null;
  epci_code: string | null;
  postcodes: string[];
  nature: string | null;
};

function readDataset<T>(file: string): T {
  // index.js of 6.0.0 reads ./data from the current directory; read the JSON files directly.
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve("@etalab/decoupage-administratif/package.json"));
  return JSON.parse(readFileSync(path.join(packageDir, "data", file), "utf8")) as T;
}

/** Build the territory rows of the COG: régions, départements, EPCI and current communes. */
export function buildCogRows(): TerritoryRow[] {
  const regions = readDataset<RegionJson[]>("regions.json");
  const departements = readDataset<DepartementJson[]>("departements.json");
  const epcis = readDataset<EpciJson[]>("epci.json");
  const communes = readDataset<CommuneJson[]>("communes.json").filter((c) => c.type === "commune-actuelle");

  // EPCI membership exists only on the EPCI side: build the reverse index.
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);

  const populationOf = (key: (c: CommuneJson) => string | undefined) => {
    const totals = new Map<string, number>();
    for (const c of communes) {
      const k = key(c);
      if (k) totals.set(k, (totals.get(k) ?? 0) + (c.population ?? 0));
    }
    return totals;
  };
  const regionPopulation = populationOf((c) => c.region);
  const departementPopulation = populationOf((c) => c.departement);
  const departementRegion = new Map(departements.map((d) => [d.code, d.region]));

  const rows: TerritoryRow[] = [];
  for (const r of regions) {
    rows.push({
      kind: "region",
      code: r.code,
      name: r.nom,
      population: regionPopulation.get(r.code) ?? null,
      region_code: null,
      departement_code: null,
      epci_code: null,
      postcodes: [],
      nature: null,
    });
  }
  for (const d of departements) {
    rows.push({
      kind: "departement",
      code: d.code,
      name: d.nom,
      population: departementPopulation.get(d.code) ?? null,
      region_code: d.region,
      departement_code: null,
      epci_code: null,
      postcodes: [],
      nature: null,
    });
  }
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  for (const e of epcis) {
    // An EPCI may span départements; its région is the one of most of its members.
    const regionsCount = new Map<string, number>();
    for (const m of e.membres) {
      const region = communeByCode.get(m.code)?.region;
      if (region) regionsCount.set(region, (regionsCount.get(region) ?? 0) + 1);
    }
    const region = [...regionsCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    rows.push({
      kind: "epci",
      code: e.code,
      name: e.nom,
      population: e.populationTotale ?? null,
      region_code: region,
      departement_code: null,
      epci_code: null,
      postcodes: [],
      nature: e.type,
    });
  }
  for (const c of communes) {
    rows.push({
      kind: "commune",
      code: c.code,
      name: c.nom,
      population: c.population ?? null,
      region_code: c.region ?? (c.departement ? (departementRegion.get(c.departement) ?? null) : null),
      departement_code: c.departement ?? null,
      epci_code: epciOfCommune.get(c.code) ?? null,
      postcodes: c.codesPostaux ?? [],
      nature: null,
    });
  }
  return rows;
}

/**
 * Load (or refresh) the COG into `territory`, idempotently, in one transaction. Rows are sent as
 * JSON in batches: one round trip per 5 000 rows keeps the embedded database fast.
 */
export async function loadCog(db: Db, rows: TerritoryRow[] = buildCogRows()): Promise<number> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 5000) {
      const batch = JSON.stringify(rows.slice(i, i + 5000));
      await tx.execute(sql`
        insert into territory (kind, code, name, population, region_code, departement_code, epci_code, postcodes, nature, cog_year)
        select r.kind, r.code, r.name, r.population, r.region_code, r.departement_code, r.epci_code,
               coalesce(array(select jsonb_array_elements_text(r.postcodes)), '{}'::text[]), r.nature, ${COG_YEAR}
        from jsonb_to_recordset(${batch}::jsonb) as r(
          kind text, code text, name text, population integer, region_code text, departement_code text,
          epci_code text, postcodes jsonb, nature text)
        on conflict (kind, code) do update set
          name = excluded.name, population = excluded.population, region_code = excluded.region_code,
          departement_code = excluded.departement_code, epci_code = excluded.epci_code,
          postcodes = excluded.postcodes, nature = excluded.nature, cog_year = excluded.cog_year`);
    }
  });
  return rows.length;
}
