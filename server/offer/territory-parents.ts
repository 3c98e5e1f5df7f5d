import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import type { KeyFacts } from "./coverage";

/**
 * The current key and the parents of territory keys (`commune:25462`, `epci:…`, `departement:25`,
 * `region:27`, `qpv:…`), from the COG: a commune's EPCI, département and région; an EPCI's
 * départements and régions (it may straddle); a QPV's communes and theirs. An old commune code
 * (merged commune, arrondissement) stands for today's commune.
 */
export async function territoryParents(db: Db, keys: readonly string[]): Promise<Map<string, KeyFacts>> {
  const facts = new Map<string, KeyFacts>();
  const wanted = [...new Set(keys)].filter((k) => k.includes(":"));
  if (wanted.length === 0) return facts;
  const rows = await db.execute<{ key: string; current: string; parents: string[] | null }>(sql`
    with asked as (
      select k as key, split_part(k, ':', 1) as kind, split_part(k, ':', 2) as code
      from unnest(${sql.param(wanted)}::text[]) as k
    ),
    resolved as (
      select a.key, a.kind,
             coalesce(t.code, al.target_code, a.code) as code
      from asked a
      left join territory t on t.kind = a.kind and t.code = a.code
      left join territory_alias al on t.code is null and al.kind = a.kind and al.code = a.code
    )
    select r.key, r.kind || ':' || r.code as current,
      case r.kind
        when 'commune' then (
          select array_remove(array['epci:' || c.epci_code, 'departement:' || c.departement_code,
                                    'region:' || c.region_code], null)
          from territory c where c.kind = 'commune' and c.code = r.code)
        when 'epci' then (
          select array_agg(distinct p) from territory c
          cross join lateral unnest(array['departement:' || c.departement_code, 'region:' || c.region_code]) as p
          where c.kind = 'commune' and c.epci_code = r.code)
        when 'departement' then (
          select array_remove(array['region:' || d.region_code], null)
          from territory d where d.kind = 'departement' and d.code = r.code)
        when 'qpv' then (
          select array_agg(distinct p) from territory q
          cross join lateral unnest(q.commune_codes) as cc(code)
          join territory c on c.kind = 'commune' and c.code = cc.code
          cross join lateral unnest(array['commune:' || c.code, 'epci:' || c.epci_code,
                                          'departement:' || c.departement_code, 'region:' || c.region_code]) as p
          where q.kind = 'qpv' and q.code = r.code and p is not null)
        else '{}'::text[]
      end as parents
    from resolved r`);
  for (const row of rows.rows) facts.set(row.key, { current: row.current, parents: row.parents ?? [] });
  // The current key has the same parents as the old one that named it.
  for (const value of [...facts.values()]) {
    if (!facts.has(value.current))
      facts.set(value.current, { current: value.current, parents: value.parents });
  }
  return facts;
}
