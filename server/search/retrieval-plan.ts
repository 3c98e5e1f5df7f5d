import { idf } from "./bm25";

/**
 * How a query is run against the index at scale (docs/decisions/0020-catalogue-search.md).
 * A stem found in more than `commonThreshold(N)` models ("personne", "projet" in a large
 * catalogue) is *common*: it does not bring candidates by itself, it only adds its score to the
 * best candidates brought by the query's distinctive stems. Below that size (every catalogue of a
 * few thousand models) no stem is common and the ranking is exact BM25 over every match.
 */
export const COMMON_MIN_DOCUMENTS = 1000;
export const COMMON_FRACTION = 0.05;
/** How many of the best candidates receive the common stems' scores before the final order. */
export const SHORTLIST_SIZE = 200;
/** A model in a theme the query is about scores this much more, per such theme. */
export const THEME_BOOST = 0.2;

export function commonThreshold(documentCount: number): number {
  return Math.max(COMMON_MIN_DOCUMENTS, Math.floor(COMMON_FRACTION * documentCount));
}

export type KnownTerm = { termId: number; lexeme: string; documentCount: number; weight: number };
export type PlannedTerm = KnownTerm & { idf: number; common: boolean };

/**
 * Each known stem of the query with its idf and whether it is common. When every stem is
 * common, none is: the query has nothing more distinctive to find candidates with.
 */
export function planRetrieval(terms: readonly KnownTerm[], documentCount: number): PlannedTerm[] {
  const threshold = commonThreshold(documentCount);
  const planned = terms
    .filter((term) => term.documentCount > 0 && term.weight > 0)
    .map((term) => ({
      ...term,
      idf: idf(documentCount, term.documentCount),
      common: term.documentCount > threshold,
    }));
  if (planned.every((term) => term.common)) return planned.map((term) => ({ ...term, common: false }));
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
