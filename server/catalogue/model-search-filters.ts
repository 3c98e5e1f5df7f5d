import { type SQL, sql } from "drizzle-orm";
import type { ModelStatus } from "../db/schema";
import { THEME_BOOST } from "../search/retrieval-plan";
import type { ModelScope } from "./model-access";
import { hasAnyFacet } from "./model-facet-bits";
import { type SearchedGroups, textArray } from "./model-query-facts";
import type { SearchModelsQuery } from "./model-schemas";

/*
 * The SQL conditions of a catalogue search on a candidate row `c` (visibility, filters, theme
 * boost), from the facet bits its postings carry (docs/decisions/0024-facet-bits-on-postings.md).
 * Split from `search-models.ts`, which ranks, counts the facets and explains.
 */

/**
 * Which candidates the actor may see, narrowed by the query's filters. `c` is a candidate row with
 * `doc_id`, `region_code` and `facet_bits`: one found through its postings while searching (`from:
 * "postings"`), a document row while browsing. The owner and the territory are on no posting: a
 * found candidate reads its document for them, and only when the condition needs it.
 */
export function modelFilterSql(
  scope: ModelScope,
  query: SearchModelsQuery,
  from: "postings" | "documents",
): SQL {
  const bits = sql`c.facet_bits`;
  const onDocument = (condition: (d: SQL) => SQL) =>
    from === "documents"
      ? condition(sql`c`)
      : sql`exists (select 1 from model_search_document d where d.doc_id = c.doc_id and ${condition(sql`d`)})`;
  const own = scope.allFabriques
    ? sql`true`
    : scope.fabriqueIds.length
      ? onDocument((d) => sql`${d}.owner_fabrique_id = any(${sql.param(scope.fabriqueIds)}::uuid[])`)
      : sql`false`;
  const status = (value: ModelStatus) => hasAnyFacet(bits, "status", [value]);
  const conditions: SQL[] = [];
  if (!query.status) conditions.push(sql`(${status("published")} or (${status("draft")} and ${own}))`);
  else if (query.status === "published") conditions.push(status("published"));
  else conditions.push(sql`(${status(query.status)} and ${own})`);
  if (query.theme.length) conditions.push(hasAnyFacet(bits, "theme", query.theme));
  if (query.public.length) conditions.push(hasAnyFacet(bits, "public", query.public));
  if (query.legalForm.length) conditions.push(hasAnyFacet(bits, "legalForm", query.legalForm));
  if (query.region.length) conditions.push(sql`c.region_code = any(${textArray(query.region)})`);
  if (query.territory) {
    const key = `${query.territory.kind}:${query.territory.code}`;
    conditions.push(onDocument((d) => sql`${d}.territory_keys @> array[${key}]::text[]`));
  }
  return sql.join(conditions, sql` and `);
}

/**
 * The readers' groups a search counts in its statistics and its typo dictionary: the published
 * models, and the drafts or archived models the caller may read, as the status asked for keeps
 * them (the same rule as `modelFilterSql`). Nothing the caller may not read is ever counted: a
 * word of another Fabrique's draft is no correction, and changes no score
 * (docs/decisions/0040-search-reads-only-what-the-caller-may-read.md).
 */
export function searchedGroups(scope: ModelScope, status: ModelStatus | undefined): SearchedGroups {
  const published = status === undefined || status === "published";
  const privateStatus = status === undefined ? "draft" : status === "published" ? null : status;
  const readsPrivate = privateStatus !== null && (scope.allFabriques || scope.fabriqueIds.length > 0);
  const own = (row: SQL) =>
    scope.allFabriques
      ? sql`${row}.status = ${privateStatus}`
      : sql`(${row}.status = ${privateStatus} and ${row}.owner_fabrique_id = any(${sql.param(scope.fabriqueIds)}::uuid[]))`;
  const termCount = (t: SQL) => {
    const parts: SQL[] = [];
    if (published) parts.push(sql`${t}.published_count`);
    if (readsPrivate) {
      parts.push(sql`coalesce((select sum(g.document_count) from model_search_term_private g
                               where g.term_id = ${t}.term_id and ${own(sql`g`)}), 0)`);
    }
    return parts.length ? sql`(${sql.join(parts, sql` + `)})::int` : sql`0`;
  };
  const holds = (row: SQL) => {
    const parts: SQL[] = [];
    if (published) parts.push(sql`${row}.status = 'published'`);
    if (readsPrivate) parts.push(own(row));
    return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
  };
  return { termCount, holds };
}

/**
 * SQL twin of `themeFactor` on a candidate row `c`: 1 + boost × how many of its themes the query
 * is about, read from its facet bits.
 */
export function themeFactorSql(detectedThemes: readonly string[]): SQL {
  const themes = [...new Set(detectedThemes)];
  if (themes.length === 0) return sql`1::float8`;
  const held = sql.join(
    themes.map((code) => sql`(${hasAnyFacet(sql`c.facet_bits`, "theme", [code])})::int`),
    sql` + `,
  );
  return sql`(1 + ${THEME_BOOST}::float8 * (${held}))`;
}
