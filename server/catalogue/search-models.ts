import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ReadCache } from "../core/read-cache";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import type { LegalForm } from "../db/schema";
import { explainMatch } from "../search/explain";
import {
  type Correction,
  type DetectedTheme,
  expandQuery,
  lexemeVariants,
  planCorrections,
  type QueryTerm,
  type QueryWord,
  splitQueryWords,
  thesaurusLexemes,
} from "../search/query-terms";
import { planRetrieval } from "../search/retrieval-plan";
import { isStopWord } from "../search/stop-words";
import { type ModelScope, modelScopeOf } from "./model-access";
import { type Executor, loadPrelude, loadVariants, surfaceWords } from "./model-query-facts";
import { type SearchModelsInput, type SearchModelsQuery, searchModelsInput } from "./model-schemas";
import { modelFilterSql, searchedGroups } from "./model-search-filters";
import {
  browseDocuments,
  emptyOutcome,
  type ModelHit,
  type RawOutcome,
  rankDocuments,
} from "./search-models-sql";

export type { ModelHit } from "./search-models-sql";

export type Facet = { value: string; label: string; count: number };

export type ModelSearchResult = {
  query: string;
  results: ModelHit[];
  total: number;
  page: number;
  limit: number;
  pages: number;
  facets: { themes: Facet[]; publics: Facet[]; legalForms: Facet[]; regions: Facet[] };
  /**
   * Every theme of the catalogue, in display order: read by the search's first query anyway, so the
   * page needs no query of its own for its filters (decision record 0068). Not in the API's answer.
   */
  themes: { code: string; label: string }[];
  /** How the query was read: corrected words, synonyms added, themes recognised. */
  interpretation: {
    corrections: { word: string; found: string }[];
    synonyms: { term: string; of: string }[];
    themes: { code: string; label: string; via: string }[];
  };
};

async function readSearch(db: Executor, query: SearchModelsQuery, scope: ModelScope) {
  const offset = (query.page - 1) * query.limit;
  const split = splitQueryWords(query.q);
  const searched = searchedGroups(scope, query.status);
  const prelude = await loadPrelude(db, split, searched);
  let terms: QueryTerm[] = [];
  let detected: DetectedTheme[] = [];
  let corrections: Correction[] = [];
  let lexemeOf = new Map<number, string>();
  let outcome: RawOutcome;
  if (split.length === 0) {
    outcome = await browseDocuments(db, modelFilterSql(scope, query, "documents"), offset, query.limit);
  } else if (prelude.documentCount === 0) {
    outcome = emptyOutcome;
  } else {
    const words: QueryWord[] = split.map((word, i) => ({
      word,
      lexeme: isStopWord(word) ? null : (prelude.stems[i] ?? null),
    }));
    const variants = await loadVariants(db, prelude, searched);
    const thesaurus = thesaurusLexemes(prelude.groups);
    const known = new Set([...thesaurus, ...variantRoots(words, variants)]);
    corrections = planCorrections(words, prelude.facts, known);
    ({ terms, themes: detected } = expandQuery(words, corrections, prelude.groups, variants));
    // Every stem the query looks for is among those the prelude read from the index.
    const typed = [...new Set(words.filter((w) => w.lexeme).map((w) => w.word))];
    const looked = terms.flatMap((term) => {
      const indexed = prelude.indexed.get(term.lexeme);
      const word = typedWordOf(term, typed);
      return indexed ? [{ ...indexed, lexeme: term.lexeme, weight: term.weight, word }] : [];
    });
    const planned = planRetrieval(looked, prelude.documentCount);
    lexemeOf = new Map(planned.map((t) => [t.termId, t.lexeme]));
    outcome = planned.length
      ? await rankDocuments(
          db,
          planned,
          detected.map((t) => t.code),
          prelude.averageLength,
          modelFilterSql(scope, query, "postings"),
          offset,
          query.limit,
          typed.length,
        )
      : emptyOutcome;
  }
  const surfaces = await surfaceWords(
    db,
    corrections.map((c) => c.replacement),
    searched,
  );
  return { prelude, terms, detected, corrections, lexemeOf, outcome, surfaces };
}

/** The position of the typed word a stem stands for (as typed, corrected or inflected); none for a synonym. */
function typedWordOf(term: QueryTerm, typed: readonly string[]): number | undefined {
  const origin = term.origins.find((o) => o.kind === "word" || o.kind === "typo");
  if (!origin || !("word" in origin)) return undefined;
  const at = typed.indexOf(origin.word);
  return at >= 0 ? at : undefined;
}

/** Typed stems one of whose inflections the index holds: not typos, whatever their own count. */
function variantRoots(words: readonly QueryWord[], variants: ReadonlySet<string>): string[] {
  return words.flatMap(({ lexeme }) =>
    lexeme && lexemeVariants(lexeme).some((v) => variants.has(v)) ? [lexeme] : [],
  );
}

/**
 * Visitors' searches (no account): the same answer for everyone, kept until the catalogue changes
 * (decision record 0045). A signed-in person's search is never read from it nor kept in it.
 */
const visitorSearches = new ReadCache<ModelSearchResult>({ name: "catalogue", maxEntries: 1000 });

/**
 * The catalogue's one search: the public page, the officers' views and the API all call it.
 * French full-text stems, BM25 with field weights, thesaurus expansion, typo correction, theme
 * boost, facets; each result says why it matched. Only what the actor may see is searched.
 */
export async function searchModels(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  input: SearchModelsInput,
): Promise<Result<ModelSearchResult, "INVALID_INPUT">> {
  const parsed = searchModelsInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const query = parsed.data;
  if ((query.status === "draft" || query.status === "archived") && !actor) {
    return fail("INVALID_INPUT", { fields: { status: fr.catalogue.search.statusNeedsAccount } });
  }
  if (actor) return ok(await runSearch(deps, actor, query));
  return ok(await visitorSearches.get(deps.db, JSON.stringify(query), () => runSearch(deps, null, query)));
}

async function runSearch(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  query: SearchModelsQuery,
): Promise<ModelSearchResult> {
  const scope = modelScopeOf(actor);

  // One transaction, so the prelude's JIT setting holds for the ranking: four round trips in all
  // (begin, prelude, ranking, commit), plus one when a word was corrected.
  const { prelude, terms, detected, corrections, lexemeOf, outcome, surfaces } = await deps.db.transaction(
    (tx) => readSearch(tx, query, scope),
  );
  const themeLabels = new Map(prelude.themes.map((t) => [t.code, t.label]));
  const results: ModelHit[] = outcome.results.map((raw) => ({
    ...raw.model,
    score: Math.round(raw.score * 1000) / 1000,
    why: explainMatch({
      matched: raw.termIds.map((termId, i) => ({
        lexeme: lexemeOf.get(termId) ?? "",
        fields: raw.fields[i] ?? 0,
        score: raw.scores[i] ?? 0,
      })),
      terms,
      detectedThemes: detected,
      modelThemes: raw.model.themes,
      themeLabels,
      surfaces,
    }),
  }));

  const themeOrder = new Map(prelude.themes.map((t, i) => [t.code, i]));
  const facets = {
    themes: outcome.themes
      .map((f) => ({ ...f, label: themeLabels.get(f.value) ?? f.value }))
      .sort((a, b) => (themeOrder.get(a.value) ?? 99) - (themeOrder.get(b.value) ?? 99)),
    publics: sortFacets(
      outcome.publics.map((f) => ({ ...f, label: inclusionPublicLabels.get(f.value) ?? f.value })),
    ),
    legalForms: sortFacets(
      outcome.legal_forms.map((f) => ({
        ...f,
        label: fr.catalogue.legalForms[f.value as LegalForm] ?? f.value,
      })),
    ),
    regions: sortFacets(outcome.regions.map((f) => ({ ...f, label: f.label ?? f.value }))),
  };

  const synonyms = new Map<string, { term: string; of: string }>();
  for (const term of terms) {
    for (const origin of term.origins) {
      if (origin.kind === "synonym")
        synonyms.set(`${origin.term}|${origin.of}`, { term: origin.term, of: origin.of });
    }
  }
  return {
    query: query.q,
    results,
    total: outcome.total,
    page: query.page,
    limit: query.limit,
    pages: Math.max(1, Math.ceil(outcome.total / query.limit)),
    facets,
    themes: prelude.themes,
    interpretation: {
      corrections: corrections.map((c) => ({
        word: c.word,
        found: surfaces.get(c.replacement) ?? c.replacement,
      })),
      synonyms: [...synonyms.values()],
      themes: detected.map((t) => ({ code: t.code, label: themeLabels.get(t.code) ?? t.code, via: t.via })),
    },
  };
}

function sortFacets(facets: Facet[]): Facet[] {
  return facets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
}
