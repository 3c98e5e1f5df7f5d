/**
 * pg_trgm's `similarity` and `word_similarity`, computed in the application for texts written in
 * ASCII (decision record 0080). The neighbourhood's titles are compared with the typed one here
 * rather than in the database: PostgreSQL builds the typed title's trigrams again for every row,
 * and its two measures cost about 28 µs a row; here the typed title is read once.
 *
 * The results are pg_trgm's own, to the bit (`similar-trigrams.test.ts` compares them with the
 * database's): words are runs of ASCII letters and digits, lower-cased, padded with two spaces
 * before and one after; a trigram is three consecutive characters of a padded word; a measure is a
 * single-precision float (`Math.fround`). A text holding any other character is not measured here
 * (`isAscii`): what counts as a letter beyond ASCII depends on the database's locale, and the
 * database measures those rows itself.
 */

/** The text holds only ASCII characters: this module measures it exactly as pg_trgm would. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isWordChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const lower = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
const SPACE = 0x20;

/** A trigram as a number: three 7-bit characters. */
const trigram = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;

/**
 * The trigrams of an ASCII text in order, repeats included (pg_trgm's `generate_trgm_only`): for
 * each word "  word ", every three consecutive characters. Written into `out`, grown as needed;
 * returns the count.
 */
function writeTrigrams(text: string, scratch: Scratch): number {
  let n = 0;
  let i = 0;
  // A text of n characters has at most 2n trigrams (one-letter words: "  a", " a ").
  if (scratch.trigrams.length < 2 * text.length + 2) scratch.trigrams = new Int32Array(4 * text.length + 4);
  const out = scratch.trigrams;
  while (i < text.length) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let a = SPACE;
    let b = SPACE;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      const c = lower(text.charCodeAt(i));
      out[n++] = trigram(a, b, c);
      a = b;
      b = c;
      i++;
    }
    out[n++] = trigram(a, b, SPACE);
  }
  return n;
}

/**
 * Open-addressing tables of trigrams (a trigram is below 2²¹, so -1 marks an empty slot), and the
 * working arrays of one measure, reused from row to row: the measures are synchronous.
 */
type Scratch = {
  trigrams: Int32Array;
  /** The stored text's trigrams as indexes: the typed text's distinct ones first, then its own. */
  indexes: Int32Array;
  keys: Int32Array;
  slots: Int32Array;
  lastPos: Int32Array;
};
const scratch: Scratch = {
  trigrams: new Int32Array(1024),
  indexes: new Int32Array(1024),
  keys: new Int32Array(2048),
  slots: new Int32Array(2048),
  lastPos: new Int32Array(2048),
};

const slotOf = (t: number, mask: number) => (Math.imul(t, 0x9e3779b1) >>> 7) & mask;

/** The typed text, read once: its distinct trigrams, each with its rank among them. */
export type TypedTrigrams = { keys: Int32Array; ranks: Int32Array; mask: number; distinct: number };

export function typedTrigrams(typed: string): TypedTrigrams {
  const n = writeTrigrams(typed, scratch);
  let size = 16;
  while (size < 2 * n) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const ranks = new Int32Array(size);
  const mask = size - 1;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const t = scratch.trigrams[i]!;
    let slot = slotOf(t, mask);
    while (keys[slot] !== -1 && keys[slot] !== t) slot = (slot + 1) & mask;
    if (keys[slot] === -1) {
      keys[slot] = t;
      ranks[slot] = distinct++;
    }
  }
  return { keys, ranks, mask, distinct };
}

function rankInTyped(typed: TypedTrigrams, t: number): number {
  let slot = slotOf(t, typed.mask);
  for (;;) {
    const key = typed.keys[slot]!;
    if (key === t) return typed.ranks[slot]!;
    if (key === -1) return -1;
    slot = (slot + 1) & typed.mask;
  }
}

/**
 * The stored text's trigrams as indexes into `scratch.indexes` (a typed trigram keeps its rank;
 * the others are numbered after them), and how many distinct trigrams it holds, and shares.
 */
function indexStored(typed: TypedTrigrams, stored: string) {
  const n = writeTrigrams(stored, scratch);
  let size = 16;
  while (size < 2 * n) size *= 2;
  if (scratch.keys.length < size) {
    scratch.keys = new Int32Array(size);
    scratch.slots = new Int32Array(size);
  }
  if (scratch.indexes.length < n) scratch.indexes = new Int32Array(2 * n);
  if (scratch.lastPos.length < typed.distinct + n) scratch.lastPos = new Int32Array(2 * (typed.distinct + n));
  const { keys, slots, indexes, lastPos } = scratch;
  const mask = size - 1;
  keys.fill(-1, 0, size);
  // lastPos doubles as "seen" while indexing: -1 not yet, then reset to -1 for the walk.
  lastPos.fill(-1, 0, typed.distinct + n);
  let others = 0;
  let distinct = 0;
  let shared = 0;
  for (let i = 0; i < n; i++) {
    const t = scratch.trigrams[i]!;
    let index = rankInTyped(typed, t);
    if (index < 0) {
      let slot = slotOf(t, mask);
      while (keys[slot] !== -1 && keys[slot] !== t) slot = (slot + 1) & mask;
      if (keys[slot] === -1) {
        keys[slot] = t;
        slots[slot] = typed.distinct + others++;
      }
      index = slots[slot]!;
    }
    indexes[i] = index;
    if (lastPos[index] === -1) {
      lastPos[index] = 0;
      distinct++;
      if (index < typed.distinct) shared++;
    }
  }
  lastPos.fill(-1, 0, typed.distinct + others);
  return { count: n, distinct, shared };
}

/** A ratio as pg_trgm gives it: a single-precision float (`CALCSML`, union as the divisor). */
const ratio = (count: number, len1: number, len2: number) => Math.fround(count / (len1 + len2 - count));

/**
 * pg_trgm's `similarity(stored, typed)` — shared distinct trigrams over all distinct trigrams —
 * and `word_similarity(typed, stored)`: how much of the typed text one stretch of the stored one
 * holds.
 */
export function trigramMeasures(typed: TypedTrigrams, stored: string): { similarity: number; word: number } {
  const { count, distinct, shared } = indexStored(typed, stored);
  if (typed.distinct === 0 || count === 0) return { similarity: 0, word: 0 };
  return { similarity: ratio(shared, typed.distinct, distinct), word: walkWords(typed.distinct, count) };
}

/** pg_trgm's default thresholds: titles this alike are compared further. */
export const SIMILARITY_THRESHOLD = 0.3;
export const WORD_SIMILARITY_THRESHOLD = 0.6;

/**
 * The measures of a stored title alike enough to the typed one (similarity ≥ 0.3 or word
 * similarity ≥ 0.6), null for any other. No stretch of the stored text holds more of the typed
 * trigrams than the whole text does: when even that share stays under 0.6 and the similarity under
 * 0.3, the title is not alike and the word similarity's walk is skipped.
 */
export function alikeMeasures(
  typed: TypedTrigrams,
  stored: string,
): { similarity: number; word: number } | null {
  const { count, distinct, shared } = indexStored(typed, stored);
  if (typed.distinct === 0 || count === 0) return null;
  const similarity = ratio(shared, typed.distinct, distinct);
  // A margin for the single-precision rounding of the word similarity.
  if (similarity < SIMILARITY_THRESHOLD && shared / typed.distinct < WORD_SIMILARITY_THRESHOLD - 1e-6)
    return null;
  const word = walkWords(typed.distinct, count);
  return similarity >= SIMILARITY_THRESHOLD || word >= WORD_SIMILARITY_THRESHOLD
    ? { similarity, word }
    : null;
}

/**
 * pg_trgm's own walk (`iterate_word_similarity`) over `scratch.indexes`: each stored trigram found
 * in the typed text closes a stretch, whose start is then moved right while that raises the ratio.
 */
function walkWords(ulen1: number, len2: number): number {
  const { indexes, lastPos } = scratch;
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < len2; i++) {
    const index = indexes[i]!;
    const found = index < ulen1;
    if (lower >= 0 || found) {
      if (lastPos[index]! < 0) {
        ulen2++;
        if (found) count++;
      }
      lastPos[index] = i;
    }
    if (!found) continue;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let current = ratio(count, ulen1, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const previousLower = lower;
    for (let tmpLower = lower; tmpLower <= i; tmpLower++) {
      const tried = ratio(tmpCount, ulen1, tmpUlen2);
      if (tried > current) {
        current = tried;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const at = indexes[tmpLower]!;
      if (lastPos[at] === tmpLower) {
        tmpUlen2--;
        if (at < ulen1) tmpCount--;
      }
    }
    if (current > best) best = current;
    for (let tmpLower = previousLower; tmpLower < lower; tmpLower++) {
      const at = indexes[tmpLower]!;
      if (lastPos[at] === tmpLower) lastPos[at] = -1;
    }
  }
  return best;
}
