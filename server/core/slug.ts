import { foldLatin } from "./fold-latin";

/**
 * A slug from a title, for an address or a file name: lower case, ASCII letters and digits, one
 * hyphen between words, 60 characters at most. "Qu'est-ce qui manque à Rouen ?" →
 * "qu-est-ce-qui-manque-a-rouen", "Cœur de ville" → "coeur-de-ville"; nothing left → "".
 * Only new slugs are made with it: one already stored is kept as it is.
 */
export function slugFromTitle(title: string): string {
  return foldLatin(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
