import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { addSearchWords } from "./add-search-words";
import { COG_YEAR } from "./cog-year";
import { normaliseSearchText } from "./normalise-search-text";

export { COG_YEAR };

type CommuneJson = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
  /** For communes déléguées and associées: the current commune they belong to. */
  chefLieu?: string;
  /** For municipal arrondissements: their commune (Paris, Lyon, Marseille). */
  commune?: string;
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
  search_name: string;
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

/** A row with no parent, no postcode and no nature: what régions, départements and EPCI start from. */
function territoryRow(
  kind: TerritoryRow["kind"],
  code: string,
  name: string,
  population: number | null,
): TerritoryRow {
  return {
    kind,
    code,
    name,
    search_name: normaliseSearchText(name),
    population,
    region_code: null,
    departement_code: null,
    epci_code: null,
    postcodes: [],
    nature: null,
  };
}

/** The communes' population summed by région or by département. */
function populationBy(communes: CommuneJson[], key: (c: CommuneJson) => string | undefined) {
  const totals = new Map<string, number>();
  for (const c of communes) {
    const k = key(c);
    if (k) totals.set(k, (totals.get(k) ?? 0) + (c.population ?? 0));
  }
  return totals;
}

/** The EPCI, each in the département and région of most of its members (an EPCI may span départements). */
function epciRows(epcis: EpciJson[], communes: CommuneJson[]): TerritoryRow[] {
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  return epcis.map((e) => {
    const mostCommon = (key: (c: CommuneJson) => string | undefined) => {
      const counts = new Map<string, number>();
      for (const m of e.membres) {
        const value = key(communeByCode.get(m.code) ?? ({} as CommuneJson));
        if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    };
    return {
      ...territoryRow("epci", e.code, e.nom, e.populationTotale ?? null),
      region_code: mostCommon((c) => c.region),
      departement_code: mostCommon((c) => c.departement),
      nature: e.type,
    };
  });
}

/** The current communes, with their EPCI (membership exists only on the EPCI side) and postcodes. */
function communeRows(communes: CommuneJson[], epcis: EpciJson[], departements: DepartementJson[]) {
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
  const departementRegion = new Map(departements.map((d) => [d.code, d.region]));
  return communes.map(
    (c): TerritoryRow => ({
      ...territoryRow("commune", c.code, c.nom, c.population ?? null),
      region_code: c.region ?? (c.departement ? (departementRegion.get(c.departement) ?? null) : null),
      departement_code: c.departement ?? null,
      epci_code: epciOfCommune.get(c.code) ?? null,
      postcodes: c.codesPostaux ?? [],
    }),
  );
}

/** Build the territory rows of the COG: régions, départements, EPCI and current communes. */
export function buildCogRows(): TerritoryRow[] {
  const regions = readDataset<RegionJson[]>("regions.json");
  const departements = readDataset<DepartementJson[]>("departements.json");
  const epcis = readDataset<EpciJson[]>("epci.json");
  const communes = readDataset<CommuneJson[]>("communes.json").filter((c) => c.type === "commune-actuelle");
  const regionPopulation = populationBy(communes, (c) => c.region);
  const departementPopulation = populationBy(communes, (c) => c.departement);
  return [
    ...regions.map((r) => territoryRow("region", r.code, r.nom, regionPopulation.get(r.code) ?? null)),
    ...departements.map((d) => ({
      ...territoryRow("departement", d.code, d.nom, departementPopulation.get(d.code) ?? null),
      region_code: d.region,
    })),
    ...epciRows(epcis, communes),
    ...communeRows(communes, epcis, departements),
  ];
}

export type TerritoryAliasRow = {
  code: string;
  target_code: string;
  name: string;
  search_name: string;
  alias_type: string;
};

/**
 * Old commune codes that must stay resolvable: communes déléguées and associées point to the
 * current commune that absorbed them, municipal arrondissements to their commune. A code that is
 * also a current commune's code (the chef-lieu keeps its code) is not an alias.
 */
export function buildCogAliases(): TerritoryAliasRow[] {
  const all = readDataset<CommuneJson[]>("communes.json");
  const current = new Set(all.filter((c) => c.type === "commune-actuelle").map((c) => c.code));
  const aliases = new Map<string, TerritoryAliasRow>();
  for (const c of all) {
    const target = c.type === "arrondissement-municipal" ? c.commune : c.chefLieu;
    if (c.type === "commune-actuelle" || !target || current.has(c.code) || !current.has(target)) continue;
    if (aliases.has(c.code)) continue;
    aliases.set(c.code, {
      code: c.code,
      target_code: target,
      name: c.nom,
      search_name: normaliseSearchText(c.nom),
      alias_type: c.type,
    });
  }
  return [...aliases.values()];
}

/**
 * Load (or refresh) the COG into `territory` and `territory_alias`, idempotently, in one
 * transaction. Rows are sent as JSON in batches: one round trip per 5 000 rows keeps the embedded
 * database fast. Rows of an older COG that the new one no longer lists are kept (other tables may
 * reference them) with their old `cog_year`; their codes resolve through the aliases.
 */
export async function loadCog(
  db: Db,
  rows: TerritoryRow[] = buildCogRows(),
  aliases: TerritoryAliasRow[] = buildCogAliases(),
): Promise<number> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 5000) {
      const batch = JSON.stringify(rows.slice(i, i + 5000));
      await tx.execute(sql`
        insert into territory (kind, code, name, search_name, population, region_code, departement_code, epci_code, postcodes, nature, cog_year)
        select r.kind, r.code, r.name, r.search_name, r.population, r.region_code, r.departement_code, r.epci_code,
               coalesce(array(select jsonb_array_elements_text(r.postcodes)), '{}'::text[]), r.nature, ${COG_YEAR}
        from jsonb_to_recordset(${batch}::jsonb) as r(
          kind text, code text, name text, search_name text, population integer, region_code text,
          departement_code text, epci_code text, postcodes jsonb, nature text)
        on conflict (kind, code) do update set
          name = excluded.name, search_name = excluded.search_name, population = excluded.population,
          region_code = excluded.region_code, departement_code = excluded.departement_code,
          epci_code = excluded.epci_code, postcodes = excluded.postcodes, nature = excluded.nature,
          cog_year = excluded.cog_year`);
    }
    for (let i = 0; i < aliases.length; i += 5000) {
      const batch = JSON.stringify(aliases.slice(i, i + 5000));
      await tx.execute(sql`
        insert into territory_alias (kind, code, target_code, name, search_name, alias_type, cog_year)
        select 'commune', a.code, a.target_code, a.name, a.search_name, a.alias_type, ${COG_YEAR}
        from jsonb_to_recordset(${batch}::jsonb) as a(
          code text, target_code text, name text, search_name text, alias_type text)
        on conflict (kind, code) do update set
          target_code = excluded.target_code, name = excluded.name, search_name = excluded.search_name,
          alias_type = excluded.alias_type, cog_year = excluded.cog_year`);
    }
    // A code current again in this COG (a commune restored) is no longer an alias.
    await tx.execute(sql`
      delete from territory_alias a using territory t
      where a.kind = 'commune' and t.kind = 'commune' and t.code = a.code and t.cog_year = ${COG_YEAR}`);
    await addSearchWords(tx);
  });
  // Fresh statistics, or the planner ignores the trigram index (PGlite has no autovacuum).
  await db.execute(sql`analyze territory`);
  await db.execute(sql`analyze territory_alias`);
  await db.execute(sql`analyze territory_word`);
  return rows.length;
}
