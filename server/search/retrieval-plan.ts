import { type SQL, sql } from "drizzle-orm";
import { idf } from "./bm25";

/**
 * How a query is run against the index at scale (docs/decisions/0013-catalogue-search.md).
 * A stem found in more than `commonThreshold(N)` models ("personne", "projet" in a large
 * catalogue) is *common*: it does not bring candidates by itself, it only adds its score to the
 * best candidates brought by the query's distinctive stems. Below that size (every catalogue of a
 * few thousand models) no stem is common and the ranking is exact BM25 over every match.
 */
export const COMMON_MIN_DOCUMENTS = 1000;
export const COMMON_FRACTION = 0.05;
/**
 * Beyond this many models, at most `POSTING_BUDGET` postings are read to find candidates (stems
 * taken rarest first while they fit); up to it, every posting of the query's stems is read.
 */
export const EXACT_UP_TO = 5000;
export const POSTING_BUDGET = 4000;
/**
 * A common stem still brings the models where it is strongest (in the title, tags or summary,
 * most frequent first): this many postings in all, shared between the common stems. 1 000 rather
 * than 2 000: fewer champions crowd fewer models holding the distinctive stems out of the shortlist
 * (recall@5 at 100 000 generated models 0.894 → 0.936), and every candidate is scored, filtered
 * and counted in the facets (docs/decisions/0023-catalogue-search-at-100k.md).
 */
export const CHAMPION_BUDGET = 1000;
export const MIN_CHAMPIONS = 50;
/** Bits of the fields a champion posting comes from: title, tags, summary. */
export const STRONG_FIELDS = 7;

export function championsPerStem(commonStems: number): number {
  if (commonStems === 0) return 0;
  return Math.max(MIN_CHAMPIONS, Math.floor(CHAMPION_BUDGET / commonStems));
}

/** How many of the best candidates receive the common stems' scores before the final order. */
export const SHORTLIST_SIZE = 60;
/** A model in a theme the query is about scores this much more, per such theme. */
export const THEME_BOOST = 0.2;

export function commonThreshold(documentCount: number): number {
  return Math.max(COMMON_MIN_DOCUMENTS, Math.floor(COMMON_FRACTION * documentCount));
}

/** `word`: which typed word the stem stands for (its position), absent for a thesaurus expansion. */
export type KnownTerm = {
  termId: number;
  lexeme: string;
  documentCount: number;
  weight: number;
  word?: number;
};
export type PlannedTerm = KnownTerm & { idf: number; common: boolean };

/**
 * Each known stem of the query with its idf and whether it is common. Rarest first, a stem finds
 * candidates when it is below the common threshold and its postings fit in the budget; when no
 * stem qualifies, the rarest ones that fit in the budget find the candidates, and when none fits,
 * only the common stems' champions do.
 */
export function planRetrieval(terms: readonly KnownTerm[], documentCount: number): PlannedTerm[] {
  const threshold = commonThreshold(documentCount);
  const budget = documentCount <= EXACT_UP_TO ? Number.POSITIVE_INFINITY : POSTING_BUDGET;
  const known = terms
    .filter((term) => term.documentCount > 0 && term.weight > 0)
    .sort((a, b) => a.documentCount - b.documentCount || a.termId - b.termId);
  let read = 0;
  const planned = known.map((term) => {
    const fits = term.documentCount <= threshold && read + term.documentCount <= budget;
    if (fits) read += term.documentCount;
    return { ...term, idf: idf(documentCount, term.documentCount), common: !fits };
  });
  if (planned.length && planned.every((term) => term.common)) {
    // Nothing distinctive: the rarest stems that fit find the candidates; when even the rarest
    // does not fit, the champions of every stem do.
    read = 0;
    for (const term of planned) {
      if (read + term.documentCount > budget) break;
      term.common = false;
      read += term.documentCount;
    }
  }
  return planned;
}

export function shortlistSize(offset: number, limit: number): number {
  return Math.max(SHORTLIST_SIZE, offset + limit);
}

/** Score multiplier of a model from how many of the query's themes it belongs to. */
export function themeFactor(modelThemes: readonly string[], queryThemes: readonly string[]): number {
  const shared = modelThemes.filter((code) => queryThemes.includes(code)).length;
  return 1 + THEME_BOOST * shared;
}

/**
 * A model whose title holds the typed words scores up to this much more: a query that names a
 * model (nearly) word for word finds it first, before longer texts that repeat the words.
 */
export const TITLE_BOOST = 0.5;

/** Score multiplier from the share of the typed words found in the title (squared: all or most). */
export function titleFactor(wordsInTitle: number, typedWords: number): number {
  if (typedWords === 0) return 1;
  const share = Math.min(1, wordsInTitle / typedWords);
  return 1 + TITLE_BOOST * share * share;
}

/** `titleFactor` in SQL, from an expression counting the typed words found in the title. */
export function titleFactorSql(wordsInTitle: SQL, typedWords: number): SQL {
  if (typedWords === 0) return sql`1`;
  return sql`(1 + ${TITLE_BOOST}::float8 * power(least(1, (${wordsInTitle})::float8 / ${typedWords}), 2))`;
}
