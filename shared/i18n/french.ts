/**
 * French contractions around a value put into a sentence, so that every catalogue string reads
 * right whatever the name: "de ADRESS" → "d'ADRESS", "que administrateur" → "qu'administrateur",
 * "la Fabrique Fabrique à initiatives du Var" → "la Fabrique à initiatives du Var". Pure; used by
 * `t()` for every placeholder, so the catalogue is written once in plain words.
 */

/** Words elided before a vowel (the apostrophe is typographic in the catalogue, `'` here too). */
const elided = ["de", "que", "le", "la", "ne", "je", "lorsque", "puisque", "jusque"];
/**
 * A value starting with a vowel, accented or not. `h` and `y` are left alone: "de Haute-Saône"
 * (h aspiré) and "de Yannick" are right, and telling the cases apart needs a dictionary.
 */
const startsWithVowel = (value: string) => /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(value);

/**
 * The text before a placeholder, adjusted for the value that follows it: its last word elided
 * when the value starts with a vowel, or a trailing "Fabrique " dropped when the value already
 * starts with "Fabrique" (the name of a Fabrique that says it itself).
 */
export function beforeValue(before: string, value: string): string {
  if (/\bFabrique $/.test(before) && /^Fabrique\b/i.test(value)) return before.slice(0, -"Fabrique ".length);
  if (!startsWithVowel(value)) return before;
  const match = /(^|[\s(«"'’])([A-Za-z]+) $/.exec(before);
  if (!match) return before;
  const word = match[2]!;
  if (!elided.includes(word.toLowerCase())) return before;
  return `${before.slice(0, before.length - word.length - 1)}${word.slice(0, -1)}'`;
}
