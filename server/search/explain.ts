import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type FieldName, fieldsOf } from "./bm25";
import type { DetectedTheme, QueryTerm } from "./query-terms";

/** Why a result matched, item by item, in the words of the query (and in French for display). */
export type WhyItem =
  | { kind: "term"; word: string; fields: FieldName[]; label: string }
  | { kind: "synonym"; term: string; of: string; fields: FieldName[]; label: string }
  | { kind: "typo"; word: string; found: string; fields: FieldName[]; label: string }
  | { kind: "theme"; code: string; theme: string; via: string; label: string };

/** A stem of the query found in the result: where (field bits) and how much it added. */
export type MatchedStem = { lexeme: string; fields: number; score: number };

const text = fr.catalogue.why;

function fieldList(fields: FieldName[]): string {
  const names = fields.map((f) => text.fields[f]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${text.and} ${names.at(-1)}`;
}

/**
 * Turn the stems a result matched into reasons: the typed words found, the synonyms used (and
 * for which words), the corrected typos, the themes of the query the model belongs to. Reasons
 * come strongest first; one reason per word, expression or theme.
 */
export function explainMatch(input: {
  matched: readonly MatchedStem[];
  terms: readonly QueryTerm[];
  detectedThemes: readonly DetectedTheme[];
  modelThemes: readonly string[];
  themeLabels: ReadonlyMap<string, string>;
  /** A word of the catalogue for each corrected stem ("ressourcerie" for `ressourcer`). */
  surfaces: ReadonlyMap<string, string>;
}): WhyItem[] {
  const byLexeme = new Map(input.terms.map((term) => [term.lexeme, term]));
  const reasons = new Map<string, { item: WhyItem; score: number; bits: number }>();
  const sorted = [...input.matched].sort((a, b) => b.score - a.score);
  for (const stem of sorted) {
    const term = byLexeme.get(stem.lexeme);
    if (!term) continue;
    for (const origin of term.origins) {
      const key =
        origin.kind === "word"
          ? `word:${origin.word.toLowerCase()}`
          : origin.kind === "synonym"
            ? `synonym:${origin.term}:${origin.of}`
            : `typo:${origin.word.toLowerCase()}`;
      const existing = reasons.get(key);
      if (existing) {
        existing.bits |= stem.fields;
        existing.score += stem.score;
        continue;
      }
      let item: WhyItem;
      if (origin.kind === "word") {
        item = { kind: "term", word: origin.word, fields: [], label: "" };
      } else if (origin.kind === "synonym") {
        item = { kind: "synonym", term: origin.term, of: origin.of, fields: [], label: "" };
      } else {
        const found = input.surfaces.get(stem.lexeme) ?? stem.lexeme;
        item = { kind: "typo", word: origin.word, found, fields: [], label: "" };
      }
      reasons.set(key, { item, score: stem.score, bits: stem.fields });
    }
  }

  const items = [...reasons.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ item, bits }) => {
      if (item.kind === "theme") return item;
      const fields = fieldsOf(bits);
      const where = fieldList(fields);
      if (item.kind === "term") return { ...item, fields, label: t(text.term, { word: item.word, where }) };
      if (item.kind === "synonym") {
        return { ...item, fields, label: t(text.synonym, { term: item.term, of: item.of, where }) };
      }
      return { ...item, fields, label: t(text.typo, { found: item.found, word: item.word, where }) };
    });

  for (const detected of input.detectedThemes) {
    if (!input.modelThemes.includes(detected.code)) continue;
    const theme = input.themeLabels.get(detected.code) ?? detected.code;
    items.push({
      kind: "theme",
      code: detected.code,
      theme,
      via: detected.via,
      label: t(text.theme, { theme, via: detected.via }),
    });
  }
  return items;
}
