import { type SQL, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import type { TerritoryKind } from "../db/schema";
import { type CodeLookup, parseTerritoryQuery, type TerritoryQuery } from "./parse-territory-query";
import { candidateColumns, type SummaryRow, selectSummaries, toSummary } from "./summary-sql";
import type { TerritorySummary } from "./territory-schemas";

export type SearchTerritoriesOptions = { kinds?: TerritoryKind[]; limit?: number };

/** Escape `%`, `_` and `\` for LIKE patterns (names never contain them after folding, codes might). */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function kindFilter(column: SQL, kinds: TerritoryKind[] | undefined): SQL {
  if (!kinds?.length) return sql`true`;
  return sql`${column} in (${sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

function codeHits(codes: CodeLookup[]): SQL[] {
  return codes.map((lookup) => {
    if (lookup.by === "code") {
      const exact = sql`select ${candidateColumns}, 0 as rank, 0::real as score from territory t
                        where t.kind = ${lookup.kind} and t.code = ${lookup.code}`;
      if (lookup.kind !== "commune") return exact;
      // An old commune code (merged commune, municipal arrondissement) finds today's commune.
      return sql`${exact} union all
                 select ${candidateColumns}, 0, 0::real from territory_alias a
                 join territory t on t.kind = 'commune' and t.code = a.target_code
                 where a.kind = 'commune' and a.code = ${lookup.code}`;
    }
    if (lookup.by === "postcode") {
      return sql`select ${candidateColumns}, 0 as rank, 0::real as score from territory t
                 where t.kind = 'commune' and t.postcodes @> array[${lookup.postcode}]::text[]`;
    }
    return sql`select ${candidateColumns}, 0 as rank, 0::real as score from territory t
               where t.kind = 'qpv' and t.code like ${`${likeEscape(lookup.prefix)}%`}`;
  });
}

/**
 * Names in which every word of the query starts a word ("grand pontarl" finds "CC du Grand
 * Pontarlier"). Rank 1: the name is the query; 2: it starts with it; 3: one of its words starts
 * with the whole query; 4: the words match in another order. `like 'x%'` and `like '% x%'` both use
 * the trigram index, with the word-start trigrams that make them selective; a query of one or two
 * letters is a plain prefix (B-tree index).
 */
function nameHits(query: TerritoryQuery): SQL | null {
  const { text, tokens } = query;
  if (!text) return null;
  const startsAWord = (word: string) =>
    sql`(search_name like ${`${likeEscape(word)}%`} or search_name like ${`% ${likeEscape(word)}%`})`;
  const conditions =
    text.length < 3 ? [sql`search_name like ${`${likeEscape(text)}%`}`] : tokens.map(startsAWord);
  const prefix = `${likeEscape(text)}%`;
  return sql`select ${candidateColumns},
                    case when search_name = ${text} then 1
                         when search_name like ${prefix} then 2
                         when search_name like ${`% ${prefix}`} then 3
                         else 4 end as rank,
                    0::real as score
             from territory t
             where ${sql.join(conditions, sql` and `)}`;
}

/**
 * Find territories for a search box: official codes and postcodes first, then names (exact,
 * prefix, word prefix, every word starting a word), bigger places first; when no name matches,
 * each unknown word is corrected to the closest word of the names ("pontralier" → pontarlier).
 */
export async function searchTerritories(
  deps: Pick<Deps, "db">,
  q: string,
  options: SearchTerritoriesOptions = {},
): Promise<Result<TerritorySummary[], never>> {
  const limit = options.limit ?? 10;
  const query = parseTerritoryQuery(q);
  const parts = [...codeHits(query.codes)];
  const names = nameHits(query);
  if (names) parts.push(names);
  if (parts.length === 0) return ok([]);

  const filter = kindFilter(sql`h.kind`, options.kinds);
  const candidates = sql.join(parts, sql` union all `);
  const found = (
    await deps.db.execute<SummaryRow>(selectSummaries(candidates, limit, filter, parts.length > 1))
  ).rows;

  // Only when the words matched nothing: a typo. Each word that starts no word of any name is
  // replaced by the closest word of the names' dictionary, then the names are searched again.
  if (found.length === 0 && query.codes.length === 0 && query.tokens.some((t) => t.length >= 4)) {
    const corrected = await correctTokens(deps, query.tokens);
    if (corrected) {
      const retry = nameHits({ ...query, text: corrected.join(" "), tokens: corrected });
      if (retry)
        found.push(...(await deps.db.execute<SummaryRow>(selectSummaries(retry, limit, filter))).rows);
    }
  }
  return ok(found.map(toSummary));
}

/**
 * For each query word that starts no word of any name, the most similar word of the names' dictionary (trigram
 * similarity above pg_trgm's threshold, 0.3); null when a word has no close match.
 */
async function correctTokens(deps: Pick<Deps, "db">, tokens: string[]): Promise<string[] | null> {
  const rows = (
    await deps.db.execute<{ token: string; best: string | null }>(sql`
      select q.token,
             case when length(q.token) < 3
                    or exists (select 1 from territory_word w where w.word like q.token || '%')
                  then q.token
                  else (select w.word from territory_word w where w.word % q.token
                        order by similarity(w.word, q.token) desc, w.word limit 1)
             end as best
      from unnest(array[${sql.join(
        tokens.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]) with ordinality as q(token, position)
      order by q.position`)
  ).rows;
  if (rows.some((row) => row.best === null)) return null;
  const corrected = rows.map((row) => row.best as string);
  return corrected.join(" ") === tokens.join(" ") ? null : corrected;
}
