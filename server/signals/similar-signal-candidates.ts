import { type SQL, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { normaliseSearchText } from "../territories/normalise-search-text";
import type { TerritoryRef } from "../territories/territory-schemas";
import type { ComparedTexts } from "./similar-sql";
import {
  alikeMeasures,
  SIMILARITY_THRESHOLD,
  type TypedTrigrams,
  typedTrigrams,
  WORD_SIMILARITY_THRESHOLD,
} from "./similar-trigrams";

/**
 * Which signals are compared with the typed text, in two tiers whose work stays bounded however
 * many signals the network holds (decision records 0022, 0066 and 0080):
 *
 * - **the neighbourhood** — the typed territory, the territories that contain it and the other
 *   territories of its EPCI: its open signals are read with their stored folded title from one
 *   index, a cheap test keeps those whose title contains a piece of a typed word, and at most
 *   NEAR_COMPARED of them — those sharing the most pieces — are compared (trigram similarity,
 *   typos forgiven);
 * - **the rest of the network** — signals whose title holds every significant word of the typed
 *   title (French stems, accents ignored), found through the `signal_title_words_idx` index; at
 *   most FAR_CAP of them are compared.
 *
 * One query reads both tiers' folded titles; they are measured here (`similar-trigrams.ts`,
 * pg_trgm's measures to the bit), the database measuring only a title with a character beyond
 * ASCII. The result is the NEAR_KEPT closest titles of the neighbourhood and the FAR_KEPT closest
 * of the rest, with their titles' measures.
 */
export async function similarSignalCandidates(
  deps: Pick<Deps, "db">,
  input: {
    typedTitle: string;
    typed: ComparedTexts;
    territory: TerritoryRef | null;
    /** The conditions every candidate meets (open statuses, not the signal itself), on `s`. */
    open: SQL;
  },
): Promise<SignalCandidate[]> {
  const { typed, territory, open } = input;
  const words = significantWords(input.typedTitle).join(" ");
  const tiers: SQL[] = [];
  if (territory) {
    tiers.push(
      sql`select 'near' as tier, * from (${nearbyTitles(input.typedTitle, typed, territory, open)}) n`,
    );
  }
  if (words) {
    tiers.push(sql`select 'far' as tier, * from (select s.id, s.title_folded as folded from signal s
      where to_tsvector('french', essaim_fold(s.title)) @@ plainto_tsquery('french', ${words})
        and ${open}
      limit ${FAR_CAP}) f`);
  }
  if (tiers.length === 0) return [];
  // A title beyond ASCII, typed or stored, is measured by the database (`similar-trigrams.ts`).
  const beyondAscii = sql`octet_length(c.folded) <> char_length(c.folded)
    or octet_length(${typed.title}) <> char_length(${typed.title})`;
  const rows = await deps.db.execute<CandidateRow>(sql`
    select 'typed' as tier, null::uuid as id, ${typed.title} as folded, null::float8 as similarity,
           null::float8 as word_similarity
    union all
    select c.tier, c.id, c.folded,
           case when ${beyondAscii} then similarity(c.folded, ${typed.title})::float8 end,
           case when ${beyondAscii} then word_similarity(${typed.title}, c.folded)::float8 end
    from (${sql.join(tiers, sql` union all `)}) c`);
  const typedRow = rows.rows.find((row) => row.tier === "typed");
  const read = typedTrigrams(typedRow?.folded ?? "");
  const byId = new Map<string, SignalCandidate>();
  for (const found of [
    ...closest(read, rows.rows, "near", NEAR_KEPT),
    ...closest(read, rows.rows, "far", FAR_KEPT),
  ]) {
    byId.set(found.id, found);
  }
  return [...byId.values()];
}

/** A candidate and its title's measures (pg_trgm's, as `similar-sql.ts` combines them). */
export type SignalCandidate = { id: string; similarity: number; wordSimilarity: number };

type CandidateRow = {
  tier: "typed" | "near" | "far";
  id: string;
  folded: string;
  similarity: number | null;
  word_similarity: number | null;
};

/**
 * A tier's closest titles: those alike enough (pg_trgm's default thresholds: similarity 0.3,
 * word similarity 0.6), best first, at most `cap`.
 */
function closest(
  typed: TypedTrigrams,
  rows: readonly CandidateRow[],
  tier: CandidateRow["tier"],
  cap: number,
): SignalCandidate[] {
  const alike: (SignalCandidate & { score: number })[] = [];
  for (const row of rows) {
    if (row.tier !== tier) continue;
    const measured =
      row.similarity === null
        ? alikeMeasures(typed, row.folded)
        : sqlMeasured(Number(row.similarity), Number(row.word_similarity));
    if (!measured) continue;
    const { similarity, word } = measured;
    alike.push({ id: row.id, similarity, wordSimilarity: word, score: Math.max(similarity, 0.8 * word) });
  }
  // Best first, then by id (uuids in their text form sort as PostgreSQL sorts them).
  alike.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return alike
    .slice(0, cap)
    .map(({ id, similarity, wordSimilarity }) => ({ id, similarity, wordSimilarity }));
}

/** Measures the database took, kept when alike enough. */
function sqlMeasured(similarity: number, word: number) {
  return similarity >= SIMILARITY_THRESHOLD || word >= WORD_SIMILARITY_THRESHOLD
    ? { similarity, word }
    : null;
}

/**
 * The neighbourhood's titles worth comparing, as `(id, folded)` rows, read from
 * `signal_territory_title_idx` alone (the folded title is stored, decision record 0066): those
 * holding a piece of a typed word (`titleFragments`), and of them the NEAR_COMPARED sharing the
 * most pieces, then the closest in length to the typed title (trigram similarity favours both).
 * A neighbourhood of a few thousand signals rarely reaches the cap: then every piece-sharing
 * title is compared, as before.
 */
function nearbyTitles(typedTitle: string, typed: ComparedTexts, territory: TerritoryRef, open: SQL): SQL {
  const fragments = titleFragments(typedTitle);
  const holds = fragments.map((f) => sql`(s.title_folded like ${`%${f}%`})::int`);
  const shared = holds.length ? sql.join(holds, sql` + `) : sql`0`;
  // The pieces are counted once a row (`offset 0`), not again for the sort.
  return sql`select id, folded from (
      select s.id, s.title_folded as folded, ${shared} as shared from signal s
      where (s.territory_kind, s.territory_code) in ${neighbourhoodSql(territory)} and ${open}
      offset 0) pieces
    where ${holds.length ? sql`shared > 0` : sql`true`}
    order by shared desc, abs(length(folded) - length(${typed.title})), id
    limit ${NEAR_COMPARED}`;
}

/**
 * At most this many titles of the neighbourhood are compared (a few µs each in the application,
 * decision record 0080): bounded work in an EPCI holding tens of thousands of signals.
 */
export const NEAR_COMPARED = 500;
/** At most this many signals from the rest of the network are compared. */
export const FAR_CAP = 100;
/**
 * Kept for the full ranking (territory, themes, whole text): the closest titles of the
 * neighbourhood, and fewer from the rest of the network, which ranks below the neighbourhood
 * unless its text is far closer.
 */
export const NEAR_KEPT = 25;
export const FAR_KEPT = 12;

/**
 * The territories where every title is compared, as `(kind, code)` rows: the territory itself,
 * its EPCI, département and région, the communes of its EPCI (of itself, for an EPCI), its QPVs
 * for a commune and its communes for a QPV, the EPCIs of a département, the départements of a
 * région.
 */
export function neighbourhoodSql(ref: TerritoryRef): SQL {
  const me = sql`me.kind = ${ref.kind} and me.code = ${ref.code}`;
  return sql`(select kind, code from territory me where ${me}
    union select 'epci', me.epci_code from territory me where ${me} and me.epci_code is not null
    union select 'departement', me.departement_code from territory me
      where ${me} and me.departement_code is not null and me.kind <> 'region'
    union select 'region', me.region_code from territory me where ${me} and me.region_code is not null
    union select t.kind, t.code from territory me
      join territory t on t.kind = 'commune'
        and t.epci_code = (case when me.kind = 'epci' then me.code else me.epci_code end)
      where ${me}
    union select t.kind, t.code from territory me
      join territory t on (me.kind = 'commune' and t.kind = 'qpv' and t.commune_codes @> array[me.code])
        or (me.kind = 'qpv' and t.kind = 'commune' and t.code = any(me.commune_codes))
        or (me.kind = 'departement' and t.kind = 'epci' and t.departement_code = me.code)
        or (me.kind = 'region' and t.kind = 'departement' and t.region_code = me.code)
      where ${me})`;
}

/** Words that say nothing of what a signal is about, left out of both tiers' word tests. */
const COMMON_WORDS = new Set([
  "pour",
  "dans",
  "avec",
  "sans",
  "chez",
  "vers",
  "entre",
  "les",
  "leur",
  "leurs",
  "notre",
  "nous",
  "vous",
  "cette",
  "mais",
  "tout",
  "tous",
  "toute",
  "toutes",
  "plus",
  "besoin",
  "projet",
  "idee",
  "manque",
]);

/**
 * The typed title's significant words, folded as territory names are (close to `essaim_fold`:
 * lower case, no accents, ligatures spelt out): without the common words above, nor "a" and "ou"
 * (the folded "à" and "où", which PostgreSQL's French stop words only know with their accent).
 */
export function significantWords(title: string): string[] {
  return normaliseSearchText(title)
    .split(" ")
    .filter((word) => word.length >= 2 && word !== "ou" && !COMMON_WORDS.has(word));
}

/**
 * The first four letters of the typed title's significant words. A neighbour's title is compared
 * only when it contains one of them: a title sharing not even the start of one typed word is not
 * alike (a typo further in a word still matches; word endings like "-aire" would match most).
 */
export function titleFragments(title: string): string[] {
  return [
    ...new Set(
      significantWords(title)
        .filter((word) => word.length >= 4)
        .map((w) => w.slice(0, 4)),
    ),
  ];
}
