import { type SQL, sql } from "drizzle-orm";
import type { ModelStatus } from "../db/schema";
import { THEME_BOOST } from "../search/retrieval-plan";
import type { ModelScope } from "./model-access";
import { hasAnyFacet } from "./model-facet-bits";
import { textArray } from "./model-query-facts";
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
