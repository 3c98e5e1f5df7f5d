import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { splitQueryWords } from "./query-terms";

/** The text search configuration of every French index: french stemming, accents ignored. */
export const SEARCH_CONFIG = "fr_unaccent";

/**
 * The French stem of each word, in order (null for a stop word), computed by PostgreSQL with
 * the same configuration as the index so both sides always agree.
 */
export async function stemWords(db: Db, words: readonly string[]): Promise<(string | null)[]> {
  if (words.length === 0) return [];
  const rows = (
    await db.execute<{ ord: string; lexemes: string[] }>(sql`
      select ord, tsvector_to_array(to_tsvector(${SEARCH_CONFIG}::regconfig, w)) as lexemes
      from unnest(${sql.param([...words])}::text[]) with ordinality as t(w, ord)
      order by ord`)
  ).rows;
  return rows.map((row) => row.lexemes[0] ?? null);
}

/** The stems of each expression, in order, stop words left out ("personnes âgées" → person, age). */
export async function stemExpressions(db: Db, expressions: readonly string[]): Promise<string[][]> {
  const split = expressions.map((expression) => splitQueryWords(expression));
  const stems = await stemWords(db, split.flat());
  let at = 0;
  return split.map((words) => {
    const own = stems.slice(at, at + words.length);
    at += words.length;
    return own.filter((stem): stem is string => stem !== null);
  });
}
