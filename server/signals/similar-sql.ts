import { type AnyColumn, type Table as AnyTable, type SQL, sql } from "drizzle-orm";
import type { TerritoryRef } from "../territories/territory-schemas";
import type { Closeness } from "./similar-ranking";

/**
 * SQL pieces shared by the similar signals and similar initiatives queries. Texts are compared
 * folded by `essaim_fold` (migration `similar-text-index`: lower case, no accents). Titles bring
 * the candidates — for initiatives a trigram GiST index on `essaim_fold(title)` walked nearest
 * first (`nearestTitleIds`), for signals two tiers (`similar-signal-candidates.ts`); the whole
 * texts — title and the start of the body — are compared only on those candidates.
 */
export function fold(value: SQL | AnyColumn | string): SQL {
  return sql`essaim_fold(${value})`;
}

/** What is compared on each side: the folded title, and the folded title and body start. */
export type ComparedTexts = { title: SQL; text: SQL };

/** The title being typed, or the start of its description while no title is typed. */
export function typedTitleOf(draft: { title: string; description: string }): string {
  return draft.title.trim() || draft.description.trim().slice(0, 120);
}

/** The text being typed: its title (`typedTitleOf`), and the title with the description's start. */
export function typedTexts(draft: { title: string; description: string }): ComparedTexts {
  const title = typedTitleOf(draft);
  return {
    title: fold(title.slice(0, 300)),
    text: fold(`${draft.title.trim()} ${draft.description.trim().slice(0, 500)}`),
  };
}

/**
 * The prefilter, served by the title index: the titles look alike (`%`, pg_trgm similarity ≥
 * 0.3), or the typed title is found almost as such inside the stored one (`<%`, word similarity
 * ≥ 0.6 — what matters while a title is being typed).
 */
export function textMatches(stored: ComparedTexts, typed: ComparedTexts): SQL {
  return sql`(${stored.title} % ${typed.title} or ${typed.title} <% ${stored.title})`;
}

/** How alike the titles are: orders the prefilter's matches before the cap (cheap: short texts). */
export function titleSimilarity(stored: ComparedTexts, typed: ComparedTexts): SQL<number> {
  return sql<number>`greatest(similarity(${stored.title}, ${typed.title}),
    0.8 * word_similarity(${typed.title}, ${stored.title}))`;
}

/**
 * The text similarity shown and ranked, 0 to 1: the better of the titles' and the whole texts'
 * trigram similarity; a stored title that merely contains the typed words counts a little less
 * (0.8 of its word similarity), so "Garage" typed alone is not "100 % alike".
 */
export function textSimilarity(stored: ComparedTexts, typed: ComparedTexts): SQL<number> {
  return sql<number>`greatest(similarity(${stored.title}, ${typed.title}),
    similarity(${stored.text}, ${typed.text}),
    0.8 * word_similarity(${typed.title}, ${stored.title}))`;
}

/**
 * The ids of the titles nearest to the typed one, walked in order by the GiST trigram index: the
 * CANDIDATE_CAP nearest by trigram distance (`<->`, the titles look alike) and the CANDIDATE_CAP
 * nearest by word distance (`<<->`, the typed words found inside a longer title). Cheap however
 * many titles look alike; the thresholds (`textMatches`) are applied to these few afterwards.
 */
export function nearestTitleIds(
  table: AnyTable,
  id: AnyColumn,
  stored: ComparedTexts,
  typed: ComparedTexts,
): SQL {
  return sql`(select id from (select ${id} as id from ${table}
                order by ${stored.title} <-> ${typed.title} limit ${CANDIDATE_CAP}) nearest_titles
              union
              select id from (select ${id} as id from ${table}
                order by ${typed.title} <<-> ${stored.title} limit ${CANDIDATE_CAP}) nearest_words)`;
}

/**
 * At most this many title matches (the closest titles) are compared in full and ranked by
 * territory and themes: keeps the panel fast when many titles look alike.
 */
export const CANDIDATE_CAP = 100;

/**
 * How close the row's territory is to `ref`: the same one, inside the same EPCI (a commune of
 * the EPCI, the EPCI itself), the same département, the same région, or `far`. An EPCI's
 * département and région are those of most of its communes (COG load).
 */
export function closenessSql(
  ref: TerritoryRef | null,
  columns: { kind: AnyColumn; code: AnyColumn },
): SQL<Closeness> {
  if (!ref) return sql<Closeness>`'far'`;
  const within = (level: "epci" | "departement" | "region") => {
    const column = sql.raw(`${level}_code`);
    return sql`((me.${column} is not null and (them.${column} = me.${column}
                 or (them.kind = ${level} and them.code = me.${column})))
              or (me.kind = ${level} and them.${column} = me.code))`;
  };
  return sql<Closeness>`(case
    when ${columns.kind} = ${ref.kind} and ${columns.code} = ${ref.code} then 'same'
    else coalesce((
      select case
        when ${within("epci")} then 'epci'
        when ${within("departement")} then 'departement'
        when ${within("region")} then 'region'
        else 'far' end
      from territory me, territory them
      where me.kind = ${ref.kind} and me.code = ${ref.code}
        and them.kind = ${columns.kind} and them.code = ${columns.code}), 'far')
    end)`;
}

/** The themes the row shares with the typed signal, with their labels, as a JSON array. */
export function sharedThemesSql(
  themes: AnyColumn,
  wanted: readonly string[],
): SQL<{ code: string; label: string }[]> {
  if (wanted.length === 0) return sql<{ code: string; label: string }[]>`'[]'::json`;
  return sql<{ code: string; label: string }[]>`(select coalesce(
      json_agg(json_build_object('code', th.code, 'label', th.label) order by th.label), '[]'::json)
    from theme th where th.code = any(${themes}) and th.code = any(${sql.param([...wanted])}::text[]))`;
}

/** The name of the row's territory (null when the code is not in the reference). */
export function territoryNameSql(columns: { kind: AnyColumn; code: AnyColumn }): SQL<string | null> {
  return sql<string | null>`(select t.name from territory t
    where t.kind = ${columns.kind} and t.code = ${columns.code})`;
}

/** The typed text is worth comparing: a few letters of title at least. */
export function isComparable(draft: { title: string; description: string }): boolean {
  return draft.title.trim().length >= 4 || draft.description.trim().length >= 12;
}
