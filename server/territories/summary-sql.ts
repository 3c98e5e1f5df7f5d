import { type SQL, sql } from "drizzle-orm";
import type { TerritoryKind } from "../db/schema";
import { COG_YEAR } from "./cog-year";
import type { TerritoryParent, TerritorySummary } from "./territory-schemas";

/** The columns `selectSummaries` returns; parents come from joins on the row's codes. */
export type SummaryRow = {
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number | null;
  epci_code: string | null;
  epci_name: string | null;
  departement_code: string | null;
  departement_name: string | null;
  region_code: string | null;
  region_name: string | null;
  commune_code: string | null;
  commune_name: string | null;
};

/** Not a row of an older COG (QPV come from their own list, whatever the COG year). */
export const isCurrent = (alias: SQL) => sql`(${alias}.kind = 'qpv' or ${alias}.cog_year >= ${COG_YEAR})`;

/** The columns every search candidate carries, read from `territory t`, before its rank and score. */
export const candidateColumns = sql`t.kind, t.code, t.name, t.population, t.epci_code, t.departement_code,
  t.region_code, t.commune_codes, t.cog_year`;

/**
 * The best `limit` candidates with their parents' names. `candidates` selects `candidateColumns`,
 * `rank` and `score`; they are ordered by rank, score, population (commune first on ties), and the
 * parents' names are looked up for the kept rows only. `distinct` when a territory may come from
 * several lookups (a code that is also a postcode). One statement: one round trip.
 */
export function selectSummaries(candidates: SQL, limit: number, filter: SQL, distinct = false): SQL {
  const source = distinct
    ? sql`select distinct on (c.kind, c.code) c.* from (${candidates}) c order by c.kind, c.code, c.rank`
    : candidates;
  return sql`
    select top.*,
           (select name from territory p where p.kind = 'epci' and p.code = top.epci_code) as epci_name,
           (select name from territory p where p.kind = 'departement' and p.code = top.departement_code)
             as departement_name,
           (select name from territory p where p.kind = 'region' and p.code = top.region_code) as region_name,
           (select name from territory p where p.kind = 'commune' and p.code = top.commune_code) as commune_name
    from (
      select h.kind, h.code, h.name, h.population, h.epci_code, h.departement_code, h.region_code,
             case when h.kind = 'qpv' then h.commune_codes[1] end as commune_code,
             h.rank, h.score,
             case h.kind when 'commune' then 0 when 'epci' then 1 when 'departement' then 2
                         when 'region' then 3 else 4 end as kind_order
      from (${source}) h
      where ${isCurrent(sql`h`)} and ${filter}
      order by h.rank, h.score desc, h.population desc nulls last, kind_order, h.name
      limit ${limit}
    ) top
    order by top.rank, top.score desc, top.population desc nulls last, top.kind_order, top.name`;
}

/** Parents from the closest to the widest: commune (for a QPV), EPCI, département, région. */
export function parentsOf(row: SummaryRow): TerritoryParent[] {
  const parents: TerritoryParent[] = [];
  if (row.commune_code && row.commune_name)
    parents.push({ kind: "commune", code: row.commune_code, name: row.commune_name });
  if (row.epci_code && row.epci_name)
    parents.push({ kind: "epci", code: row.epci_code, name: row.epci_name });
  if (row.departement_code && row.departement_name)
    parents.push({ kind: "departement", code: row.departement_code, name: row.departement_name });
  if (row.region_code && row.region_name)
    parents.push({ kind: "region", code: row.region_code, name: row.region_name });
  return parents;
}

export function toSummary(row: SummaryRow): TerritorySummary {
  return {
    kind: row.kind,
    code: row.code,
    name: row.name,
    population: row.population,
    parents: parentsOf(row),
  };
}
