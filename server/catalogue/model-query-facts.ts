import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import {
  type LexemeFacts,
  MIN_TYPO_LENGTH,
  type Neighbour,
  type QueryWord,
  RARE_DOCUMENT_COUNT,
  type SynonymGroup,
} from "../search/query-terms";
import { SEARCH_CONFIG } from "../search/stem";

/*
 * What the catalogue search reads about a query before ranking: corpus totals, the stems of the
 * typed words, how rare each stem is (and its closest stems for typos), and readable words for
 * the corrections. Split from `search-models.ts`, which ranks and explains.
 */

export const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

export type Prelude = {
  documentCount: number;
  averageLength: number;
  stems: (string | null)[];
  groups: SynonymGroup[];
  themes: { code: string; label: string }[];
};

/** One round trip: corpus totals, the stems of the typed words, the thesaurus, the themes. */
export async function loadPrelude(db: Db, words: string[]): Promise<Prelude> {
  const rows = await db.execute<{
    stats: { n: number; total: number } | null;
    stems: string[][] | null;
    groups: SynonymGroup[] | null;
    themes: { code: string; label: string }[] | null;
  }>(sql`
    select
      (select json_build_object('n', document_count, 'total', total_length) from model_search_stats where id = 1)
        as stats,
      (select json_agg(tsvector_to_array(to_tsvector(${sql.raw(`'${SEARCH_CONFIG}'`)}::regconfig, w)) order by ord)
         from unnest(${textArray(words)}) with ordinality as t(w, ord)) as stems,
      (select json_agg(json_build_object('id', id, 'terms', terms, 'lexemes', lexemes, 'themeCode', theme_code))
         from search_synonym) as groups,
      (select json_agg(json_build_object('code', code, 'label', label) order by position) from theme) as themes`);
  const row = rows.rows[0]!;
  const documentCount = row.stats?.n ?? 0;
  return {
    documentCount,
    averageLength: documentCount > 0 ? Number(row.stats!.total) / documentCount : 1,
    stems: (row.stems ?? []).map((lexemes) => lexemes[0] ?? null),
    groups: row.groups ?? [],
    themes: row.themes ?? [],
  };
}

/** How many models hold each typed stem, and for the rare or unknown ones their closest stems. */
export async function lexemeFacts(
  db: Db,
  words: QueryWord[],
  thesaurus: ReadonlySet<string>,
): Promise<Map<string, LexemeFacts>> {
  const lexemes = [...new Set(words.map((w) => w.lexeme).filter((l): l is string => l !== null))];
  const facts = new Map<string, LexemeFacts>(lexemes.map((l) => [l, { documentCount: 0, neighbours: [] }]));
  if (lexemes.length === 0) return facts;
  const correctable = lexemes.filter((l) => l.length >= MIN_TYPO_LENGTH && !thesaurus.has(l));
  const rows = await db.execute<{
    lexeme: string;
    document_count: number;
    neighbours: Neighbour[] | null;
  }>(sql`
    select q.lexeme, coalesce(t.document_count, 0) as document_count, n.neighbours
    from unnest(${textArray(lexemes)}) as q(lexeme)
    left join model_search_term t on t.lexeme = q.lexeme
    left join lateral (
      -- Only for a rare or unknown stem: the condition on the outer row gates the trigram search.
      select json_agg(json_build_object('lexeme', c.lexeme, 'documentCount', c.document_count,
                                        'similarity', c.similarity)) as neighbours
      from (
        select c.lexeme, c.document_count, similarity(c.lexeme, q.lexeme) as similarity
        from model_search_term c
        where q.lexeme = any(${textArray(correctable)})
          and coalesce(t.document_count, 0) <= ${RARE_DOCUMENT_COUNT}
          and c.lexeme % q.lexeme and c.document_count > 0 and c.lexeme <> q.lexeme
        order by similarity(c.lexeme, q.lexeme) desc, c.document_count desc
        limit 3
      ) c
    ) n on true`);
  for (const row of rows.rows) {
    facts.set(row.lexeme, {
      documentCount: row.document_count,
      neighbours: (row.neighbours ?? []).map((n) => ({ ...n, similarity: Number(n.similarity) })),
    });
  }
  return facts;
}

/** A word of the catalogue for each corrected stem, to show the correction in words. */
export async function surfaceWords(db: Db, lexemes: string[]): Promise<Map<string, string>> {
  const surfaces = new Map<string, string>();
  if (lexemes.length === 0) return surfaces;
  const rows = await db.execute<{ lexeme: string; word: string | null }>(sql`
    select l.lexeme, (
      select w.word
      from (
        select p.doc_id from model_search_term t join model_search_posting p on p.term_id = t.term_id
        where t.lexeme = l.lexeme limit 5
      ) hit
      join model_search_document d on d.doc_id = hit.doc_id
      join model m on m.id = d.model_id
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
