import { lexemeVariants } from "../search/query-terms";
import { isStopWord } from "../search/stop-words";

/**
 * A service without `thematiques` is proposed for a signal when its name and description share
 * at least this many distinct stems with the signal's text: one shared word ("quartier",
 * "jeunes") says too little about what a service does.
 */
export const MIN_SHARED_STEMS = 2;

/** Stems shorter than this are too ambiguous to propose a service on ("an", "ag"). */
const MIN_STEM_LENGTH = 3;

/**
 * The stems a signal's words are looked for under, each with the first word typed for it (what
 * the panel cites). Stop words and very short stems are left out; a stem's other inflections
 * (`lexemeVariants`: "vélo" / "vélos") name the same typed word.
 */
export function signalStems(
  words: readonly string[],
  stems: readonly (string | null)[],
): Map<string, string> {
  const byStem = new Map<string, string>();
  words.forEach((word, i) => {
    const stem = stems[i];
    if (!stem || stem.length < MIN_STEM_LENGTH || isStopWord(word)) return;
    for (const candidate of [stem, ...lexemeVariants(stem)]) {
      if (!byStem.has(candidate)) byStem.set(candidate, word.toLowerCase());
    }
  });
  return byStem;
}

/**
 * The signal's words a service shares, once each, in the order they were typed; empty when
 * fewer than `MIN_SHARED_STEMS` distinct words are shared (the service is then not proposed).
 */
export function matchedWords(byStem: ReadonlyMap<string, string>, sharedStems: readonly string[]): string[] {
  const shared = new Set(sharedStems);
  const words = [...new Set([...byStem].filter(([stem]) => shared.has(stem)).map(([, word]) => word))];
  return words.length >= MIN_SHARED_STEMS ? words : [];
}
