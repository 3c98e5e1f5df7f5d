import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import {
  type LexemeFacts,
  lexemeVariants,
  MIN_TYPO_LENGTH,
  type Neighbour,
  RARE_DOCUMENT_COUNT,
  type SynonymGroup,
} from "../search/query-terms";
import { SEARCH_CONFIG } from "../search/stem";

/*
 * What the catalogue search reads about a query before ranking, in one round trip: corpus totals,
 * the stems of the typed words, how rare each stem is (and its closest stems for typos), the ids
 * of every stem the query may look for; and readable words for the corrections. Split from
 * `search-models.ts`, which ranks and explains.
 */

/** The database or a transaction: what these reads need. */
export type Executor = Pick<Db, "execute">;

export const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** The readers' groups a search counts (`searchedGroups` in `model-search-filters.ts` builds them). */
export type SearchedGroups = {
  /** How many searched models hold the stem of `model_search_term` row `t`. */
  termCount: (t: SQL) => SQL;
  /** Whether a row with `status` and `owner_fabrique_id` (a corpus group, a document) is searched. */
  holds: (row: SQL) => SQL;
};

/** A stem of the index: its id and how many of the searched models hold it. */
export type IndexedTerm = { termId: number; documentCount: number };

export type Prelude = {
  documentCount: number;
  averageLength: number;
  stems: (string | null)[];
  groups: SynonymGroup[];
  themes: { code: string; label: string }[];
  /** How many models hold each typed stem, and for the rare or unknown ones their closest stems. */
  facts: Map<string, LexemeFacts>;
  /**
   * Every stem the query can end up looking for (typed, closest stems, stems of the thesaurus
   * groups these reach) that the index holds, so ranking needs no other lookup.
   */
  indexed: Map<string, IndexedTerm>;
};

type NeighbourRow = Neighbour & { termId: number };

/** A thesaurus group's `lexemes` (`string[][]`) holds this stem in one of its expressions. */
const inThesaurus = (lexeme: SQL) => sql`jsonb_build_array(jsonb_build_array(${lexeme}))`;

/**
 * One round trip before ranking: corpus totals, the stems of the typed words, the thesaurus, the
 * themes, and what the index knows of the stems (document counts, typo neighbours, term ids).
 * Totals, counts and neighbours come from the searched models only (`searched`): a stem held
 * only by models the caller may not read is unknown to them. Run it in the search's
 * transaction: it turns JIT off until the transaction ends.
 */
export async function loadPrelude(db: Executor, words: string[], searched: SearchedGroups): Promise<Prelude> {
  const rows = await db.execute<PreludeRow>(preludeSql(words, searched));
  return preludeOf(rows.rows[0]!);
}

/** The prelude's one row, as the database answers it. */
type PreludeRow = {
  stats: { n: number; total: number } | null;
  stems: (string | null)[] | null;
  groups: SynonymGroup[] | null;
  themes: { code: string; label: string }[] | null;
  facts:
    | { lexeme: string; termId: number | null; documentCount: number; neighbours: NeighbourRow[] | null }[]
    | null;
  synonyms: { lexeme: string; termId: number; documentCount: number }[] | null;
};

/** The prelude's statement (see `loadPrelude`). */
function preludeSql(words: string[], searched: SearchedGroups): SQL {
  const count = searched.termCount;
  return sql`
    with word as (
      select ord, (tsvector_to_array(to_tsvector(${sql.raw(`'${SEARCH_CONFIG}'`)}::regconfig, w)))[1] as lexeme
      from unnest(${textArray(words)}) with ordinality as t(w, ord)
    ),
    typed as (select distinct lexeme from word where lexeme is not null),
    fact as (
      select q.lexeme, t.term_id, coalesce(${count(sql`t`)}, 0) as document_count, n.neighbours
      from typed q
      left join model_search_term t on t.lexeme = q.lexeme
      left join lateral (
        -- Only for a rare or unknown stem long enough to judge and unknown to the thesaurus: the
        -- conditions on the outer row gate the trigram search.
        select json_agg(json_build_object('lexeme', c.lexeme, 'termId', c.term_id,
                                          'documentCount', c.document_count, 'similarity', c.similarity)) as neighbours
        from (
          select c.lexeme, c.term_id, c.document_count, similarity(c.lexeme, q.lexeme) as similarity
          from (
            select c.lexeme, c.term_id, ${count(sql`c`)} as document_count
            from model_search_term c
            where length(q.lexeme) >= ${MIN_TYPO_LENGTH}
              and coalesce(${count(sql`t`)}, 0) <= ${RARE_DOCUMENT_COUNT}
              and not exists (select from search_synonym s where s.lexemes @> ${inThesaurus(sql`q.lexeme`)})
              and c.lexeme % q.lexeme and c.lexeme <> q.lexeme
            offset 0
          ) c
          where c.document_count > 0
          order by similarity(c.lexeme, q.lexeme) desc, c.document_count desc
          limit 3
        ) c
      ) n on true
    ),
    reached as (
      select lexeme from typed
      union select n.lexeme from fact cross join lateral json_to_recordset(fact.neighbours) as n(lexeme text)
    )
    select
      -- For the rest of the search's transaction: PostgreSQL would JIT-compile the ranking statement
      -- (its estimated cost is high) for 40 ms or more, longer than running it.
      set_config('jit', 'off', true) as jit,
      (select json_build_object('n', coalesce(sum(g.document_count), 0), 'total', coalesce(sum(g.total_length), 0))
         from model_search_corpus g where ${searched.holds(sql`g`)}) as stats,
      (select json_agg(lexeme order by ord) from word) as stems,
      (select json_agg(json_build_object('id', id, 'terms', terms, 'lexemes', lexemes, 'themeCode', theme_code))
         from search_synonym) as groups,
      (select json_agg(json_build_object('code', code, 'label', label) order by position) from theme) as themes,
      (select json_agg(json_build_object('lexeme', lexeme, 'termId', term_id, 'documentCount', document_count,
                                         'neighbours', neighbours)) from fact) as facts,
      -- The stems of the thesaurus groups the query may match (the groups holding a stem it reached).
      (select json_agg(json_build_object('lexeme', t.lexeme, 'termId', t.term_id, 'documentCount', ${count(sql`t`)}))
         from model_search_term t
         where t.lexeme = any(array(
           select jsonb_path_query(s.lexemes, '$[*][*]') #>> '{}'
           from search_synonym s
           where exists (select from reached r where s.lexemes @> ${inThesaurus(sql`r.lexeme`)}))))
        as synonyms`;
}

/** What the index knows of each stem (counts, neighbours) and the term ids the query may look for. */
function preludeOf(row: PreludeRow): Prelude {
  const documentCount = row.stats?.n ?? 0;
  const facts = new Map<string, LexemeFacts>();
  const indexed = new Map<string, IndexedTerm>();
  for (const synonym of row.synonyms ?? []) indexed.set(synonym.lexeme, synonym);
  for (const fact of row.facts ?? []) {
    const neighbours = fact.neighbours ?? [];
    facts.set(fact.lexeme, {
      documentCount: fact.documentCount,
      neighbours: neighbours.map((n) => ({
        lexeme: n.lexeme,
        documentCount: n.documentCount,
        similarity: Number(n.similarity),
      })),
    });
    if (fact.termId !== null)
      indexed.set(fact.lexeme, { termId: fact.termId, documentCount: fact.documentCount });
    for (const n of neighbours) indexed.set(n.lexeme, { termId: n.termId, documentCount: n.documentCount });
  }
  return {
    documentCount,
    averageLength: documentCount > 0 ? Number(row.stats!.total) / documentCount : 1,
    stems: row.stems ?? [],
    groups: row.groups ?? [],
    themes: row.themes ?? [],
    facts,
    indexed,
  };
}

/**
 * The index's other inflections of the typed stems (`lexemeVariants`): their term ids and counts
 * among the searched models, added to `prelude.indexed`; returns the variants the index holds.
 */
export async function loadVariants(
  db: Executor,
  prelude: Prelude,
  searched: SearchedGroups,
): Promise<Set<string>> {
  const typed = [...new Set(prelude.stems.filter((s): s is string => s !== null))];
  const all = [...new Set(typed.flatMap(lexemeVariants))];
  // A variant may already be known as a typo neighbour.
  const found = new Set(all.filter((v) => (prelude.indexed.get(v)?.documentCount ?? 0) > 0));
  const variants = all.filter((v) => !prelude.indexed.has(v));
  if (variants.length === 0) return found;
  const rows = await db.execute<{ lexeme: string; termId: number; documentCount: number }>(sql`
    select t.lexeme, t.term_id as "termId", ${searched.termCount(sql`t`)} as "documentCount"
    from model_search_term t where t.lexeme = any(${textArray(variants)})`);
  for (const row of rows.rows) {
    if (Number(row.documentCount) <= 0) continue;
    prelude.indexed.set(row.lexeme, { termId: Number(row.termId), documentCount: Number(row.documentCount) });
    found.add(row.lexeme);
  }
  return found;
}

/**
 * A word of the catalogue for each corrected stem, to show the correction in words, read from the
 * searched models only (never from a model the caller may not read).
 */
export async function surfaceWords(
  db: Executor,
  lexemes: string[],
  searched: SearchedGroups,
): Promise<Map<string, string>> {
  const surfaces = new Map<string, string>();
  if (lexemes.length === 0) return surfaces;
  const rows = await db.execute<{ lexeme: string; word: string | null }>(sql`
    select l.lexeme, (
      select w.word
      from (
        select d.model_id
        from model_search_term t
        join model_search_posting p on p.term_id = t.term_id
        join model_search_document d on d.doc_id = p.doc_id
        where t.lexeme = l.lexeme and ${searched.holds(sql`d`)}
        limit 5
      ) hit
      join model m on m.id = hit.model_id
      cross join lateral regexp_split_to_table(
        lower(concat_ws(' ', m.title, array_to_string(m.tags, ' '), m.summary, m.description)),
        '[^[:alnum:]À-ÿœæ]+') as w(word)
      -- Stem only the words that start like the stem (the stem has no accents).
      where unaccent(w.word) like left(l.lexeme, 3) || '%'
        and tsvector_to_array(to_tsvector(${sql.raw(`'${SEARCH_CONFIG}'`)}::regconfig, w.word)) = array[l.lexeme]
      limit 1
    ) as word
    from unnest(${textArray(lexemes)}) as l(lexeme)`);
  for (const row of rows.rows) if (row.word) surfaces.set(row.lexeme, row.word);
  return surfaces;
}
