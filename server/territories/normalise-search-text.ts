import { foldLatin } from "../core/fold-latin";

/**
 * Fold a name or a query for territory search: lower case, accents and ligatures removed,
 * every run of punctuation (hyphens, apostrophes, dots…) turned into one space.
 * "Saint-Étienne" → "saint etienne", "L'Haÿ-les-Roses" → "l hay les roses".
 *
 * The same function fills `territory.search_name` when rows are written and folds the query,
 * so both sides always agree, on the embedded database as on PostgreSQL.
 */
export function normaliseSearchText(value: string): string {
  return foldLatin(value)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
