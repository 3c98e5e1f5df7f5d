// The catalogue search's SQL: ranking the documents for a query, or browsing them, with the facets.

import { type SQL, sql } from "drizzle-orm";
import type { ModelStatus } from "../db/schema";
import { FIELD_BITS, termScoreSql } from "../search/bm25";
import type { WhyItem } from "../search/explain";
import {
  championsPerStem,
  type PlannedTerm,
  STRONG_FIELDS,
  shortlistSize,
  titleFactorSql,
} from "../search/retrieval-plan";
import { countFacets, facetBitHalvesSql } from "./model-facet-bits";
import type { Executor } from "./model-query-facts";
import { themeFactorSql } from "./model-search-filters";

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

export type RawHit = {
  modelId: string;
  score: number;
  termIds: number[];
  fields: number[];
  scores: number[];
  model: Omit<ModelHit, "score" | "why">;
};
export type RawFacet = { value: string; count: number; label?: string };
export type RawOutcome = {
  results: RawHit[];
  total: number;
  themes: RawFacet[];
  publics: RawFacet[];
  legal_forms: RawFacet[];
  regions: RawFacet[];
};
/** What the ranking statement answers: the facets' bits in two halves (`countFacets`). */
type RankedRow = Pick<RawOutcome, "results" | "total" | "regions"> & {
  bits_low: number[] | null;
  bits_high: number[] | null;
};
export const emptyOutcome: RawOutcome = {
  results: [],
  total: 0,
  themes: [],
  publics: [],
  legal_forms: [],
  regions: [],
};

/** The themes, publics and legal forms facets of the documents in `visible` (browsing). */
const listFacetColumns = sql`
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(themes) as v, count(*)::int as n from visible group by 1) f) as themes,
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(publics) as v, count(*)::int as n from visible group by 1) f) as publics,
  (select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]')
     from (select unnest(legal_forms) as v, count(*)::int as n from visible group by 1) f) as legal_forms`;

/** The régions facet of the rows in `visible`, with the régions' names. */
const regionFacetColumn = sql`
  (select coalesce(json_agg(json_build_object('value', v, 'count', n, 'label',
            (select r.name from territory r where r.kind = 'region' and r.code = v))), '[]')
     from (select region_code as v, count(*)::int as n from visible where region_code is not null group by 1) f)
     as regions`;

/** The page's models, as JSON, in the order of `page` (which has model_id, score, term arrays). */
const pageResults = (order: SQL) => sql`
  (select coalesce(json_agg(json_build_object(
            'modelId', pg.model_id, 'score', pg.score, 'termIds', pg.term_ids, 'fields', pg.fields,
            'scores', pg.scores,
            'model', json_build_object('id', m.id, 'title', m.title, 'summary', m.summary, 'status', m.status,
                                       'externalId', m.external_id, 'sourceUrls', m.source_urls,
                                       'themes', m.themes, 'presence', m.presence,
                                       'ownerFabriqueId', m.owner_fabrique_id))
          order by ${order}), '[]')
   from page pg join model m on m.id = pg.model_id) as results`;

/**
 * The candidates of a ranking: the query's stems (`q`), a common stem's strongest postings
 * (`champions`), and every document a stem reaches with its partial scores (`scored`).
 */
function candidatesSql(values: SQL, score: SQL, champions: number): SQL {
  return sql`
    with q(term_id, w, common, word) as (values ${values}),
    champions as materialized (
      -- A common stem's strongest postings (partial index, most frequent first).
      select q.term_id, p.doc_id, p.frequency, p.length, p.region_code, p.facet_bits
      from q cross join lateral (
        select doc_id, frequency, length, region_code, facet_bits from model_search_posting
        where term_id = q.term_id and fields & ${sql.raw(String(STRONG_FIELDS))} <> 0
        -- The index's own order (its "desc" is "nulls last"): read in order, never sorted.
        order by frequency desc nulls last, doc_id limit ${champions}
      ) p
      where q.common
    ),
    scored as materialized (
      -- One index range scan per distinctive stem (lateral; "offset 0" keeps the planner from
      -- flattening it into a scan of the whole posting table), plus the champions.
      -- "distinctive" is exact; "score" adds what the champions found, to pick the shortlist.
      -- Each posting carries its document's région and facet bits (the same on all of them).
      select doc_id, region_code, facet_bits,
             coalesce(sum(s) filter (where not champion), 0) as distinctive, sum(s) as score from (
        select p.doc_id, p.region_code, p.facet_bits, ${score} as s, false as champion
        from q cross join lateral (
          select doc_id, frequency, length, region_code, facet_bits from model_search_posting
          where term_id = q.term_id offset 0
        ) p
        where not q.common
        union all
        select p.doc_id, p.region_code, p.facet_bits, ${score} as s, true as champion
        from champions p join q on q.term_id = p.term_id
      ) found
      group by doc_id, region_code, facet_bits
    )`;
}

/** BM25 over the query's stems, theme boost, filters, facets: one statement. */
export async function rankDocuments(
  db: Executor,
  planned: PlannedTerm[],
  detectedThemes: string[],
  averageLength: number,
  filters: SQL,
  offset: number,
  limit: number,
  typedWords = 0,
): Promise<RawOutcome> {
  const values = sql.join(
    planned.map(
      (t) =>
        sql`(${t.termId}::int, ${t.weight * t.idf}::float8, ${t.common}::boolean, ${t.word ?? null}::int)`,
    ),
    sql`, `,
  );
  const score = termScoreSql(averageLength);
  const champions = championsPerStem(planned.filter((t) => t.common).length);
  // Runs in the search's transaction, where the prelude turned JIT off (see `loadPrelude`).
  const rows = await db.execute<RankedRow>(sql`
    ${candidatesSql(values, score, champions)},
    visible as materialized (
      -- Filters from the postings' facet bits: no document row read per candidate.
      select c.doc_id, c.score, c.distinctive, c.region_code, c.facet_bits,
             ${themeFactorSql(detectedThemes)} as factor
      from scored c where ${filters}
    ),
    shortlist as (
      select * from visible order by score * factor desc, doc_id limit ${shortlistSize(offset, limit)}
    ),
    completed as (
      -- Exact score: the distinctive stems' part plus every common stem's posting of the model; and
      -- what each stem scored, for the explanations. Postings are probed only where the model's
      -- list of stems says one exists, never once per stem and model.
      select sl.doc_id, (select d.model_id from model_search_document d where d.doc_id = sl.doc_id) as model_id,
             (sl.distinctive + coalesce(h.common, 0)) * sl.factor
               * ${titleFactorSql(sql`coalesce(h.title_words, 0)`, typedWords)} as score,
             coalesce(h.term_ids, '{}') as term_ids, coalesce(h.fields, '{}') as fields,
             coalesce(h.scores, '{}') as scores
      from shortlist sl
      left join lateral (
        select sum(${score}) filter (where q.common) as common, array_agg(q.term_id) as term_ids,
               array_agg(p.fields::int) as fields, array_agg(${score}) as scores,
               count(distinct q.word) filter (where p.fields & ${FIELD_BITS.A} <> 0) as title_words
        from model_search_document_terms dt
        join q on q.term_id = any(dt.term_ids)
        join model_search_posting p on p.term_id = q.term_id and p.doc_id = dt.doc_id
        where dt.doc_id = sl.doc_id
      ) h on true
    ),
    page as (select * from completed order by score desc, doc_id limit ${limit} offset ${offset})
    select
      ${pageResults(sql`pg.score desc, pg.doc_id`)},
      (select count(*)::int from visible) as total,
      ${facetBitHalvesSql(sql`visible`)},
      ${regionFacetColumn}`);
  const { bits_low, bits_high, ...row } = rows.rows[0]!;
  const counts = countFacets(bits_low ?? [], bits_high ?? []);
  return { ...row, themes: counts.theme, publics: counts.public, legal_forms: counts.legalForm };
}

/** No words typed: every model the filters keep, in title order. */
export async function browseDocuments(
  db: Executor,
  filters: SQL,
  offset: number,
  limit: number,
): Promise<RawOutcome> {
  const rows = await db.execute<RawOutcome>(sql`
    with visible as materialized (
      select c.doc_id, c.model_id, c.themes, c.publics, c.legal_forms, c.region_code
      from model_search_document c where ${filters}
    ),
    page as (
      select v.model_id, v.doc_id, lower(m.title) as sort_title, 0 as score, '{}'::int[] as term_ids,
             '{}'::int[] as fields, '{}'::float8[] as scores
      from visible v join model m on m.id = v.model_id
      order by lower(m.title), v.doc_id limit ${limit} offset ${offset}
    )
    select
      ${pageResults(sql`pg.sort_title, pg.doc_id`)},
      (select count(*)::int from visible) as total,
      ${listFacetColumns},
      ${regionFacetColumn}`);
  return rows.rows[0]!;
}

/** What the database says about a query: how it was read, the page of models, facets, total. */
