/**
 * From what a programme officer typed to the weighted stems a search looks for: typo corrections,
 * synonyms of the thesaurus, themes. Pure: the database gives the stems and statistics, these
 * functions decide, so every rule is tested without a database.
 */

/** Weight of a stem found through the thesaurus, against 1 for a word typed by the user. */
export const SYNONYM_WEIGHT = 0.6;
/** A corrected word weighs its trigram similarity to the typed word, at most this much. */
export const MAX_TYPO_WEIGHT = 0.9;
/** Below this similarity, a neighbouring stem is not taken as a correction. */
export const MIN_TYPO_SIMILARITY = 0.45;
/** A typed stem seen in at most this many models may be a typo of a much more common one. */
export const RARE_DOCUMENT_COUNT = 1;
/** …when the neighbour is this much more common and this similar. */
export const RARE_NEIGHBOUR_FACTOR = 5;
export const RARE_NEIGHBOUR_SIMILARITY = 0.6;
/** Words shorter than this are never corrected (too few trigrams to judge). */
export const MIN_TYPO_LENGTH = 4;
export const MAX_QUERY_WORDS = 32;

/** A word of the query, with its French stem (null for a stop word). */
export type QueryWord = { word: string; lexeme: string | null };

/** A group of equivalent expressions of the thesaurus, each with its stems in order. */
export type SynonymGroup = { id: string; terms: string[]; lexemes: string[][]; themeCode: string | null };

export type TermOrigin =
  | { kind: "word"; word: string }
  | { kind: "synonym"; term: string; of: string }
  | { kind: "typo"; word: string; similarity: number };

export type QueryTerm = { lexeme: string; weight: number; origins: TermOrigin[] };
export type DetectedTheme = { code: string; via: string };

export type Neighbour = { lexeme: string; documentCount: number; similarity: number };
/** What the index knows of a typed stem: how many models hold it, and its closest stems. */
export type LexemeFacts = { documentCount: number; neighbours: Neighbour[] };

export type Correction = { word: string; lexeme: string; replacement: string; similarity: number };

/**
 * The other inflections of a French stem that the stemmer, run after accents are folded away,
 * leaves apart: feminine past participles and adjectives ("handicapées" → handicape, "handicapés"
 * → handicap; "réfugiées" → refugie, "réfugiés" → refug), "-euses"/"-eurs" ("chômeuses" →
 * chomeux, "chômeurs" → chomeur; "travailleuses" → travaill, "travailleurs" → travailleur) and the
 * plural "s" the stemmer keeps after an unaccented vowel ("vélos" → velos). A variant counts as
 * the typed word only where the index holds it. Short stems get no variant: "port" is not
 * "porte", "vois" not "voise" (the false friends of `query-terms.test.ts`).
 */
export function lexemeVariants(lexeme: string): string[] {
  const variants = new Set<string>();
  const n = lexeme.length;
  if (n >= 5 && lexeme.endsWith("ie")) variants.add(lexeme.slice(0, -2));
  if (n >= 5 && lexeme.endsWith("e")) variants.add(lexeme.slice(0, -1));
  if (n >= 5 && !lexeme.endsWith("e")) {
    variants.add(`${lexeme}e`);
    variants.add(`${lexeme}ie`);
  }
  if (n >= 6 && lexeme.endsWith("eux")) variants.add(`${lexeme.slice(0, -3)}eur`);
  if (n >= 6 && lexeme.endsWith("eur")) variants.add(`${lexeme.slice(0, -3)}eux`);
  if (n >= 9 && lexeme.endsWith("eur")) variants.add(lexeme.slice(0, -3));
  if (n >= 6 && /(ll|nn|tt)$/.test(lexeme)) variants.add(`${lexeme}eur`);
  if (n >= 5 && /[aiou]s$/.test(lexeme)) variants.add(lexeme.slice(0, -1));
  if (n >= 4 && /[aiou]$/.test(lexeme)) variants.add(`${lexeme}s`);
  variants.delete(lexeme);
  return [...variants];
}

/** Split a query into words: letters and digits, everything else separates (hyphens, apostrophes). */
export function splitQueryWords(q: string): string[] {
  return q
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

/**
 * Which typed words are typos, and of what: a word unknown to the catalogue and to the
 * thesaurus takes its closest stem; a word seen in a single model takes a neighbour much more
 * common and very similar (the catalogue itself may hold the typo).
 */
export function planCorrections(
  words: readonly QueryWord[],
  facts: ReadonlyMap<string, LexemeFacts>,
  thesaurusLexemes: ReadonlySet<string>,
): Correction[] {
  const corrections: Correction[] = [];
  const seen = new Set<string>();
  for (const { word, lexeme } of words) {
    if (!lexeme || seen.has(lexeme) || thesaurusLexemes.has(lexeme)) continue;
    seen.add(lexeme);
    if (lexeme.length < MIN_TYPO_LENGTH) continue;
    const known = facts.get(lexeme);
    const count = known?.documentCount ?? 0;
    const neighbours = (known?.neighbours ?? [])
      .filter((n) => n.lexeme !== lexeme && n.similarity >= MIN_TYPO_SIMILARITY)
      .sort((a, b) => b.similarity - a.similarity || b.documentCount - a.documentCount);
    const best =
      count === 0
        ? neighbours[0]
        : count <= RARE_DOCUMENT_COUNT
          ? neighbours.find(
              (n) =>
                n.similarity >= RARE_NEIGHBOUR_SIMILARITY && n.documentCount >= count * RARE_NEIGHBOUR_FACTOR,
            )
          : undefined;
    if (best) corrections.push({ word, lexeme, replacement: best.lexeme, similarity: best.similarity });
  }
  return corrections;
}

/** Where `needle` occurs as a contiguous run in `haystack`; -1 when it does not. */
function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The stems to look for, each with its weight and where it comes from. Typed words weigh 1; a
 * corrected word weighs its similarity; every expression of a thesaurus group one of whose
 * expressions appears in the query (as a run of stems, stop words ignored) is added at
 * `SYNONYM_WEIGHT`, and the group's theme is detected.
 */
export function expandQuery(
  words: readonly QueryWord[],
  corrections: readonly Correction[],
  groups: readonly SynonymGroup[],
  indexedVariants: ReadonlySet<string> = new Set(),
): { terms: QueryTerm[]; themes: DetectedTheme[] } {
  const terms = new Map<string, QueryTerm>();
  const add = (lexeme: string, weight: number, origin: TermOrigin) => {
    const existing = terms.get(lexeme);
    if (!existing) {
      terms.set(lexeme, { lexeme, weight, origins: [origin] });
      return;
    }
    existing.weight = Math.max(existing.weight, weight);
    const same = existing.origins.some((o) => JSON.stringify(o) === JSON.stringify(origin));
    if (!same) existing.origins.push(origin);
  };

  const correctionOf = new Map(corrections.map((c) => [c.lexeme, c]));
  // The sequence the thesaurus is matched against: stems in order, corrections applied.
  const sequence: { lexeme: string; word: string }[] = [];
  for (const { word, lexeme } of words) {
    if (!lexeme) continue;
    const correction = correctionOf.get(lexeme);
    if (correction) {
      add(correction.replacement, Math.min(MAX_TYPO_WEIGHT, correction.similarity), {
        kind: "typo",
        word,
        similarity: correction.similarity,
      });
      // A rare stem that exists in the catalogue still counts as typed.
      add(lexeme, 1, { kind: "word", word });
      sequence.push({ lexeme: correction.replacement, word });
    } else {
      add(lexeme, 1, { kind: "word", word });
      sequence.push({ lexeme, word });
    }
    // The same word in another gender or number, as typed.
    for (const variant of lexemeVariants(lexeme)) {
      if (indexedVariants.has(variant)) add(variant, 1, { kind: "word", word });
    }
  }

  const stems = sequence.map((s) => s.lexeme);
  const themes: DetectedTheme[] = [];
  for (const group of groups) {
    let matched: { index: number; at: number; length: number } | null = null;
    group.lexemes.forEach((run, index) => {
      if (matched) return;
      const at = indexOfRun(stems, run);
      if (at >= 0) matched = { index, at, length: run.length };
    });
    if (!matched) continue;
    const { index, at, length } = matched as { index: number; at: number; length: number };
    const typed = sequence
      .slice(at, at + length)
      .map((s) => s.word)
      .join(" ");
    // The expansions share the weight of one synonym: a word with many synonyms does not
    // outweigh the words typed beside it.
    const weight = synonymWeight(group.terms.length - 1);
    group.terms.forEach((term, other) => {
      if (other === index) return;
      for (const lexeme of group.lexemes[other] ?? [])
        add(lexeme, weight, { kind: "synonym", term, of: typed });
    });
    if (group.themeCode && !themes.some((t) => t.code === group.themeCode)) {
      themes.push({ code: group.themeCode, via: typed });
    }
  }
  return { terms: [...terms.values()], themes };
}

/** Weight of each of `expansions` expressions added for one matched expression of the thesaurus. */
export function synonymWeight(expansions: number): number {
  return SYNONYM_WEIGHT / Math.sqrt(Math.max(1, expansions));
}

/** Every stem the thesaurus knows (a word it knows is not a typo even if no model holds it). */
export function thesaurusLexemes(groups: readonly SynonymGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.lexemes.flat()));
}
