/**
 * Which look-alikes elsewhere in the network are worth telling their Fabrique about (issue 17,
 * decision record 0149). The similar panel shows five items however faint the likeness; a
 * notification must be rarer: only an item whose title is clearly close (the title measures are
 * the only text compared across Fabriques, `find-similar-signals.ts`), of another Fabrique, and
 * per Fabrique only its closest item, so a team hears once per new signal or initiative. Pure.
 */
export const SIMILAR_ELSEWHERE_MIN_SIMILARITY = 0.5;

export type LookAlike = {
  id: string;
  kind: "signal" | "initiative";
  fabriqueId: string;
  title: string;
  similarity: number;
  score: number;
};

export function pickSimilarElsewhere(items: readonly LookAlike[], ownFabriqueId: string): LookAlike[] {
  const best = new Map<string, LookAlike>();
  for (const item of items) {
    if (item.fabriqueId === ownFabriqueId || item.similarity < SIMILAR_ELSEWHERE_MIN_SIMILARITY) continue;
    const kept = best.get(item.fabriqueId);
    if (!kept || item.score > kept.score) best.set(item.fabriqueId, item);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.fabriqueId.localeCompare(b.fabriqueId));
}
