import { type SQL, sql } from "drizzle-orm";
import { inclusionPublicList } from "../../shared/codes/data-inclusion";
import type { Db } from "../db/database";
import { bitOfLabelSql, weightOfLabelSql } from "../search/bm25";
import { SEARCH_CONFIG } from "../search/stem";
import { facetBitsSql } from "./model-facet-bits";

/**
 * Index writes take this lock: document frequencies and corpus totals change together. Both are
 * kept per readers' group (published; each owner's drafts; each owner's archived models), so a
 * search counts only what its caller may read (docs/decisions/0040-search-reads-only-what-the-caller-may-read.md).
 */
const INDEX_LOCK = 460_201;
const ANALYZE_AFTER = 500;

const config = sql.raw(`'${SEARCH_CONFIG}'::regconfig`);

const publicLabels = sql.join(
  inclusionPublicList.map((p) => sql`(${p.value}, ${p.label})`),
  sql`, `,
);

/**
 * The names written with an apostrophe inside a word ("VERT'uOSE", "Princ'ESS", "Entour'âge"),
 * joined as they are typed plainly (vertuose, princess, entourage). An elision ("l'", "d'",
 * "qu'", "jusqu'") is a word of at most two letters or ends in "qu": it is never joined.
 */
export function joinedNamesSql(text: SQL): SQL {
  return sql`array_to_string(array(
    select j[1] || j[2] from regexp_matches(${text}, '([[:alpha:]]{3,})[''’]([[:alpha:]]+)', 'g') as j
    where lower(j[1]) !~ 'qu$'), ' ')`;
}

/**
 * A model's French text as a weighted tsvector: title (A) with its names joined, tags with the
 * labels of its themes and publics (B), summary (C), the rest of its description (D).
 */
function modelVectorSql(m: SQL): SQL {
  return sql`
    setweight(to_tsvector(${config}, concat_ws(' ', ${m}.title, ${joinedNamesSql(sql`${m}.title`)})), 'A')
    || setweight(to_tsvector(${config}, concat_ws(' ',
         array_to_string(${m}.tags, ' '),
         (select string_agg(th.label, ' ') from theme th where th.code = any(${m}.themes)),
         (select string_agg(pl.label, ' ') from (values ${publicLabels}) as pl(code, label)
           where pl.code = any(${m}.publics)))), 'B')
    || setweight(to_tsvector(${config}, ${m}.summary), 'C')
    || setweight(to_tsvector(${config}, concat_ws(' ', ${m}.description, ${m}.prerequisites,
         ${m}.origin_organisation, ${m}.presence, ${m}.premises, ${m}.revenue_mix)), 'D')`;
}

type Tx = Pick<Db, "execute">;
type Ids = ReturnType<typeof sql.param>;

/**
 * Step 1: forget what the index held for these models, in the counts of the readers' group they
 * were in (published, or a draft or archived model of its owner).
 */
async function forgetOldPostings(tx: Tx, ids: Ids) {
  await tx.execute(sql`
    with old as (
      select dt.doc_id, unnest(dt.term_ids) as term_id, d.status, d.owner_fabrique_id
      from model_search_document d join model_search_document_terms dt on dt.doc_id = d.doc_id
      where d.model_id = any(${ids}::uuid[])
    ), removed as (
      delete from model_search_posting p using old
      where p.term_id = old.term_id and p.doc_id = old.doc_id
      returning p.term_id, old.status, old.owner_fabrique_id
    ), private_removed as (
      update model_search_term_private g set document_count = g.document_count - c.n
      from (select term_id, status, owner_fabrique_id, count(*)::int as n from removed
            where status <> 'published' group by 1, 2, 3) c
      where g.term_id = c.term_id and g.status = c.status
        and g.owner_fabrique_id is not distinct from c.owner_fabrique_id
    )
    update model_search_term t set document_count = t.document_count - c.n,
                                   published_count = t.published_count - c.published
    from (select term_id, count(*)::int as n, (count(*) filter (where status = 'published'))::int as published
          from removed group by term_id) c
    where t.term_id = c.term_id`);
}

/** Step 2: their stems now, with field-weighted frequencies (a temporary table until commit). */
async function stemModels(tx: Tx, ids: Ids) {
  await tx.execute(sql`drop table if exists pg_temp.model_index_stem`);
  await tx.execute(sql`
    create temp table model_index_stem on commit drop as
    select m.id as model_id, u.lexeme,
           sum(${weightOfLabelSql(sql`w.label`)})::real as frequency,
           bit_or(${bitOfLabelSql(sql`w.label`)})::smallint as fields
    from model m
    cross join lateral unnest(${modelVectorSql(sql`m`)}) as u(lexeme, positions, weights)
    cross join lateral unnest(u.weights) as w(label)
    where m.id = any(${ids}::uuid[])
    group by m.id, u.lexeme`);
  await tx.execute(sql`
    insert into model_search_term (lexeme, document_count)
    select distinct lexeme, 0 from model_index_stem
    order by lexeme
    on conflict (lexeme) do nothing`);
}

/** Step 3: the documents, with what filters and facets read (also as bits, for the postings). */
async function writeDocuments(tx: Tx, ids: Ids) {
  await tx.execute(sql`
    insert into model_search_document
      (model_id, length, status, owner_fabrique_id, themes, publics, legal_forms, territory_keys, region_code,
       facet_bits)
    select m.id,
           coalesce(s.length, 0),
           m.status, m.owner_fabrique_id, m.themes, m.publics, m.legal_forms,
           case when m.origin_territory_kind is null then '{}'::text[] else array_remove(array[
             m.origin_territory_kind || ':' || m.origin_territory_code,
             'region:' || t.region_code,
             'departement:' || t.departement_code,
             'epci:' || t.epci_code]::text[], null) end,
           case when m.origin_territory_kind = 'region' then m.origin_territory_code else t.region_code end,
           ${facetBitsSql(sql`m`)}
    from model m
    left join territory t on t.kind = m.origin_territory_kind and t.code = m.origin_territory_code
    left join (
      select st.model_id, sum(st.frequency) as length from model_index_stem st group by st.model_id
    ) s on s.model_id = m.id
    where m.id = any(${ids}::uuid[])
    on conflict (model_id) do update set
      length = excluded.length, status = excluded.status,
      owner_fabrique_id = excluded.owner_fabrique_id, themes = excluded.themes,
      publics = excluded.publics, legal_forms = excluded.legal_forms,
      territory_keys = excluded.territory_keys, region_code = excluded.region_code,
      facet_bits = excluded.facet_bits`);

  await tx.execute(sql`
    insert into model_search_document_terms (doc_id, term_ids)
    select d.doc_id, coalesce(array_agg(term.term_id order by term.term_id)
                              filter (where term.term_id is not null), '{}')
    from model_search_document d
    left join model_index_stem st on st.model_id = d.model_id
    left join model_search_term term on term.lexeme = st.lexeme
    where d.model_id = any(${ids}::uuid[])
    group by d.doc_id
    on conflict (doc_id) do update set term_ids = excluded.term_ids`);
}

/** Step 4: postings (with their document's région and facet bits) and document frequencies. */
async function addNewPostings(tx: Tx) {
  await tx.execute(sql`
    insert into model_search_posting (term_id, doc_id, frequency, length, fields, region_code, facet_bits)
    select term.term_id, d.doc_id, st.frequency, d.length, st.fields, d.region_code, d.facet_bits
    from model_index_stem st
    join model_search_term term on term.lexeme = st.lexeme
    join model_search_document d on d.model_id = st.model_id
    order by term.term_id, d.doc_id`);
  await tx.execute(sql`
    with added as (
      select term.term_id, d.status, d.owner_fabrique_id
      from model_index_stem st
      join model_search_term term on term.lexeme = st.lexeme
      join model_search_document d on d.model_id = st.model_id
    ), private_added as (
      insert into model_search_term_private (term_id, status, owner_fabrique_id, document_count)
      select term_id, status, owner_fabrique_id, count(*)::int from added
      where status <> 'published' group by 1, 2, 3
      order by 1, 2, 3
      on conflict (term_id, status, owner_fabrique_id)
      do update set document_count = model_search_term_private.document_count + excluded.document_count
    )
    update model_search_term t set document_count = t.document_count + c.n,
                                   published_count = t.published_count + c.published
    from (select term_id, count(*)::int as n, (count(*) filter (where status = 'published'))::int as published
          from added group by term_id) c
    where t.term_id = c.term_id`);
}

/** Step 5: corpus totals, per readers' group. */
async function recountCorpus(tx: Tx) {
  await tx.execute(sql`delete from model_search_corpus`);
  await tx.execute(sql`
    insert into model_search_corpus (status, owner_fabrique_id, document_count, total_length)
    select status, case when status = 'published' then null else owner_fabrique_id end,
           count(*)::int, coalesce(sum(length), 0)
    from model_search_document group by 1, 2`);
}

/**
 * Bring the BM25 index up to date for these models (after they were created, changed, or
 * changed status): their old postings leave, their new ones come in, document frequencies and
 * corpus totals follow. Runs in the caller's transaction when given one.
 */
export async function indexModels(db: Db, modelIds: readonly string[]): Promise<void> {
  if (modelIds.length === 0) return;
  const ids = sql.param([...modelIds]);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INDEX_LOCK})`);
    await forgetOldPostings(tx, ids);
    await stemModels(tx, ids);
    await writeDocuments(tx, ids);
    await addNewPostings(tx);
    await recountCorpus(tx);
    await tx.execute(sql`drop table if exists pg_temp.model_index_stem`);
    // After a bulk load, fresh statistics keep the planner on the indexes (the embedded database
    // has no autovacuum to refresh them).
    if (modelIds.length >= ANALYZE_AFTER) {
      await tx.execute(sql`analyze model_search_posting, model_search_term, model_search_document`);
    }
  });
}
