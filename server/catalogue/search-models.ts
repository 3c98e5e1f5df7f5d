import { inArray, type SQL, sql } from "drizzle-orm";
import { fr } from "../../app/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import type { Db } from "../db/database";
import { type LegalForm, type ModelStatus, model, searchSynonym, theme } from "../db/schema";
import { inclusionPublicLabels } from "../offer/data-inclusion";
import { termScoreSql } from "../search/bm25";
import { explainMatch, type MatchedStem, type WhyItem } from "../search/explain";
import {
  type Correction,
  type DetectedTheme,
  expandQuery,
  type LexemeFacts,
  MIN_TYPO_LENGTH,
  planCorrections,
  type QueryTerm,
  type QueryWord,
  RARE_DOCUMENT_COUNT,
  type SynonymGroup,
  splitQueryWords,
  thesaurusLexemes,
} from "../search/query-terms";
import { type PlannedTerm, planRetrieval, shortlistSize, THEME_BOOST } from "../search/retrieval-plan";
import { stemWords } from "../search/stem";
import { type ModelScope, modelScopeOf } from "./model-access";
import { type SearchModelsInput, type SearchModelsQuery, searchModelsInput } from "./model-schemas";

export type ModelHit = {
  id: string;
  title: string;
  summary: string;
  status: ModelStatus;
  externalId: string | null;
  sourceUrls: string[];
  themes: string[];
  presence: string;
  ownerFabriqueId: string | null;
  score: number;
  why: WhyItem[];
};

export type Facet = { value: string; label: string; count: number };

export type ModelSearchResult = {
  query: string;
  results: ModelHit[];
  total: number;
  page: number;
  limit: number;
  pages: number;
  facets: { themes: Facet[]; publics: Facet[]; legalForms: Facet[]; regions: Facet[] };
  /** How the query was read: corrected words, synonyms added, themes recognised. */
  interpretation: {
    corrections: { word: string; found: string }[];
    synonyms: { term: string; of: string }[];
    themes: { code: string; label: string; via: string }[];
  };
};

type RawHit = { modelId: string; score: number; termIds: number[]; fields: number[]; scores: number[] };
type RawFacet = { value: string; count: number };
type RawOutcome = {
  results: RawHit[];
  total: number;
  themes: RawFacet[];
  publics: RawFacet[];
  legal_forms: RawFacet[];
  regions: RawFacet[];
};

const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** Which indexed documents the actor may see, narrowed by the query's filters. */
export function modelFilterSql(scope: ModelScope, query: SearchModelsQuery): SQL {
  const own = scope.allFabriques
    ? sql`true`
    : scope.fabriqueIds.length
      ? sql`d.owner_fabrique_id = any(${sql.param(scope.fabriqueIds)}::uuid[])`
      : sql`false`;
  const conditions: SQL[] = [];
  if (!query.status) conditions.push(sql`(d.status = 'published' or (d.status = 'draft' and ${own}))`);
  else if (query.status === "published") conditions.push(sql`d.status = 'published'`);
  else conditions.push(sql`(d.status = ${query.status} and ${own})`);
  if (query.theme.length) conditions.push(sql`d.themes && ${textArray(query.theme)}`);
  if (query.public.length) conditions.push(sql`d.publics && ${textArray(query.public)}`);
  if (query.legalForm.length) conditions.push(sql`d.legal_forms && ${textArray(query.legalForm)}`);
  if (query.region.length) conditions.push(sql`d.region_code = any(${textArray(query.region)})`);
  if (query.territory) {
    conditions.push(sql`d.territory_keys @> array[${`${query.territory.kind}:${query.territory.code}`}]::text[]`);
  }
  return sql.join(conditions, sql` and `);
}

const facetColumns = sql`
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(themes) as v, count(*)::int as n from visible group by 1) f) as themes,
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(publics) as v, count(*)::int as n from visible group by 1) f) as publics,
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(legal_forms) as v, count(*)::int as n from visible group by 1) f) as legal_forms,
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select region_code as v, count(*)::int as n from visible where region_code is not null group by 1) f)
     as regions`;

/** BM25 over the query's stems, theme boost, filters, facets: one statement. */
async function rankDocuments(
  db: Db,
  planned: PlannedTerm[],
  detectedThemes: string[],
  averageLength: number,
  filters: SQL,
  offset: number,
  limit: number,
): Promise<RawOutcome> {
  const values = sql.join(
    planned.map((t) => sql`(${t.termId}::int, ${t.weight * t.idf}::float8, ${t.common}::boolean)`),
    sql`, `,
  );
  const score = termScoreSql(averageLength);
  const rows = await db.execute<RawOutcome>(sql`
    with q(term_id, w, common) as (values ${values}),
    scored as materialized (
      select p.doc_id, sum(${score}) as score, array_agg(p.term_id) as term_ids,
             array_agg(p.fields::int) as fields, array_agg(${score}) as scores
      from model_search_posting p join q on q.term_id = p.term_id
      where not q.common
      group by p.doc_id
    ),
    visible as materialized (
      select s.doc_id, s.score, s.term_ids, s.fields, s.scores, d.model_id, d.themes, d.publics,
             d.legal_forms, d.region_code,
             1 + ${THEME_BOOST}::float8 * (select count(*) from unnest(d.themes) as th
                                           where th = any(${textArray(detectedThemes)})) as factor
      from scored s join model_search_document d on d.doc_id = s.doc_id
      where ${filters}
    ),
    shortlist as (
      select * from visible order by score * factor desc, doc_id limit ${shortlistSize(offset, limit)}
    ),
    completed as (
      select sl.doc_id, sl.model_id, (sl.score + coalesce(c.score, 0)) * sl.factor as score,
             sl.term_ids || coalesce(c.term_ids, '{}') as term_ids,
             sl.fields || coalesce(c.fields, '{}') as fields,
             sl.scores || coalesce(c.scores, '{}') as scores
      from shortlist sl
      left join lateral (
        select sum(${score}) as score, array_agg(p.term_id) as term_ids,
               array_agg(p.fields::int) as fields, array_agg(${score}) as scores
        from q join model_search_posting p on p.term_id = q.term_id and p.doc_id = sl.doc_id
        where q.common
      ) c on true
    ),
    page as (select * from completed order by score desc, doc_id limit ${limit} offset ${offset})
    select
      (select coalesce(json_agg(json_build_object('modelId', model_id, 'score', score, 'termIds', term_ids,
                                                  'fields', fields, 'scores', scores)
                                order by score desc, doc_id), '[]') from page) as results,
      (select count(*)::int from visible) as total,
      ${facetColumns}`);
  return rows.rows[0]!;
}

/** No words typed: every model the filters keep, in title order. */
async function browseDocuments(db: Db, filters: SQL, offset: number, limit: number): Promise<RawOutcome> {
  const rows = await db.execute<RawOutcome>(sql`
    with visible as materialized (
      select d.doc_id, d.model_id, d.themes, d.publics, d.legal_forms, d.region_code
      from model_search_document d where ${filters}
    ),
    page as (
      select v.model_id, m.title, v.doc_id from visible v join model m on m.id = v.model_id
      order by lower(m.title), v.doc_id limit ${limit} offset ${offset}
    )
    select
      (select coalesce(json_agg(json_build_object('modelId', model_id, 'score', 0, 'termIds', '[]'::json,
                                                  'fields', '[]'::json, 'scores', '[]'::json)
                                order by lower(title), doc_id), '[]') from page) as results,
      (select count(*)::int from visible) as total,
      ${facetColumns}`);
  return rows.rows[0]!;
}

async function loadSynonymGroups(db: Db): Promise<SynonymGroup[]> {
  const rows = await db
    .select({
      id: searchSynonym.id,
      terms: searchSynonym.terms,
      lexemes: searchSynonym.lexemes,
      themeCode: searchSynonym.themeCode,
    })
    .from(searchSynonym);
  return rows;
}

/** How many models hold each typed stem, and for the rare or unknown ones their closest stems. */
async function lexemeFacts(
  db: Db,
  words: QueryWord[],
  thesaurus: ReadonlySet<string>,
): Promise<Map<string, LexemeFacts>> {
  const lexemes = [...new Set(words.map((w) => w.lexeme).filter((l): l is string => l !== null))];
  const facts = new Map<string, LexemeFacts>(lexemes.map((l) => [l, { documentCount: 0, neighbours: [] }]));
  if (lexemes.length === 0) return facts;
  const counts = await db.execute<{ lexeme: string; document_count: number }>(sql`
    select lexeme, document_count from model_search_term where lexeme = any(${textArray(lexemes)})`);
  for (const row of counts.rows) facts.get(row.lexeme)!.documentCount = row.document_count;
  const doubtful = lexemes.filter(
    (l) =>
      l.length >= MIN_TYPO_LENGTH && !thesaurus.has(l) && facts.get(l)!.documentCount <= RARE_DOCUMENT_COUNT,
  );
  if (doubtful.length) {
    const near = await db.execute<{ lexeme: string; neighbour: string; document_count: number; similarity: number }>(
      sql`
      select q.lexeme, n.lexeme as neighbour, n.document_count, n.similarity
      from unnest(${textArray(doubtful)}) as q(lexeme)
      cross join lateral (
        select t.lexeme, t.document_count, similarity(t.lexeme, q.lexeme) as similarity
        from model_search_term t
        where t.lexeme % q.lexeme and t.document_count > 0 and t.lexeme <> q.lexeme
        order by similarity(t.lexeme, q.lexeme) desc, t.document_count desc
        limit 3
      ) n`,
    );
    for (const row of near.rows) {
      facts.get(row.lexeme)!.neighbours.push({
        lexeme: row.neighbour,
        documentCount: row.document_count,
        similarity: Number(row.similarity),
      });
    }
  }
  return facts;
}

/** A word of the catalogue for each corrected stem, to show the correction in words. */
async function surfaceWords(db: Db, lexemes: string[]): Promise<Map<string, string>> {
  const surfaces = new Map<string, string>();
  if (lexemes.length === 0) return surfaces;
  const rows = await db.execute<{ lexeme: string; word: string | null }>(sql`
    select l.lexeme, (
      select w.word
      from model_search_term t
      join model_search_posting p on p.term_id = t.term_id
      join model_search_document d on d.doc_id = p.doc_id
      join model m on m.id = d.model_id
      cross join lateral regexp_split_to_table(
        lower(concat_ws(' ', m.title, array_to_string(m.tags, ' '), m.summary, m.description)),
        '[^[:alnum:]À-ÿœæ]+') as w(word)
      where t.lexeme = l.lexeme
        and tsvector_to_array(to_tsvector('fr_unaccent'::regconfig, w.word)) = array[l.lexeme]
      limit 1
    ) as word
    from unnest(${textArray(lexemes)}) as l(lexeme)`);
  for (const row of rows.rows) if (row.word) surfaces.set(row.lexeme, row.word);
  return surfaces;
}

type Analysis = {
  terms: QueryTerm[];
  themes: DetectedTheme[];
  corrections: Correction[];
};

async function analyseQuery(db: Db, q: string): Promise<Analysis> {
  const split = splitQueryWords(q);
  const stems = await stemWords(db, split);
  const words: QueryWord[] = split.map((word, i) => ({ word, lexeme: stems[i] ?? null }));
  const groups = await loadSynonymGroups(db);
  const thesaurus = thesaurusLexemes(groups);
  const facts = await lexemeFacts(db, words, thesaurus);
  const corrections = planCorrections(words, facts, thesaurus);
  const { terms, themes } = expandQuery(words, corrections, groups);
  return { terms, themes, corrections };
}

/**
 * The catalogue's one search: the public page, the officers' views and the API all call it.
 * French full-text stems, BM25 with field weights, thesaurus expansion, typo correction, theme
 * boost, facets; each result says why it matched. Only what the actor may see is searched.
 */
export async function searchModels(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  input: SearchModelsInput,
): Promise<Result<ModelSearchResult>> {
  const parsed = searchModelsInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const query = parsed.data;
  const scope = modelScopeOf(actor);
  if ((query.status === "draft" || query.status === "archived") && !actor) {
    return fail("INVALID_INPUT", { fields: { status: fr.catalogue.search.statusNeedsAccount } });
  }
  const filters = modelFilterSql(scope, query);
  const offset = (query.page - 1) * query.limit;
  const db = deps.db;

  const [stats] = (
    await db.execute<{ document_count: number; total_length: number }>(
      sql`select document_count, total_length from model_search_stats where id = 1`,
    )
  ).rows;
  const documentCount = stats?.document_count ?? 0;
  const averageLength = documentCount > 0 ? Number(stats!.total_length) / documentCount : 1;

  let analysis: Analysis = { terms: [], themes: [], corrections: [] };
  let outcome: RawOutcome;
  let termByLexeme = new Map<number, string>();
  if (query.q && documentCount > 0) {
    analysis = await analyseQuery(db, query.q);
    const lexemes = analysis.terms.map((t) => t.lexeme);
    const known = lexemes.length
      ? (
          await db.execute<{ term_id: number; lexeme: string; document_count: number }>(sql`
            select term_id, lexeme, document_count from model_search_term where lexeme = any(${textArray(lexemes)})`)
        ).rows
      : [];
    const weightOf = new Map(analysis.terms.map((t) => [t.lexeme, t.weight]));
    const planned = planRetrieval(
      known.map((row) => ({
        termId: row.term_id,
        lexeme: row.lexeme,
        documentCount: row.document_count,
        weight: weightOf.get(row.lexeme) ?? 0,
      })),
      documentCount,
    );
    termByLexeme = new Map(planned.map((t) => [t.termId, t.lexeme]));
    outcome = planned.length
      ? await rankDocuments(
          db,
          planned,
          analysis.themes.map((t) => t.code),
          averageLength,
          filters,
          offset,
          query.limit,
        )
      : { results: [], total: 0, themes: [], publics: [], legal_forms: [], regions: [] };
  } else if (query.q) {
    outcome = { results: [], total: 0, themes: [], publics: [], legal_forms: [], regions: [] };
  } else {
    outcome = await browseDocuments(db, filters, offset, query.limit);
  }

  const ids = outcome.results.map((r) => r.modelId);
  const models = ids.length
    ? await db
        .select({
          id: model.id,
          title: model.title,
          summary: model.summary,
          status: model.status,
          externalId: model.externalId,
          sourceUrls: model.sourceUrls,
          themes: model.themes,
          presence: model.presence,
          ownerFabriqueId: model.ownerFabriqueId,
        })
        .from(model)
        .where(inArray(model.id, ids))
    : [];
  const byId = new Map(models.map((m) => [m.id, m]));
  const themeRows = await db
    .select({ code: theme.code, label: theme.label, position: theme.position })
    .from(theme)
    .orderBy(theme.position);
  const themeLabels = new Map(themeRows.map((t) => [t.code, t.label]));
  const surfaces = await surfaceWords(
    db,
    analysis.corrections.map((c) => c.replacement),
  );

  const results: ModelHit[] = [];
  for (const raw of outcome.results) {
    const row = byId.get(raw.modelId);
    if (!row) continue;
    const matched: MatchedStem[] = raw.termIds.map((termId, i) => ({
      lexeme: termByLexeme.get(termId) ?? "",
      fields: raw.fields[i] ?? 0,
      score: raw.scores[i] ?? 0,
    }));
    results.push({
      ...row,
      score: Math.round(raw.score * 1000) / 1000,
      why: explainMatch({
        matched,
        terms: analysis.terms,
        detectedThemes: analysis.themes,
        modelThemes: row.themes,
        themeLabels,
        surfaces,
      }),
    });
  }

  const regionNames = await regionLabels(
    db,
    outcome.regions.map((r) => r.value),
  );
  const order = new Map(themeRows.map((t) => [t.code, t.position]));
  const facets = {
    themes: outcome.themes
      .map((f) => ({ ...f, label: themeLabels.get(f.value) ?? f.value }))
      .sort((a, b) => (order.get(a.value) ?? 99) - (order.get(b.value) ?? 99)),
    publics: sortFacets(outcome.publics.map((f) => ({ ...f, label: inclusionPublicLabels.get(f.value) ?? f.value }))),
    legalForms: sortFacets(
      outcome.legal_forms.map((f) => ({
        ...f,
        label: fr.catalogue.legalForms[f.value as LegalForm] ?? f.value,
      })),
    ),
    regions: sortFacets(outcome.regions.map((f) => ({ ...f, label: regionNames.get(f.value) ?? f.value }))),
  };

  const synonyms = new Map<string, { term: string; of: string }>();
  for (const term of analysis.terms) {
    for (const origin of term.origins) {
      if (origin.kind === "synonym") synonyms.set(`${origin.term}|${origin.of}`, { term: origin.term, of: origin.of });
    }
  }
  return ok({
    query: query.q,
    results,
    total: outcome.total,
    page: query.page,
    limit: query.limit,
    pages: Math.max(1, Math.ceil(outcome.total / query.limit)),
    facets,
    interpretation: {
      corrections: analysis.corrections.map((c) => ({
        word: c.word,
        found: surfaces.get(c.replacement) ?? c.replacement,
      })),
      synonyms: [...synonyms.values()],
      themes: analysis.themes.map((t) => ({ code: t.code, label: themeLabels.get(t.code) ?? t.code, via: t.via })),
    },
  });
}

function sortFacets(facets: Facet[]): Facet[] {
  return facets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
}

async function regionLabels(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.execute<{ code: string; name: string }>(sql`
    select code, name from territory where kind = 'region' and code = any(${textArray(codes)})`);
  return new Map(rows.rows.map((r) => [r.code, r.name]));
}
