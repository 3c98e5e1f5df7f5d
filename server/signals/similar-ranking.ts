import { formatPercent } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/**
 * How close a similar item's territory is to the one of the signal being written: the same
 * territory, inside the same EPCI, the same département, the same région, or further away.
 */
export const closenessLevels = ["same", "epci", "departement", "region", "far"] as const;
export type Closeness = (typeof closenessLevels)[number];

/** Why an item is shown as similar — territory, shared themes, then text — in French for display. */
export type SimilarWhy =
  | { kind: "territory"; closeness: Exclude<Closeness, "far">; label: string }
  | { kind: "theme"; code: string; theme: string; label: string }
  | { kind: "text"; similarity: number; label: string };

/**
 * What a similar signal or initiative shows, whichever it is: what the actor may open comes with
 * an excerpt and a link; anything else only with its public fields and the Fabrique's contact.
 */
export type SimilarItemBase = {
  id: string;
  reference: string;
  title: string;
  territoryName: string | null;
  themes: string[];
  fabriqueName: string;
  /** The item belongs to one of the actor's Fabriques. */
  sameFabrique: boolean;
  /** The actor may open its page. */
  canOpen: boolean;
  /** The start of its text, only when the actor may open it. */
  excerpt: string | null;
  /** The Fabrique's contact address, given when the actor may not open it. */
  contactEmail: string | null;
  similarity: number;
  sameTerritory: boolean;
  closeness: Closeness;
  score: number;
  why: SimilarWhy[];
};

export type SimilarEvidence = {
  /** Trigram similarity of the texts, 0 to 1 (the better of whole-text and word similarity). */
  similarity: number;
  closeness: Closeness;
  /** Themes both share, with their labels. */
  sharedThemes: readonly { code: string; label: string }[];
};

/**
 * The weights. Every item already passed the text prefilter (trigram similarity ≥ 0.3, or word
 * similarity ≥ 0.6), so text decides among items at the same distance; but a duplicate is the
 * same need on the same ground, so a paraphrase in the same EPCI outranks an identical text in
 * another région. Shared themes break ties. See docs/decisions/0020-similar-across-network.md.
 */
const TEXT_WEIGHT = 0.5;
const CLOSENESS_WEIGHT: Record<Closeness, number> = {
  same: 0.35,
  epci: 0.25,
  departement: 0.15,
  region: 0.06,
  far: 0,
};
const THEME_WEIGHT = 0.05;
const MAX_THEMES_COUNTED = 2;

export function scoreSimilar(evidence: SimilarEvidence): number {
  const text = Math.max(0, Math.min(1, evidence.similarity));
  const themes = Math.min(evidence.sharedThemes.length, MAX_THEMES_COUNTED);
  return TEXT_WEIGHT * text + CLOSENESS_WEIGHT[evidence.closeness] + THEME_WEIGHT * themes;
}

const text = fr.similar.why;

export function explainSimilar(evidence: SimilarEvidence): SimilarWhy[] {
  const why: SimilarWhy[] = [];
  if (evidence.closeness !== "far") {
    why.push({ kind: "territory", closeness: evidence.closeness, label: text[evidence.closeness] });
  }
  for (const theme of evidence.sharedThemes) {
    why.push({
      kind: "theme",
      code: theme.code,
      theme: theme.label,
      label: t(text.theme, { theme: theme.label }),
    });
  }
  // Whole percents: "62 %", not "61,8 %".
  const rounded = Math.round(evidence.similarity * 100) / 100;
  why.push({
    kind: "text",
    similarity: rounded,
    label: t(text.text, { percent: formatPercent(rounded) }),
  });
  return why;
}

/** Best first; equal scores keep the order they came in (the query's text order). */
export function rankSimilar<T extends SimilarEvidence>(
  items: readonly T[],
  limit: number,
): (T & { score: number; why: SimilarWhy[] })[] {
  return items
    .map((item, index) => ({ item, index, score: scoreSimilar(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ item, score }) => ({
      ...item,
      score: Math.round(score * 1000) / 1000,
      why: explainSimilar(item),
    }));
}
